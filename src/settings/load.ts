// Reading the settings of the compiled summary: the shared file (templates/settings/default.yaml,
// required) and the year's file (reports/settings/<year>.yaml beside the reports compiled, when the
// department has written one). The thin I/O wrapper around settings/validate.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { displayPath } from '../io/paths.js';
import { resolveSettings, type ResolvedSettings, type SettingsOverrides, type SettingsSource } from './validate.js';
import { pathKind } from '../io/files.js';
import { readTextFile } from '../text/read.js';
import { parseYaml } from '../yaml/read.js';

export type SettingsLoad =
  | { ok: true; settings: ResolvedSettings; files: string[]; diagnostics: Diagnostic[] }
  /** `sources`: the text of each file read, to quote the lines the diagnostics point at. */
  | { ok: false; diagnostics: Diagnostic[]; sources: Map<string, string> };

export const DEFAULT_SETTINGS_FILE = 'default.yaml';

/** `defaultFile`: the shared settings; `yearFile`: the year's, read when it exists. */
export async function loadSettings(defaultFile: string, yearFile: string, overrides: SettingsOverrides, cwd: string): Promise<SettingsLoad> {
  const sources = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const files: SettingsSource[] = [];
  for (const [path, required] of [[defaultFile, true], [yearFile, false]] as const) {
    const shown = displayPath(cwd, path);
    if (!required && !(await pathKind(path, shown)).ok) continue;
    const read = readTextFile(path, shown);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    sources.set(shown, read.text);
    const parsed = parseYaml(read.text, shown);
    if (parsed.diagnostics.length > 0) diagnostics.push(...parsed.diagnostics);
    else files.push({ source: parsed.source, value: parsed.value });
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics, sources };
  const resolved = resolveSettings(files, overrides, displayPath(cwd, yearFile));
  if (!resolved.settings) return { ok: false, diagnostics: resolved.diagnostics, sources };
  return { ok: true, settings: resolved.settings, files: files.map((f) => f.source.file), diagnostics: resolved.diagnostics };
}
