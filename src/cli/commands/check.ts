// kt-bio check: for a year, which units reported on time, late, blank, with errors, or not at all.
import type { Command } from 'commander';
import { checkReportPaths } from '../../report/load.js';
import { submissionStatus } from '../../cycle/submissions.js';
import { diagnosticToJson } from '../../present/diagnostics.js';
import { checkJson, checkText, type ReportsSource } from '../../present/check-view.js';
import { createContext, EXIT, ExitError, requirePlan, type CliEnv } from '../context.js';
import { earlierReports, locateYearReports } from '../locations.js';
import { parseYearOption, requirePlanYear } from '../options.js';

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
      requirePlanYear(plan, year, ctx.lang);

      const source = await locateYearReports(ctx, year, cmd.getOptionValueSourceWithGlobals('reports') !== 'default');
      const read = source.path !== null ? await checkReportPaths([source.path], { plan, today: ctx.today, cwd: env.cwd }) : { reports: [], skipped: [], diagnostics: [], notices: [] };
      if (read.diagnostics.length > 0) {
        if (ctx.json) ctx.out(JSON.stringify({ ok: false, errors: read.diagnostics.map((d) => diagnosticToJson(d, ctx.lang)) }, null, 2));
        ctx.report(read.diagnostics);
        throw new ExitError(EXIT.usage);
      }
      const shown: ReportsSource = { kind: source.kind, folder: source.folder, yearFolder: source.yearFolder, files: read.reports.length, skipped: read.skipped, notices: read.notices };

      const earlier = await earlierReports(ctx, plan, year, source);
      const summary = submissionStatus(plan, year, read.reports, ctx.today, earlier);
      ctx.out(ctx.json ? JSON.stringify(checkJson(summary, shown, ctx.lang), null, 2) : checkText(plan, summary, shown, ctx.lang, ctx.color));
      if (!summary.allOnTime) throw new ExitError(EXIT.findings);
    });
}
