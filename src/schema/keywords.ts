// The schemas' own keywords, kt-date and kt-money: a value the calendar or a clerk's way of
// writing money must accept. The compiled validators call these functions; each returns
// undefined for a good value, or the message and params of the error.
import { parseDate } from '../text/calendar.js';
import { parseMoney } from '../text/money.js';

export interface KeywordProblem {
  message: string;
  params: Record<string, unknown>;
}

export function ktDateProblem(data: unknown): KeywordProblem | undefined {
  if (typeof data !== 'string') return { message: 'must be a date', params: { reason: 'format' } };
  const r = parseDate(data);
  if (r.ok) return undefined;
  return { message: 'must be a real date', params: r.reason === 'format' ? { reason: 'format' } : { ...r } };
}

export function ktMoneyProblem(data: unknown): KeywordProblem | undefined {
  const r = parseMoney(data);
  return r.ok ? undefined : { message: 'must be an amount in đồng', params: { reason: r.reason } };
}
