// Words of `kt-bio template` for a unit that gets no form for a year: who it is, why, and who
// reports instead. One table per language; the type of `en` makes a missing translation a
// compile error.
import { formatDateVi, type IsoDate } from '../text/calendar.js';
import type { Lang } from './entry.js';

const vi = {
  unknown: (id: string, file: string, hint?: string) => `Không có đơn vị "${id}" trong ${file}${hint ? ` (có phải "${hint}"?)` : ''}.`,
  ended: (name: string, until: IsoDate, year: number) => `${name} đã kết thúc hoạt động ngày ${formatDateVi(until)}, nên không báo cáo năm ${year}.`,
  successor: (s: { id: string; name: string }, year: number, options: string) => `Nhiệm vụ chuyển cho ${s.name}: kt-bio template ${s.id} --year ${year}${options}`,
  successorEmpty: (s: { name: string; whereToAdd?: string }) => `Nhiệm vụ chuyển cho ${s.name}; nhóm này chưa có đơn vị nào trong dữ liệu${s.whereToAdd ? ` (thêm tại ${s.whereToAdd})` : ''}.`,
  notYet: (name: string, from: IsoDate, deadline: IsoDate) => `${name} bắt đầu hoạt động từ ngày ${formatDateVi(from)}, sau hạn báo cáo ${formatDateVi(deadline)}, nên không báo cáo năm này.`,
  noTasks: (name: string, deadline: IsoDate) => `Kế hoạch không giao nhiệm vụ nào cho ${name} vào ngày ${formatDateVi(deadline)}, nên đơn vị không phải báo cáo năm này.`,
};

export type NoFormWords = typeof vi;

const en: NoFormWords = {
  unknown: (id, file, hint) => `No unit "${id}" in ${file}${hint ? ` (did you mean "${hint}"?)` : ''}.`,
  ended: (name, until, year) => `${name} ended on ${formatDateVi(until)}, so it does not report for ${year}.`,
  successor: (s, year, options) => `Its tasks passed to ${s.name}: kt-bio template ${s.id} --year ${year}${options}`,
  successorEmpty: (s) => `Its tasks passed to ${s.name}, a group with no units in the data yet${s.whereToAdd ? ` (add them in ${s.whereToAdd})` : ''}.`,
  notYet: (name, from, deadline) => `${name} started on ${formatDateVi(from)}, after the report deadline ${formatDateVi(deadline)}, so it does not report for that year.`,
  noTasks: (name, deadline) => `The plan gives ${name} no task on ${formatDateVi(deadline)}, so it does not report for that year.`,
};

export const NO_FORM_WORDS: Record<Lang, NoFormWords> = { vi, en };
