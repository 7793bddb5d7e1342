// Numbers and dates as each language writes them, for every table and line a user reads: one
// place that says Vietnamese writes 1.250,5 and 46,7% where English writes 1,250.5 and 46.7%.
// The Vietnamese forms themselves (07/6/2023, 1.264) are the text stage's (text/calendar.ts,
// text/money.ts); this picks between them by language.
import { formatDateNumeric, formatDateVi, type IsoDate } from '../text/calendar.js';
import type { Lang } from './entry.js';

const SEPARATORS: Record<Lang, { group: string; point: string }> = { vi: { group: '.', point: ',' }, en: { group: ',', point: '.' } };

/** A number as each language writes it: 1.250,5 in Vietnamese, 1,250.5 in English. */
export function formatNumber(n: number, lang: Lang): string {
  const [whole = '0', fraction] = String(Math.abs(n)).split('.');
  const { group, point } = SEPARATORS[lang];
  return `${n < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, group)}${fraction !== undefined ? `${point}${fraction}` : ''}`;
}

/** A share in percent (46,7% / 46.7%); a dash where there is nothing to divide by. */
export function formatPercent(n: number | null, lang: Lang): string {
  return n === null ? '—' : `${formatNumber(n, lang)}%`;
}

/** A date in a table or a line of `check`: 07/6/2023 in Vietnamese, 07/06/2023 in English. */
export const DATE_FORMAT: Record<Lang, (d: IsoDate) => string> = { vi: formatDateVi, en: formatDateNumeric };
