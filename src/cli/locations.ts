// Where a command finds the year's reports and the year's settings: one rule for check and compile.
import { diagnostic } from '../diagnostics/diagnostic.js';
import { isFolder, pathKind } from '../io/files.js';
import { baseName, dirName, displayPath, joinPath, resolvePath } from '../io/paths.js';
import { EXIT, ExitError, type Context } from './context.js';
import { shippedPath } from './workspace.js';

export interface YearReportsLocation {
  /** year_folder: <reports>/<year>/; given_folder: the --reports folder itself; none: nothing received. */
  kind: 'year_folder' | 'given_folder' | 'none';
  /** The folder to read, or null when there is none. */
  path: string | null;
  /** The same, as shown to the user. */
  folder: string | null;
  /** <reports>/<year>, as shown to the user (named when it does not exist). */
  yearFolder: string;
  /** The folder of year folders: where settings/<year>.yaml is looked for. */
  root: string;
}

/**
 * The year's reports: <reports>/<year>/ when it exists. A --reports folder given on the command
 * line may also be the year's folder itself (and must exist); without --reports, a missing year
 * folder means that nothing was received yet.
 */
export async function locateYearReports(ctx: Context, year: number, period?: string): Promise<YearReportsLocation> {
  const cwd = ctx.env.cwd;
  // A reporting period's reports are in their own folder within the year's: reports/2024/6-thang/.
  const yearDir = period === undefined ? joinPath(ctx.reportsDir, String(year)) : joinPath(ctx.reportsDir, String(year), period);
  const yearFolder = displayPath(cwd, yearDir);
  if (await isFolder(yearDir)) return { kind: 'year_folder', path: yearDir, folder: yearFolder, yearFolder, root: ctx.reportsDir };
  if (!ctx.reportsGiven) return { kind: 'none', path: null, folder: null, yearFolder, root: ctx.reportsDir };
  const shown = displayPath(cwd, ctx.reportsDir);
  const kind = await pathKind(ctx.reportsDir, shown);
  if (!kind.ok) throw new ExitError(EXIT.usage, [...ctx.notes, kind.diagnostic]);
  if (!kind.folder) throw new ExitError(EXIT.usage, [...ctx.notes, diagnostic('usage-not-a-folder', 'error', { option: '--reports', path: shown }, { file: shown })]);
  return { kind: 'given_folder', path: ctx.reportsDir, folder: shown, yearFolder, root: dirName(ctx.reportsDir) };
}

/** The year's settings: settings/<year>.yaml beside the year folders (reports/settings/2024.yaml). */
export const yearSettingsPath = (location: YearReportsLocation, year: number): string => joinPath(location.root, 'settings', `${year}.yaml`);

/**
 * The folder of year folders the year's reports sit in, where the previous year's are looked for;
 * null when the reports were given as a folder not named after the year (nothing is beside it).
 */
export const yearsRoot = (location: YearReportsLocation, year: number): string | null =>
  location.kind !== 'given_folder' || (location.path !== null && baseName(location.path) === String(year)) ? location.root : null;

/**
 * The templates folder that has `probe` (compile/bao-cao-tong-hop.md.hbs, remind/don-doc.md.hbs...):
 * --templates, else the working folder's templates/, else the current folder's, else kt-bio's own.
 */
export async function templatesFolder(ctx: Context, given: string | undefined, probe: string): Promise<string> {
  if (given !== undefined) return resolvePath(ctx.env.cwd, given);
  const candidates = [...(ctx.home !== null ? [joinPath(ctx.home, 'templates')] : []), resolvePath(ctx.env.cwd, 'templates')];
  const sub = probe.split('/')[0]!;
  for (const dir of candidates) if (await isFolder(joinPath(dir, sub))) return dir;
  const shipped = shippedPath(joinPath('templates', probe));
  return shipped !== undefined ? dirName(dirName(shipped)) : candidates[candidates.length - 1]!;
}
