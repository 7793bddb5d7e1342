// kt-bio check: for a year, which units reported on time, late, blank, with errors, or not at all.
import type { Command } from 'commander';
import { diagnostic } from '../../diagnostics/diagnostic.js';
import { isFolder, pathKind } from '../../load/files.js';
import { checkReportPaths } from '../../load/report.js';
import { planDate, type PlanModel } from '../../model/plan.js';
import type { CheckedReport } from '../../model/report.js';
import { submissionStatus } from '../../model/submissions.js';
import { displayPath, joinPath } from '../../paths.js';
import { diagnosticToJson } from '../../render/diagnostics.js';
import { checkJson, checkText, type ReportsSource } from '../../render/check-view.js';
import { createContext, EXIT, ExitError, requirePlan, type CliEnv, type Context } from '../context.js';
import { parseYearOption } from '../options.js';

const HELP = `
Đọc reports/<năm>/ (hoặc --reports <thư mục>: thư mục chứa các thư mục năm, hoặc chính thư mục
của năm). Reads reports/<year>/ (or --reports <dir>: the folder of year folders, or the year's
folder itself).

Ví dụ / Examples:
  $ kt-bio check --year 2025
  $ kt-bio check --year 2025 --today 2025-12-01 --lang en
  $ kt-bio check --year 2025 --reports /srv/bao-cao --json

Mã thoát / Exit codes:
  0  mọi đơn vị phải báo cáo đã báo cáo đúng hạn / every expected unit reported on time
  1  có đơn vị trễ hạn, gửi mẫu trống, báo cáo lỗi hoặc chưa gửi / some unit is late, blank, invalid or missing
  2  lỗi sử dụng, dữ liệu kế hoạch lỗi, không đọc được thư mục / usage error, broken plan, unreadable folder
`;

export function registerCheck(program: Command, env: CliEnv): void {
  program
    .command('check')
    .description('Đơn vị nào đã báo cáo, đúng hạn hay chưa / which units reported, on time or not')
    .requiredOption('--year <year>', 'năm báo cáo / the year reported on')
    .addHelpText('after', HELP)
    .action(async (opts: { year: string }, cmd: Command) => {
      const ctx = createContext(cmd, env);
      const year = parseYearOption(opts.year, ctx.lang);
      const plan = await requirePlan(ctx);

      const source = await locateReports(ctx, year, cmd.getOptionValueSourceWithGlobals('reports') !== 'default');
      const read = source.folder !== null ? await checkReportPaths([source.path!], { plan, today: ctx.today, cwd: env.cwd }) : { reports: [], skipped: [], diagnostics: [] };
      if (read.diagnostics.length > 0) {
        if (ctx.json) ctx.out(JSON.stringify({ ok: false, errors: read.diagnostics.map((d) => diagnosticToJson(d, ctx.lang)) }, null, 2));
        ctx.report(read.diagnostics);
        throw new ExitError(EXIT.usage);
      }
      const shown: ReportsSource = { kind: source.kind, folder: source.folder, yearFolder: source.yearFolder, files: read.reports.length, skipped: read.skipped };

      const earlier = source.kind === 'year_folder' ? await earlierReports(ctx, plan, year) : [];
      const summary = submissionStatus(plan, year, read.reports, ctx.today, earlier);
      ctx.out(ctx.json ? JSON.stringify(checkJson(summary, shown, ctx.lang), null, 2) : checkText(plan, summary, shown, ctx.lang, ctx.color));
      if (!summary.allOnTime) throw new ExitError(EXIT.findings);
    });
}

/**
 * The reports of the years before `year` since the plan was issued, for dated tasks done then.
 * Their own problems belong to their own year's check: only valid reports are used.
 */
async function earlierReports(ctx: Context, plan: PlanModel, year: number): Promise<CheckedReport[]> {
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

/**
 * reports/<year>/ when it exists. A --reports folder given on the command line may also be the
 * year's folder itself; without --reports, a missing year folder means nothing was received.
 */
async function locateReports(ctx: Context, year: number, given: boolean): Promise<Omit<ReportsSource, 'files' | 'skipped'> & { path?: string }> {
  const cwd = ctx.env.cwd;
  const yearDir = joinPath(ctx.reportsDir, String(year));
  const yearFolder = displayPath(cwd, yearDir);
  if (await isFolder(yearDir)) return { kind: 'year_folder', folder: yearFolder, yearFolder, path: yearDir };
  if (!given) return { kind: 'none', folder: null, yearFolder };
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
  return { kind: 'given_folder', folder: shown, yearFolder, path: ctx.reportsDir };
}
