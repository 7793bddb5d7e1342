// Year over year: how this year's reporting cycle compares with the year before — reporting and
// on-time rates, the indicators units report under the same name and unit of measure, funding by
// source, and the tasks units report completed this year that they had not completed the year
// before. Pure: `check` prints it, `compile` puts it in the summary. Nothing is estimated: when
// the previous year has no reports, the comparison says why and gives no figures.
import type { IsoDate } from '../text/calendar.js';
import { planDate, type PlanModel } from '../plan/model.js';
import type { ReportModel } from '../report/model.js';
import type { ReportingCounts, SubmissionSummary, UnitSubmission } from './submissions.js';

/**
 * Why there is nothing to compare with:
 * before_plan — the previous year is before the plan was issued (no cycle that year);
 * no_reports — no report of the previous year was found (no folder, or no valid report in it).
 */
export type NoComparisonReason = 'before_plan' | 'no_reports';

/** A figure of both years: `change` is current − previous. */
export interface Change {
  current: number;
  previous: number;
  change: number;
}

/** A rate of both years in percent; `change` in percentage points; null where a year has no unit expected. */
export interface RateChange {
  current: number | null;
  previous: number | null;
  change: number | null;
}

export interface IndicatorChange extends Change {
  /** As the first unit of the current year spells it. */
  name: string;
  unit: string;
}

export interface FundingChange extends Change {
  sourceId: string;
  name: string;
  short: string;
}

export interface NewlyCompletedTask {
  taskId: string;
  title: string;
  /** The units whose counted report says completed this year and did not the year before. */
  units: { unitId: string; name: string; short: string; completedOn: IsoDate | null }[];
}

export type YearComparison =
  | { available: false; year: number; previousYear: number; reason: NoComparisonReason }
  | {
      available: true;
      year: number;
      previousYear: number;
      counts: { current: ReportingCounts; previous: ReportingCounts };
      reportingRate: RateChange;
      onTimeRate: RateChange;
      /** Indicators of the same name and unit of measure reported in both years, added up over every task, in the current year's order. */
      indicators: IndicatorChange[];
      /** Indicators reported in only one of the two years: no change can be stated for them. */
      onlyCurrent: { name: string; unit: string; value: number }[];
      onlyPrevious: { name: string; unit: string; value: number }[];
      /** Every funding source of the plan, in the plan's order, then the total. */
      funding: FundingChange[];
      fundingTotal: Change;
      newlyCompleted: NewlyCompletedTask[];
    };

/** The first year with a reporting cycle: the year the plan was issued. */
export function firstPlanYear(plan: PlanModel): number {
  return Number(planDate(plan.data.identity.date).slice(0, 4));
}

/**
 * Compares a year's cycle with the previous year's; `previous` is null when the previous year's
 * reports were not found. A previous year in which no unit has a counted report compares with nothing.
 */
export function compareYears(plan: PlanModel, current: SubmissionSummary, previous: SubmissionSummary | null): YearComparison {
  const year = current.year;
  const previousYear = year - 1;
  if (previousYear < firstPlanYear(plan)) return { available: false, year, previousYear, reason: 'before_plan' };
  if (previous === null || !previous.units.some((u) => u.report !== undefined)) return { available: false, year, previousYear, reason: 'no_reports' };

  const now = indicatorTotals(counted(current));
  const before = indicatorTotals(counted(previous));
  const indicators: IndicatorChange[] = [];
  const onlyCurrent: { name: string; unit: string; value: number }[] = [];
  for (const [key, i] of now) {
    const p = before.get(key);
    if (p) indicators.push({ name: i.name, unit: i.unit, current: i.value, previous: p.value, change: subtractExact(i.value, p.value) });
    else onlyCurrent.push({ name: i.name, unit: i.unit, value: i.value });
  }
  const onlyPrevious = [...before].filter(([key]) => !now.has(key)).map(([, i]) => ({ name: i.name, unit: i.unit, value: i.value }));

  const funding = plan.data.funding.sources.map((s): FundingChange => {
    const c = fundingOf(counted(current), s.id);
    const p = fundingOf(counted(previous), s.id);
    return { sourceId: s.id, name: s.name, short: s.short ?? s.name, current: c, previous: p, change: c - p };
  });
  const total = (pick: (f: FundingChange) => number) => funding.reduce((a, f) => a + pick(f), 0);
  const fundingTotal = { current: total((f) => f.current), previous: total((f) => f.previous), change: total((f) => f.change) };

  const c = current.rates.overall;
  const p = previous.rates.overall;
  return {
    available: true,
    year,
    previousYear,
    counts: { current: c, previous: p },
    reportingRate: rateChange(c.reportingRate, p.reportingRate),
    onTimeRate: rateChange(c.onTimeRate, p.onTimeRate),
    indicators,
    onlyCurrent,
    onlyPrevious,
    funding,
    fundingTotal,
    newlyCompleted: newlyCompleted(plan, current, previous),
  };
}

const counted = (s: SubmissionSummary): UnitSubmission[] => s.units.filter((u) => u.report !== undefined);

function rateChange(current: number | null, previous: number | null): RateChange {
  return { current, previous, change: current === null || previous === null ? null : subtractExact(current, previous) };
}

/** Names typed by different clerks: the same indicator whatever the case and spacing (as the summary adds them up). */
const tidy = (s: string): string => s.trim().replace(/\s+/g, ' ');
const indicatorKey = (name: string, unit: string): string => `${tidy(name).toLocaleLowerCase('vi')}\u0000${tidy(unit).toLocaleLowerCase('vi')}`;

function indicatorTotals(units: readonly UnitSubmission[]): Map<string, { name: string; unit: string; value: number }> {
  const totals = new Map<string, { name: string; unit: string; value: number }>();
  for (const u of units) {
    for (const t of u.report!.tasks) {
      for (const i of t.indicators) {
        const key = indicatorKey(i.name, i.unit);
        const known = totals.get(key);
        if (known) known.value = addExact(known.value, i.value);
        else totals.set(key, { name: tidy(i.name), unit: tidy(i.unit), value: i.value });
      }
    }
  }
  return totals;
}

function fundingOf(units: readonly UnitSubmission[], sourceId: string): number {
  let dong = 0;
  for (const u of units) for (const t of u.report!.tasks) dong += t.funding[sourceId] ?? 0;
  return dong;
}

const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;
/** Decimal values (1250.5 ha, 83.9 %) added and subtracted without binary rounding noise. */
function addExact(a: number, b: number): number {
  const scale = 10 ** Math.max(decimals(a), decimals(b));
  return Math.round(a * scale + b * scale) / scale;
}
const subtractExact = (a: number, b: number): number => addExact(a, -b);

/**
 * Tasks a unit reports completed this year that it had not reported completed the year before.
 * A unit with no counted report the year before is counted only when its completion date falls
 * in this year: otherwise the task may well have been done earlier, and nobody said so.
 */
function newlyCompleted(plan: PlanModel, current: SubmissionSummary, previous: SubmissionSummary): NewlyCompletedTask[] {
  const before = new Map<string, ReportModel>(counted(previous).map((u) => [u.unitId, u.report!]));
  const out: NewlyCompletedTask[] = [];
  for (const task of plan.tasks) {
    const units: NewlyCompletedTask['units'] = [];
    for (const u of counted(current)) {
      const entry = u.report!.tasks.find((t) => t.id === task.id);
      if (entry?.status !== 'completed') continue;
      const last = before.get(u.unitId);
      const doneBefore = last?.tasks.some((t) => t.id === task.id && t.status === 'completed') ?? false;
      if (doneBefore) continue;
      const doneThisYear = entry.completedOn !== undefined && entry.completedOn.startsWith(`${current.year}-`);
      if (last === undefined && !doneThisYear) continue;
      units.push({ unitId: u.unitId, name: u.name, short: u.short, completedOn: entry.completedOn ?? null });
    }
    if (units.length > 0) out.push({ taskId: task.id, title: task.title, units });
  }
  return out;
}
