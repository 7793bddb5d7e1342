// The comparison with the previous year as `check` prints it (after the year's own tables), or
// as data for --json. Pure.
import type { Lang } from '../messages/catalogue.js';
import { FOLLOW_UP } from '../messages/follow-up.js';
import type { RateChange, YearComparison } from '../cycle/compare.js';

export function comparisonText(c: YearComparison, lang: Lang, previousFolder: string): string {
  const w = FOLLOW_UP[lang].compare;
  const out = [w.heading(c.previousYear)];
  if (!c.available) {
    out.push(`  ${w.none(c.previousYear, c.reason, previousFolder)}`);
    return out.join('\n');
  }
  const change = (r: RateChange) => (r.change === null ? '—' : w.change(w.number(Math.abs(r.change)), r.change > 0 ? 'up' : r.change < 0 ? 'down' : 'same'));
  const { current: now, previous: before } = c.counts;
  out.push(`  ${w.reported(c.year, now.reported, now.expected, now.reportingRate, c.previousYear, before.reported, before.expected, before.reportingRate, change(c.reportingRate))}`);
  out.push(`  ${w.onTime(c.year, now.onTime, now.onTimeRate, c.previousYear, before.onTime, before.onTimeRate, change(c.onTimeRate))}`);
  return out.join('\n');
}

/** For --json: the rates of both years and their changes (the figures behind the text). */
export function comparisonJson(c: YearComparison): unknown {
  if (!c.available) return { available: false, year: c.year, previousYear: c.previousYear, reason: c.reason };
  return { available: true, year: c.year, previousYear: c.previousYear, counts: c.counts, reportingRate: c.reportingRate, onTimeRate: c.onTimeRate };
}
