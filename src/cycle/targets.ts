// The plan's numeric targets (chỉ tiêu) against what units reported: for each target of a task,
// the year's reported total of the indicator that measures it, the share of the target reached,
// and the years left. Pure: `check` prints it, `compile` puts it in its appendix.
import type { PlanModel } from '../plan/model.js';
import type { ReportModel } from '../report/model.js';

/** What the comparison needs of a year's verdicts: each expected unit and its counted report. */
export interface CountedReports {
  year: number;
  units: readonly { unitId: string; short: string; report?: ReportModel | undefined }[];
}

export interface TargetProgress {
  taskId: string;
  title: string;
  /** The target as the plan words it. */
  text: string;
  value: number;
  unit: string;
  year: number;
  /** The indicator that measures it; null when the plan names none. */
  indicator: string | null;
  /** The year's total reported for the indicator; null when none measures it or nobody reported it. */
  reported: number | null;
  /** reported / value, in percent with one decimal; null without a reported total or with a zero target. */
  percent: number | null;
  /** The target's year minus the year reported on (0: this year; negative: already past). */
  yearsLeft: number;
  /** Who reported what, in the order of the units' verdicts. */
  contributions: { unitId: string; short: string; value: number }[];
}

/** Names typed by different clerks: the same indicator whatever the case and spacing. */
const fold = (text: string): string => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

export function targetProgress(plan: PlanModel, submissions: CountedReports): TargetProgress[] {
  const out: TargetProgress[] = [];
  const counted = submissions.units.filter((u) => u.report !== undefined);
  for (const task of plan.tasks) {
    for (const t of task.targets ?? []) {
      const contributions: TargetProgress['contributions'] = [];
      if (t.indicator !== undefined) {
        for (const u of counted) {
          const entry = u.report!.tasks.find((e) => e.id === task.id);
          for (const i of entry?.indicators ?? []) {
            if (fold(i.name) !== fold(t.indicator) || fold(i.unit) !== fold(t.unit)) continue;
            const mine = contributions.find((c) => c.unitId === u.unitId);
            if (mine) mine.value = addExact(mine.value, i.value);
            else contributions.push({ unitId: u.unitId, short: u.short, value: i.value });
          }
        }
      }
      const reported = contributions.length > 0 ? contributions.reduce((sum, c) => addExact(sum, c.value), 0) : null;
      out.push({
        taskId: task.id,
        title: task.title,
        text: t.text,
        value: t.value,
        unit: t.unit,
        year: t.year,
        indicator: t.indicator ?? null,
        reported,
        percent: reported === null || t.value === 0 ? null : Math.round((reported / t.value) * 1000) / 10,
        yearsLeft: t.year - submissions.year,
        contributions,
      });
    }
  }
  return out;
}

/** Decimal values (1250.5 ha) added without binary rounding noise. */
function addExact(a: number, b: number): number {
  const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;
  const scale = 10 ** Math.max(decimals(a), decimals(b));
  return Math.round(a * scale + b * scale) / scale;
}
