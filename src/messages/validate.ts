// Words of `kt-bio validate` around its findings (the list of files, the summary) and of every
// finding printed as text (severity, the fix). One table per language; the type of `en` makes a
// missing translation a compile error.
import type { Severity } from '../diagnostics/diagnostic.js';
import type { Lang } from './entry.js';

/** The counts of a validate run (present/validation.ts, ValidationSummary, by the fields the words use). */
export type ValidationCounts = Record<'files' | 'valid' | 'blank' | 'invalid' | 'errors' | 'warnings', number>;

const vi = {
  /** A file's status in the list: ok (no errors), blank (still the form), invalid. */
  status: { ok: 'hợp lệ', blank: 'mẫu còn trống', invalid: 'có lỗi' },
  summary: (s: ValidationCounts) =>
    `Đã kiểm tra ${s.files} tệp: ${s.valid} tệp hợp lệ, ${s.blank} tệp còn là mẫu trống, ${s.invalid} tệp có lỗi` + ` (tổng cộng ${s.errors} lỗi, ${s.warnings} cảnh báo).`,
  skipped: (n: number) => `Bỏ qua ${n} mục không phải tệp .yaml/.yml:`,
  severity: { error: 'lỗi', warning: 'cảnh báo', info: 'ghi chú' } as Record<Severity, string>,
  hint: 'Cách sửa',
};

export type ValidateWords = typeof vi;

const en: ValidateWords = {
  status: { ok: 'valid', blank: 'blank', invalid: 'errors' },
  summary: (s) =>
    `Checked ${s.files} file${s.files === 1 ? '' : 's'}: ${s.valid} valid, ${s.blank} blank, ${s.invalid} with errors` +
    ` (${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'} in all).`,
  skipped: (n) => `Skipped ${n} entr${n === 1 ? 'y' : 'ies'} that are not .yaml/.yml files:`,
  severity: { error: 'error', warning: 'warning', info: 'note' },
  hint: 'Fix',
};

export const VALIDATE_WORDS: Record<Lang, ValidateWords> = { vi, en };
