// Reads the plan folder: every plan/<name>.yaml is read, decoded and parsed, then validated
// and turned into the model. The thin I/O wrapper around validate/plan and model/plan.
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { buildPlanModel, type PlanModel } from './model.js';
import { displayPath, joinPath } from '../io/paths.js';
import { PLAN_FILES, validatePlan, type ParsedPlanFile, type PlanFileName } from './validate.js';
import { readTextFile } from '../text/read.js';
import { parseYaml } from '../yaml/read.js';

export type PlanLoad =
  | { ok: true; plan: PlanModel; diagnostics: Diagnostic[] }
  /** `sources`: the text of each file read, to quote the lines the diagnostics point at. */
  | { ok: false; diagnostics: Diagnostic[]; sources: Map<string, string> };

/** Plan files are written by the department, not clerks, but a large plan is still a few hundred kB. */
const MAX_PLAN_FILE_BYTES = 4 * 1024 * 1024;

export async function loadPlan(planDir: string, cwd: string): Promise<PlanLoad> {
  const diagnostics: Diagnostic[] = [];
  const parsed: Partial<Record<PlanFileName, ParsedPlanFile>> = {};
  const sources = new Map<string, string>();
  const files = {} as Record<PlanFileName, string>;
  await Promise.all(
    PLAN_FILES.map(async (name) => {
      const path = joinPath(planDir, `${name}.yaml`);
      const shown = displayPath(cwd, path);
      files[name] = shown;
      const read = readTextFile(path, shown, MAX_PLAN_FILE_BYTES);
      if (!read.ok) return void diagnostics.push(read.diagnostic);
      sources.set(shown, read.text);
      const yaml = parseYaml(read.text, shown);
      diagnostics.push(...yaml.diagnostics);
      if (yaml.diagnostics.length > 0) return;
      if (yaml.value === null || typeof yaml.value !== 'object' || Array.isArray(yaml.value)) {
        diagnostics.push(diagnostic('yaml-not-a-map', 'error', { actual: Array.isArray(yaml.value) ? 'array' : yaml.value === null ? 'null' : typeof yaml.value }, { file: shown }));
        return;
      }
      parsed[name] = { source: yaml.source, value: yaml.value };
    }),
  );
  if (diagnostics.length > 0) return { ok: false, diagnostics, sources };
  const checked = validatePlan(parsed as Record<PlanFileName, ParsedPlanFile>);
  if (!checked.data) return { ok: false, diagnostics: checked.diagnostics, sources };
  return { ok: true, plan: buildPlanModel(checked.data, files), diagnostics: checked.diagnostics };
}
