// Where a command finds its inputs: the year's reports (one rule for check and compile) and the
// files shipped with kt-bio (templates), wherever it is installed.
import { access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { isFolder, pathKind } from '../io/files.js';
import { checkReportPaths } from '../report/load.js';
import { planDate, type PlanModel } from '../plan/model.js';
import type { CheckedReport } from '../report/model.js';
import { dirName, displayPath, joinPath } from '../io/paths.js';
import { EXIT, ExitError, type Context } from './context.js';

export interface YearReportsLocation {
  /** year_folder: <reports>/<year>/; given_folder: the --reports folder itself; none: nothing received. */
  kind: 'year_folder' | 'given_folder' | 'none';
  /** The folder to read, or null when there is none. */
  path: string | null;
  /** The same, as shown to the user. */
  folder: string | null;
  /** <reports>/<year>, as shown to the user (named when it does not exist). */
  yearFolder: string;
}

/**
 * The year's reports: <reports>/<year>/ when it exists. A --reports folder given on the command
 * line may also be the year's folder itself (and must exist); without --reports, a missing year
 * folder means that nothing was received yet.
 */
export async function locateYearReports(ctx: Context, year: number, reportsGiven: boolean): Promise<YearReportsLocation> {
  const cwd = ctx.env.cwd;
  const yearDir = joinPath(ctx.reportsDir, String(year));
  const yearFolder = displayPath(cwd, yearDir);
  if (await isFolder(yearDir)) return { kind: 'year_folder', path: yearDir, folder: yearFolder, yearFolder };
  if (!reportsGiven) return { kind: 'none', path: null, folder: null, yearFolder };
  const shown = displayPath(cwd, ctx.reportsDir);
  const kind = await pathKind(ctx.reportsDir, shown);
  if (!kind.ok) {
    ctx.report([kind.diagnostic]);
    throw new ExitError(EXIT.usage);
  }
  if (!kind.folder) {
    ctx.report([diagnostic('file-unreadable', 'error', { path: shown, reason: ctx.lang === 'vi' ? '--reports phải là một thư mục' : '--reports must be a folder' }, { file: shown })]);
    throw new ExitError(EXIT.usage);
  }
  return { kind: 'given_folder', path: ctx.reportsDir, folder: shown, yearFolder };
}

/**
 * The valid reports of the years before `year` since the plan was issued, read for dated tasks
 * done then. Their own problems belong to their own year's check.
 */
export async function earlierReports(ctx: Context, plan: PlanModel, year: number, location: YearReportsLocation): Promise<CheckedReport[]> {
  if (location.kind !== 'year_folder') return [];
  const first = Number(planDate(plan.data.identity.date).slice(0, 4));
  const out: CheckedReport[] = [];
  for (let y = first; y < year; y++) {
    const dir = joinPath(ctx.reportsDir, String(y));
    if (!(await isFolder(dir))) continue;
    const read = await checkReportPaths([dir], { plan, today: ctx.today, cwd: ctx.env.cwd });
    out.push(...read.reports.filter((r) => r.report !== undefined));
  }
  return out;
}

/** A file shipped with kt-bio (e.g. templates/report-form.yaml.hbs): next to the bundle (dist/) or the sources. */
export async function shippedFile(relative: string): Promise<string | undefined> {
  let dir = dirName(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = joinPath(dir, relative);
    if (await access(candidate).then(() => true, () => false)) return candidate;
    dir = dirName(dir);
  }
  return undefined;
}
