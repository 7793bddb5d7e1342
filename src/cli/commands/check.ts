// kt-bio check: for a year, which units reported on time, late, blank, with errors, or not at all.
import type { Command } from 'commander';
import { checkReportPaths } from '../../report/load.js';
import { cycleDiagnostics, submissionStatus } from '../../cycle/submissions.js';
import { earlierReports } from '../../cycle/earlier-reports.js';
import { previousYearPath, yearComparison } from '../../cycle/previous-year.js';
import { comparisonJson, comparisonText } from '../../present/compare-view.js';
import { displayPath } from '../../io/paths.js';
import { checkJson, checkText, type ReportsSource } from '../../present/check-view.js';
import { requestScope } from '../../cycle/requests.js';
import { FOLLOW_UP } from '../../messages/follow-up.js';
import { formatDateVi } from '../../text/calendar.js';
import { locateRequestReports, requireRequest } from '../request-option.js';
import { createContext, EXIT, ExitError, requirePlan } from '../context.js';
import { locateYearReports, yearsRoot } from '../locations.js';
import { cycleOptions, planForPeriodOption } from '../options.js';
import { commandOf, type CommandSetup } from '../setup.js';

export function registerCheck(setup: CommandSetup): void {
  const { env, texts, finish } = setup;
  cycleOptions(commandOf(setup, 'check'), texts, 'period')
    .action(async (opts: { year?: number; period?: string; request?: string }, cmd: Command) => {
      const ctx = createContext(cmd, env);
      const plan = planForPeriodOption(ctx, await requirePlan(ctx), opts.period);
      // The yearly cycle is the plan's standing request; an ad hoc one brings its own units and deadline.
      const request = await requireRequest(ctx, plan, opts);
      const year = request.year;

      const source = request.adHoc ? await locateRequestReports(ctx, request) : await locateYearReports(ctx, year, opts.period);
      const read = source.path !== null ? await checkReportPaths([source.path], { plan, today: ctx.today, cwd: env.cwd, options: ctx.planOption }) : { reports: [], skipped: [], diagnostics: [], notices: [] };
      if (read.diagnostics.length > 0) throw new ExitError(EXIT.usage, [...ctx.notes, ...read.diagnostics]);
      const shown: ReportsSource = { kind: source.kind, folder: source.folder, yearFolder: source.yearFolder, files: read.reports.length, skipped: read.skipped, notices: read.notices };

      const earlier = source.kind === 'year_folder' ? await earlierReports(plan, year, ctx.reportsDir, { today: ctx.today, cwd: env.cwd }) : [];
      const summary = submissionStatus(plan, year, read.reports, ctx.today, earlier, requestScope(plan, request));
      if (request.adHoc) {
        const w = FOLLOW_UP[ctx.lang].request;
        const d = request.document;
        const heading = w.heading(request.title, d.kind, d.number, formatDateVi(d.date), d.issuer, formatDateVi(request.deadline), summary.units.length);
        return finish({
          command: 'check',
          exitCode: summary.allOnTime ? EXIT.ok : EXIT.findings,
          result: { request: request.id, ...(checkJson(summary, shown, ctx.lang, ctx.planOption) as object) },
          diagnostics: [...ctx.notes, ...cycleDiagnostics(summary, { options: ctx.planOption })],
          text: `${heading}\n${checkText(plan, summary, shown, ctx.lang, ctx.color, ctx.planOption)}`,
          textOmits: ctx.notes,
        });
      }
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
