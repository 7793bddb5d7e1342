// The year-over-year comparison as the summary's templates see it (templates/compile/so-sanh.md.hbs):
// each change split into its direction (up, down, same) and its size, so that the template
// writes "tăng 342" or "giảm 56" in its own words, and codes in kebab case for `eq`.
import type { Change, RateChange, YearComparison } from '../cycle/compare.js';

type Direction = 'up' | 'down' | 'same';

const direction = (n: number): Direction => (n > 0 ? 'up' : n < 0 ? 'down' : 'same');

function changeView(c: Change) {
  return { current: c.current, previous: c.previous, direction: direction(c.change), by: Math.abs(c.change) };
}

function rateView(r: RateChange) {
  // A year with no unit expected has no rate: the template says "–" and states no change.
  return { current: r.current, previous: r.previous, known: r.change !== null, direction: direction(r.change ?? 0), by: Math.abs(r.change ?? 0) };
}

const countView = (c: Extract<YearComparison, { available: true }>, key: 'reported' | 'onTime' | 'expected') =>
  changeView({ current: c.counts.current[key], previous: c.counts.previous[key], change: c.counts.current[key] - c.counts.previous[key] });

export type ComparisonContext = ReturnType<typeof comparisonContext>;

/** `refOf`: a task's number in the summary (3.a), for the newly completed tasks. */
export function comparisonContext(c: YearComparison, refOf: (taskId: string) => string = () => '') {
  if (!c.available) return { available: false, year: c.year, previousYear: c.previousYear, reason: c.reason.replace(/_/g, '-') };
  return {
    available: true,
    year: c.year,
    previousYear: c.previousYear,
    reported: countView(c, 'reported'),
    onTime: countView(c, 'onTime'),
    expected: countView(c, 'expected'),
    reportingRate: rateView(c.reportingRate),
    onTimeRate: rateView(c.onTimeRate),
    indicators: c.indicators.map((i) => ({ name: i.name, unit: i.unit, ...changeView(i) })),
    onlyCurrent: c.onlyCurrent,
    onlyPrevious: c.onlyPrevious,
    funding: c.funding.map((f) => ({ name: f.name, short: f.short, ...changeView(f) })),
    fundingTotal: changeView(c.fundingTotal),
    newlyCompleted: c.newlyCompleted.map((t) => ({ id: t.taskId, ref: refOf(t.taskId), title: t.title, units: t.units.map((u) => ({ id: u.unitId, name: u.name, short: u.short, completedOn: u.completedOn })) })),
  };
}
