// kt-bio check: for a year, which units reported on time, late, blank, with errors, or not at all.
import type { Command } from 'commander';
import { checkReportPaths } from '../../report/load.js';
import { cycleDiagnostics, submissionStatus } from '../../cycle/submissions.js';
import { earlierReports } from '../../cycle/earlier-reports.js';
import { previousYearPath, yearComparison } from '../../cycle/previous-year.js';
import { comparisonJson, comparisonText } from '../../present/compare-view.js';
import { displayPath } from '../../io/paths.js';
import { checkJson, checkText, type ReportsSource } from '../../present/check-view.js';
import { createContext, EXIT, ExitError, requirePlan } from '../context.js';
import { locateYearReports, yearsRoot } from '../locations.js';
import { planForPeriodOption, requirePlanYear, yearOption } from '../options.js';
import type { CommandSetup } from '../setup.js';

export function registerCheck({ program, env, texts, finish }: CommandSetup): void {
  const t = texts.check;
  program
    .command('check')
    .description(t.description)
    .requiredOption('--year <year>', texts.options.year, yearOption())
    .option('--period <id>', texts.options.period)
    .addHelpText('after', t.help)
    .action(async (opts: { year: number; period?: string }, cmd: Command) => {
      const ctx = createContext(cmd, env);
      const year = opts.year;
      const plan = planForPeriodOption(ctx, await requirePlan(ctx), opts.period);
      requirePlanYear(plan, year);

      const source = await locateYearReports(ctx, year, opts.period);
      const read = source.path !== null ? await checkReportPaths([source.path], { plan, today: ctx.today, cwd: env.cwd }) : { reports: [], skipped: [], diagnostics: [], notices: [] };
      if (read.diagnostics.length > 0) throw new ExitError(EXIT.usage, [...ctx.notes, ...read.diagnostics]);
      const shown: ReportsSource = { kind: source.kind, folder: source.folder, yearFolder: source.yearFolder, files: read.reports.length, skipped: read.skipped, notices: read.notices };

      const earlier = source.kind === 'year_folder' ? await earlierReports(plan, year, ctx.reportsDir, { today: ctx.today, cwd: env.cwd }) : [];
      const summary = submissionStatus(plan, year, read.reports, ctx.today, earlier);
      const root = yearsRoot(source, year);
      const comparison = await yearComparison(plan, summary, root, { today: ctx.today, cwd: env.cwd }, opts.period);
      const previousFolder = displayPath(env.cwd, previousYearPath(root ?? ctx.reportsDir, year, opts.period));
      finish({
        command: 'check',
        exitCode: summary.allOnTime ? EXIT.ok : EXIT.findings,
        result: { ...(checkJson(summary, shown, ctx.lang, ctx.planOption) as object), comparison: comparisonJson(comparison) },
        diagnostics: [...ctx.notes, ...cycleDiagnostics(summary, { options: ctx.planOption })],
        text: `${checkText(plan, summary, shown, ctx.lang, ctx.color, ctx.planOption).trimEnd()}\n\n${comparisonText(comparison, ctx.lang, previousFolder)}`,
        textOmits: ctx.notes,
      });
    });
}
