// kt-bio plan: what the plan asks of whom, on a date.
import type { Command } from 'commander';
import { parseDate } from '../../text/calendar.js';
import { agencyText, planJson, planText } from '../../present/plan-view.js';
import { closest } from '../../diagnostics/suggest.js';
import { createContext, EXIT, ExitError, requirePlan, type CliEnv } from '../context.js';

export function registerPlan(program: Command, env: CliEnv): void {
  program
    .command('plan')
    .description('Liệt kê nhiệm vụ và đơn vị của kế hoạch / list the tasks and the units that hold them')
    .option('--agency <id>', 'chỉ một đơn vị, theo vai trò / one unit, by role')
    .option('--on <date>', 'ngày xét (mặc định: --today) / the date (default: --today)')
    .addHelpText('after', '\nVí dụ / Examples:\n  $ kt-bio plan\n  $ kt-bio plan --agency so-khcn\n  $ kt-bio plan --on 2025-04-01 --json\n')
    .action(async (opts: { agency?: string; on?: string }, cmd: Command) => {
      const ctx = createContext(cmd, env);
      const plan = await requirePlan(ctx);
      let on = ctx.today;
      if (opts.on !== undefined) {
        const d = parseDate(opts.on);
        if (!d.ok) throw new ExitError(EXIT.usage, ctx.lang === 'vi' ? `--on: "${opts.on}" không phải ngày hợp lệ` : `--on: "${opts.on}" is not a valid date`);
        on = d.date;
      }
      if (opts.agency !== undefined && !plan.units.has(opts.agency)) {
        const hint = closest(opts.agency, [...plan.units.keys()]);
        throw new ExitError(
          EXIT.usage,
          ctx.lang === 'vi'
            ? `--agency: không có đơn vị "${opts.agency}" trong plan/units.yaml${hint ? ` (có phải "${hint}"?)` : ''}`
            : `--agency: no unit "${opts.agency}" in plan/units.yaml${hint ? ` (did you mean "${hint}"?)` : ''}`,
        );
      }
      if (ctx.json) ctx.out(JSON.stringify(planJson(plan, on, opts.agency), null, 2));
      else ctx.out(opts.agency ? agencyText(plan, opts.agency, on, ctx.lang) : planText(plan, on, ctx.lang));
    });
}
