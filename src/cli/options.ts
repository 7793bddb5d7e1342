// Option values that several commands share, checked once with the same message.
import type { Lang } from '../messages/catalogue.js';
import { formatDateVi } from '../text/calendar.js';
import { planDate, type PlanModel } from '../plan/model.js';
import { EXIT, ExitError } from './context.js';

/** --year: a four-digit year. */
export function parseYearOption(value: string, lang: Lang): number {
  if (/^\d{4}$/.test(value.trim())) return Number(value.trim());
  throw new ExitError(EXIT.usage, lang === 'vi' ? `--year: "${value}" không phải là năm (ví dụ 2025)` : `--year: "${value}" is not a year (e.g. 2025)`);
}

/** A reporting year is one the plan was in force: none before the year it was issued. */
export function requirePlanYear(plan: PlanModel, year: number, lang: Lang): void {
  const issued = planDate(plan.data.identity.date);
  const first = Number(issued.slice(0, 4));
  if (year >= first) return;
  const { kind, number } = plan.data.identity;
  throw new ExitError(
    EXIT.usage,
    lang === 'vi'
      ? `--year: ${kind} số ${number} ban hành ngày ${formatDateVi(issued)}; năm báo cáo đầu tiên là ${first}, không có kỳ báo cáo năm ${year}.`
      : `--year: plan ${number} was issued on ${formatDateVi(issued)}; the first reporting year is ${first}, there is no ${year} cycle.`,
  );
}
