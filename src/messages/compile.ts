// Words of what `kt-bio compile` prints when it is done: where the document went and what it
// holds. One table per language; the type of `en` makes a missing translation a compile error.
import { formatDateNumeric, type IsoDate } from '../text/calendar.js';
import type { Counts } from './check.js';
import type { Lang } from './entry.js';

/** The document written, as the lines name it (see present/compile-view.ts, CompileOutcome). */
export interface CompiledDocument {
  year: number;
  period?: string;
  path: string | null;
  date: IsoDate;
  number: string;
  draft: boolean;
  issuer: { parentAuthority: string; issuingBody: string; place: string };
}

const vi = {
  written: (o: CompiledDocument) => `Đã ghi ${o.draft ? 'dự thảo ' : ''}báo cáo tổng hợp ${o.period ?? 'năm'} ${o.year}: ${o.path}`,
  heading: (o: CompiledDocument) => `  ${o.issuer.parentAuthority} / ${o.issuer.issuingBody}, Số: ${o.number.trim()}, ${o.issuer.place}, ngày ${formatDateNumeric(o.date)}`,
  counts: (c: Counts) => `  ${c.reported}/${c.expected} đơn vị đã báo cáo (${c.onTime} đúng hạn, ${c.late} trễ hạn); ${c.blank} gửi mẫu trống, ${c.invalid} có lỗi, ${c.missing} chưa gửi.`,
  errors: (n: number, options: string) => `  ${n} tệp báo cáo có lỗi hoặc còn là mẫu trống không được tổng hợp (xem ở trên; chi tiết: kt-bio validate <tệp>${options}).`,
  notWritten: 'Không ghi báo cáo tổng hợp.',
};

export type CompileWords = typeof vi;

const en: CompileWords = {
  written: (o) => `Wrote the ${o.period !== undefined ? `${o.period} ` : ''}${o.year} summary report${o.draft ? ' (draft)' : ''}: ${o.path}`,
  heading: (o) => `  ${o.issuer.parentAuthority} / ${o.issuer.issuingBody}, No. ${o.number.trim()}, ${o.issuer.place}, ${formatDateNumeric(o.date)}`,
  counts: (c) => `  ${c.reported} of ${c.expected} units reported (${c.onTime} on time, ${c.late} late); ${c.blank} blank, ${c.invalid} with errors, ${c.missing} missing.`,
  errors: (n, options) => `  ${n} report file(s) with errors or still blank were left out (see above; details: kt-bio validate <file>${options}).`,
  notWritten: 'No summary report written.',
};

export const COMPILE_WORDS: Record<Lang, CompileWords> = { vi, en };
