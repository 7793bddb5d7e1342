// Reading the settings of the compiled summary: <settings>/default.yaml (required) and
// <settings>/<year>.yaml (when the department has written one). The thin I/O wrapper around
// validate/settings.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { displayPath, joinPath } from '../io/paths.js';
import { resolveSettings, type ResolvedSettings, type SettingsOverrides, type SettingsSource } from './validate.js';
import { pathKind } from '../io/files.js';
import { readTextFile } from '../text/read.js';
import { parseYaml } from '../yaml/read.js';

export type SettingsLoad =
  | { ok: true; settings: ResolvedSettings; files: string[]; diagnostics: Diagnostic[] }
  /** `sources`: the text of each file read, to quote the lines the diagnostics point at. */
  | { ok: false; diagnostics: Diagnostic[]; sources: Map<string, string> };

export const DEFAULT_SETTINGS_FILE = 'default.yaml';
export const yearSettingsFile = (year: number): string => `${year}.yaml`;

export async function loadSettings(folder: string, year: number, overrides: SettingsOverrides, cwd: string): Promise<SettingsLoad> {
  const sources = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const files: SettingsSource[] = [];
  for (const [name, required] of [[DEFAULT_SETTINGS_FILE, true], [yearSettingsFile(year), false]] as const) {
    const path = joinPath(folder, name);
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
  const resolved = resolveSettings(files, overrides, displayPath(cwd, joinPath(folder, yearSettingsFile(year))));
  if (!resolved.settings) return { ok: false, diagnostics: resolved.diagnostics, sources };
  return { ok: true, settings: resolved.settings, files: files.map((f) => f.source.file), diagnostics: resolved.diagnostics };
}
