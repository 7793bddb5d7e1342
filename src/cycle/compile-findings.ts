// What the officer is told when the year's summary is compiled: the compile date against the
// deadlines, the first error of every file left out, and the notices of `check` that the document
// itself does not explain (files of no unit, groups with no members yet).
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { daysBetween } from '../text/calendar.js';
import type { CheckedReport } from '../report/model.js';
import { cycleDiagnostics, type CyclePosition, type SubmissionSummary } from './submissions.js';

export function compileFindings(cycle: CyclePosition, submissions: SubmissionSummary, withErrors: readonly CheckedReport[], options = ''): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { today, unitDeadline, provincialDeadline } = cycle;
  const year = submissions.year;
  const overall = submissions.rates.overall;
  // On the deadline day itself units may still send their reports.
  if (today <= unitDeadline.date) {
    out.push(diagnostic('compile-before-deadline', 'warning', { year, deadline: unitDeadline.date, today, reported: overall.reported, expected: overall.expected }));
  } else if (today > provincialDeadline.date) {
    out.push(diagnostic('compile-after-deadline', 'warning', { year, deadline: provincialDeadline.date, days: daysBetween(provincialDeadline.date, today) }));
  }
  for (const r of withErrors) {
    const first = [...r.diagnostics].filter((d) => d.severity === 'error').sort((a, b) => (a.range?.start.line ?? 0) - (b.range?.start.line ?? 0))[0];
    if (first) out.push(first);
  }
  const erroneous = new Set(withErrors.map((r) => r.file));
  for (const d of cycleDiagnostics(submissions, { options })) {
    if (d.code === 'cycle-empty-group' || (d.code === 'cycle-stray-file' && !erroneous.has(d.file ?? ''))) out.push(d);
  }
  return out;
}
