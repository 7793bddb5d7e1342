// The previous year's cycle, for the comparison of `check` and `compile`: its reports read from
// <reports>/<year - 1>/ beside the year's own folder, with the same rules and the same "today".
// Null when there is no such folder, or it cannot be read, so that the comparison says it has
// nothing to compare with (that year's own problems are that year's check to report).
import { isFolder } from '../io/files.js';
import { joinPath } from '../io/paths.js';
import { checkReportPaths } from '../report/load.js';
import type { PlanModel } from '../plan/model.js';
import type { IsoDate } from '../text/calendar.js';
import { compareYears, firstPlanYear, type YearComparison } from './compare.js';
import { earlierReports } from './earlier-reports.js';
import { submissionStatus, type SubmissionSummary } from './submissions.js';

/** <reports>/<year - 1>/, or <reports>/<year - 1>/<period>/: where the previous year's reports are looked for. */
export const previousYearPath = (reportsRoot: string, year: number, period?: string): string =>
  period === undefined ? joinPath(reportsRoot, String(year - 1)) : joinPath(reportsRoot, String(year - 1), period);

async function previousYearSummary(plan: PlanModel, year: number, dir: string, reportsRoot: string, read: { today: IsoDate; cwd: string }): Promise<SubmissionSummary | null> {
  const previous = year - 1;
  if (previous < firstPlanYear(plan)) return null;
  if (!(await isFolder(dir))) return null;
  const checked = await checkReportPaths([dir], { plan, ...read });
  if (checked.diagnostics.length > 0) return null;
  return submissionStatus(plan, previous, checked.reports, read.today, await earlierReports(plan, previous, reportsRoot, read));
}

/**
 * The year's cycle (or a reporting period of it) compared with the previous year's (the same
 * period), or with nothing, said so. `reportsRoot`: the folder of year folders; null when the
 * reports were given as one folder, which has no year before it.
 */
export async function yearComparison(
  plan: PlanModel,
  current: SubmissionSummary,
  reportsRoot: string | null,
  read: { today: IsoDate; cwd: string },
  period?: string,
): Promise<YearComparison> {
  if (reportsRoot === null) return compareYears(plan, current, null);
  return compareYears(plan, current, await previousYearSummary(plan, current.year, previousYearPath(reportsRoot, current.year, period), reportsRoot, read));
}
