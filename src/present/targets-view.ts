// The plan's targets in `check`: each target of a task, what units reported for the year against
// it, the share reached and the years left.
import type { Lang } from '../messages/entry.js';
import { TARGET_WORDS } from '../messages/plan-progress.js';
import { formatNumber as num } from '../messages/numbers.js';
import type { TargetProgress } from '../cycle/targets.js';

/** The lines of the section, or none when the plan sets no target. */
export function targetsText(targets: readonly TargetProgress[], lang: Lang, bold: (t: string) => string = (t) => t): string[] {
  if (targets.length === 0) return [];
  const w = TARGET_WORDS[lang];
  const out = ['', bold(w.heading(targets.length))];
  const width = Math.max(...targets.map((t) => [...t.taskId].length));
  for (const t of targets) {
    const state =
      t.indicator === null ? w.notMeasured : t.reported === null ? w.notReported(t.indicator) : w.reached(num(t.reported, lang), t.unit, t.percent === null ? null : `${num(t.percent, lang)}%`, t.year - t.yearsLeft);
    out.push(`  ${t.taskId.padEnd(width)}  ${w.goal(num(t.value, lang), t.unit, t.year)} — ${state}; ${w.yearsLeft(t.yearsLeft)}.`);
    out.push(`  ${' '.repeat(width)}  ${t.text}`);
  }
  return out;
}
