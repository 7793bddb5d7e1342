// Calendar dates in Vietnam's time (UTC+7), whatever the machine's time zone.
// A date is an ISO string "YYYY-MM-DD": it sorts, compares and prints without surprises.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';

dayjs.extend(utc);
dayjs.extend(customParseFormat);

export type IsoDate = string;

/** Minutes east of UTC of Indochina Time, in which every deadline of the plan is judged. */
const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

export function todayInVietnam(now: Date): IsoDate {
  return dayjs(now).utcOffset(VIETNAM_UTC_OFFSET_MINUTES).format('YYYY-MM-DD');
}

export type DateParse =
  | { ok: true; date: IsoDate }
  | { ok: false; reason: 'format' }
  | { ok: false; reason: 'impossible'; day: number; month: number; year: number; daysInMonth: number | null };

const VN_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses DD/MM/YYYY (leading zeros optional) or YYYY-MM-DD, rejecting dates the calendar lacks. */
export function parseDate(text: string): DateParse {
  const s = text.trim();
  let m = VN_DATE.exec(s);
  let day: number, month: number, year: number;
  if (m) {
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = ISO_DATE.exec(s))) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    return { ok: false, reason: 'format' };
  }
  const daysInMonth = month >= 1 && month <= 12 ? daysInMonthOf(year, month) : null;
  if (daysInMonth === null || day < 1 || day > daysInMonth) {
    return { ok: false, reason: 'impossible', day, month, year, daysInMonth };
  }
  return { ok: true, date: `${year}-${pad2(month)}-${pad2(day)}` };
}

/** Reports hold a few dates each, and a year thousands of reports: each month is asked of dayjs once. */
const monthLengths = new Map<number, number>();

function daysInMonthOf(year: number, month: number): number {
  const key = year * 100 + month;
  let days = monthLengths.get(key);
  if (days === undefined) {
    days = dayjs.utc(`${year}-${pad2(month)}-01`).daysInMonth();
    monthLengths.set(key, days);
  }
  return days;
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function dateParts(d: IsoDate): { year: number; month: number; day: number } {
  const [year, month, day] = d.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  // A year's reports share a few dates (the deadline, today, the days they were signed).
  const key = `${from}/${to}`;
  let days = spans.get(key);
  if (days === undefined) {
    days = dayjs.utc(to).diff(dayjs.utc(from), 'day');
    if (spans.size < MAX_REMEMBERED_SPANS) spans.set(key, days);
  }
  return days;
}

const spans = new Map<string, number>();
const MAX_REMEMBERED_SPANS = 10_000;

export function addDays(d: IsoDate, days: number): IsoDate {
  return dayjs.utc(d).add(days, 'day').format('YYYY-MM-DD');
}

/** 07/6/2023: the way Vietnamese documents cite a date in running text (day padded, month not). */
export function formatDateVi(d: IsoDate): string {
  const { year, month, day } = dateParts(d);
  return `${pad2(day)}/${month}/${year}`;
}

/** The same date as DD/MM/YYYY, both padded: tables and English output. */
export function formatDateNumeric(d: IsoDate): string {
  const { year, month, day } = dateParts(d);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

export function isWithin(d: IsoDate, span: { from?: IsoDate | undefined; until?: IsoDate | undefined }): boolean {
  return (span.from === undefined || span.from <= d) && (span.until === undefined || d <= span.until);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
