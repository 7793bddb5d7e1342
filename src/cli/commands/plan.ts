// kt-bio plan: what the plan asks of whom, on a date.
import type { Command } from 'commander';
import { diagnostic } from '../../diagnostics/diagnostic.js';
import type { IsoDate } from '../../text/calendar.js';
import { agencyText, planJson, planText } from '../../present/plan-view.js';
import { closest } from '../../diagnostics/suggest.js';
import { createContext, EXIT, requirePlan, usageError } from '../context.js';
import { dateOption } from '../options.js';
import { commandOf, type CommandSetup } from '../setup.js';

export function registerPlan(setup: CommandSetup): void {
  const { env, finish } = setup;
  const t = setup.texts.plan;
  commandOf(setup, 'plan')
    .option('--agency <id>', t.agency)
    .option('--on <date>', t.on, dateOption('--on'))
    .action(async (opts: { agency?: string; on?: IsoDate }, cmd: Command) => {
      const ctx = createContext(cmd, env);
      const plan = await requirePlan(ctx);
      const on = opts.on ?? ctx.today;
      if (opts.agency !== undefined && !plan.units.has(opts.agency)) {
        const suggestion = closest(opts.agency, [...plan.units.keys()]);
        throw usageError(diagnostic('usage-unknown-unit', 'error', { option: '--agency', unit: opts.agency, file: 'plan/units.yaml', suggestion }));
      }
      finish({
        command: 'plan',
        exitCode: EXIT.ok,
        result: planJson(plan, on, opts.agency),
        diagnostics: ctx.notes,
        text: opts.agency ? agencyText(plan, opts.agency, on, ctx.lang) : planText(plan, on, ctx.lang),
      });
    });
}
