import { loadPlan } from '../../src/plan/load.js';
import type { PlanModel } from '../../src/plan/model.js';
import { REPO } from './cli.js';
import path from 'node:path';

let cached: PlanModel | undefined;

/** The real plan of the repository, loaded once per test file. */
export async function realPlan(): Promise<PlanModel> {
  if (cached) return cached;
  const r = await loadPlan(path.join(REPO, 'plan'), REPO);
  if (!r.ok) throw new Error(`plan/ does not load: ${JSON.stringify(r.diagnostics, null, 1)}`);
  cached = r.plan;
  return cached;
}
