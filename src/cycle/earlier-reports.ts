// The reports of the years before the one checked: a dated task done in an earlier year is not
// overdue this year. One rule for check and compile.
import { isFolder } from '../io/files.js';
import { joinPath } from '../io/paths.js';
import { checkReportPaths, type ReportReadContext } from '../report/load.js';
import { planDate, type PlanModel } from '../plan/model.js';
import type { CheckedReport } from '../report/model.js';

/**
 * The valid reports of the years before `year` since the plan was issued, from the year folders
 * of `reportsRoot`. Their own problems belong to their own year's check.
 */
export async function earlierReports(plan: PlanModel, year: number, reportsRoot: string, read: Omit<ReportReadContext, 'plan'>): Promise<CheckedReport[]> {
  const first = Number(planDate(plan.data.identity.date).slice(0, 4));
  const out: CheckedReport[] = [];
  for (let y = first; y < year; y++) {
    const dir = joinPath(reportsRoot, String(y));
    if (!(await isFolder(dir))) continue;
    const checked = await checkReportPaths([dir], { plan, ...read });
    out.push(...checked.reports.filter((r) => r.report !== undefined));
  }
  return out;
}
