// Option values that several commands share: commander's argParser() checks each value as it is
// parsed, so every command gets the same finding for the same slip.
import { diagnostic } from '../diagnostics/diagnostic.js';
import { parseDate, type IsoDate } from '../text/calendar.js';
import { planDate, planForPeriod, reportingPeriod, type PlanModel } from '../plan/model.js';
import { closest } from '../diagnostics/suggest.js';
import { EXIT, ExitError, usageError, type Context } from './context.js';
import type { Command } from 'commander';
import type { CliTexts } from '../messages/cli-texts.js';

/** --year: a four-digit year. */
export const yearOption =
  (option = '--year') =>
  (value: string): number => {
    if (/^\d{4}$/.test(value.trim())) return Number(value.trim());
    throw usageError(diagnostic('usage-bad-year', 'error', { option, value }));
  };

/** A date option (--today, --date, --on): a calendar date, written as Vietnamese documents or ISO. */
export const dateOption =
  (option: string) =>
  (value: string): IsoDate => {
    const d = parseDate(value);
    if (!d.ok) throw usageError(diagnostic('usage-bad-date', 'error', { option, value }));
    return d.date;
  };

/** A folder or text that may not be empty (--reports '' would silently mean the current folder). */
export const nonEmptyOption =
  (option: string) =>
  (value: string): string => {
    if (value.trim() === '') throw usageError(diagnostic('usage-empty-value', 'error', { option }));
    return value;
  };

/** The day the plan was issued, as an ISO date. */
export const planIssued = (plan: PlanModel): IsoDate => planDate(plan.data.identity.date);

/** A reporting year is one the plan was in force: none before the year it was issued. */
export function requirePlanYear(plan: PlanModel, year: number): void {
  const issued = planIssued(plan);
  const first = Number(issued.slice(0, 4));
  if (year >= first) return;
  const { kind, number } = plan.data.identity;
  throw usageError(diagnostic('usage-year-before-plan', 'error', { kind, number, issued, first, year }));
}

/** A date the plan speaks of: not before the plan was issued, and (for a document's date) not after today. */
export function requirePlanDate(plan: PlanModel, option: string, date: IsoDate, today?: IsoDate): void {
  const issued = planIssued(plan);
  if (date < issued) throw usageError(diagnostic('usage-date-out-of-range', 'error', { option, date, limit: issued, reason: 'before-plan' }));
  if (today !== undefined && date > today) throw usageError(diagnostic('usage-date-out-of-range', 'error', { option, date, limit: today, reason: 'future' }));
}

/** --period: the plan as one of its reporting periods sees it (reporting.yaml, `periods`); none: the year. */
export function planForPeriodOption(ctx: Context, plan: PlanModel, id: string | undefined): PlanModel {
  if (id === undefined) return plan;
  const period = reportingPeriod(plan, id);
  if (period) return planForPeriod(plan, period);
  const periods = plan.data.reporting.periods ?? [];
  throw new ExitError(EXIT.usage, [
    ...ctx.notes,
    diagnostic('plan-unknown-period', 'error', {
      id,
      periods: periods.map((p) => `${p.id} (${p.name})`),
      suggestion: closest(id, periods.map((p) => p.id)),
      reportingFile: plan.files.reporting,
    }),
  ]);
}

/** The cycle a command works on: --year, --period where the command takes one, --request. */
export function cycleOptions(cmd: Command, texts: CliTexts, period?: 'period'): Command {
  cmd.option('--year <year>', texts.options.year, yearOption());
  if (period) cmd.option('--period <id>', texts.options.period);
  return cmd.option('--request <id>', texts.options.request);
}

/** Where a command writes (-o) and whether it may replace a file there (--force). */
export interface OutputOptions {
  output?: string;
  force?: boolean;
}

/** A document the department signs (compile, remind): its number, date, signer and templates. */
export interface DocumentOptions extends OutputOptions {
  number?: string;
  date?: IsoDate;
  signerName?: string;
  templates?: string;
}
