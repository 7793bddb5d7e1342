import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { loadPlan } from '../../src/plan/load.js';
import type { PlanModel } from '../../src/plan/model.js';
import { REPO } from './cli.js';

let cached: PlanModel | undefined;

/** The real plan of the repository, loaded once per test file. */
export async function realPlan(): Promise<PlanModel> {
  if (cached) return cached;
  cached = await load(path.join(REPO, 'plan'));
  return cached;
}

async function load(dir: string): Promise<PlanModel> {
  const r = await loadPlan(dir, path.dirname(dir));
  if (!r.ok) throw new Error(`${dir} does not load: ${JSON.stringify(r.diagnostics, null, 1)}`);
  return r.plan;
}

/** The group of the commune-level units of the former Kon Tum area (from 01/7/2025). */
export const COMMUNE_GROUP = 'ubnd-xa-kontum-cu';

let withoutCommunesDir: string | undefined;
let withoutCommunes: PlanModel | undefined;

/**
 * A copy of the real plan/ as it stood before the province listed its communes: no unit of kind
 * `commune`, the group ubnd-xa-kontum-cu without members, and every district handing over to that
 * group. Returns the plan folder (for `--plan`); a group with no members is still a state the
 * tools must explain.
 */
export function planFolderWithoutCommunes(): string {
  if (withoutCommunesDir) return withoutCommunesDir;
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'kt-bio-plan-no-communes-')), 'plan');
  cpSync(path.join(REPO, 'plan'), dir, { recursive: true });
  const file = path.join(dir, 'units.yaml');
  const registry = parse(readFileSync(file, 'utf8')) as {
    units: { id: string; kind: string; successors?: string[] }[];
    groups: { id: string; members: unknown[] }[];
  };
  registry.units = registry.units.filter((u) => u.kind !== 'commune');
  for (const u of registry.units) if (u.kind === 'district') u.successors = [COMMUNE_GROUP];
  registry.groups.find((g) => g.id === COMMUNE_GROUP)!.members = [];
  writeFileSync(file, `# yaml-language-server: $schema=schema/units.schema.json\n${stringify(registry, { lineWidth: 0 })}`);
  withoutCommunesDir = dir;
  return dir;
}

/** The model of planFolderWithoutCommunes(), loaded once per test file. */
export async function planWithoutCommunes(): Promise<PlanModel> {
  withoutCommunes ??= await load(planFolderWithoutCommunes());
  return withoutCommunes;
}
