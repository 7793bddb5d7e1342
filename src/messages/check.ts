// Words of `kt-bio check`: the submission table grouped by status, the rates, the tasks with a due
// date. One table per language; the type of `en` makes a missing translation a compile error.
// The tables take plain values (the cycle's types are a later stage's): statuses, roles and kinds
// by their codes, counts as numbers, dates as ISO dates.
import { formatDateNumeric, formatDateVi, type IsoDate } from '../text/calendar.js';
import { groupThousands } from '../text/money.js';
import type { Lang } from './entry.js';
import { formatPercent } from './numbers.js';
import type { PlanNamed } from './plan.js';

/** The plan and period a heading names. */
export interface CheckHeading extends PlanNamed {
  period: { id: string; name: string } | null;
}

/** Where the reports were read from (see present/check-view.ts, ReportsSource). */
export interface FolderRead {
  kind: 'year_folder' | 'given_folder' | 'none';
  folder: string | null;
  yearFolder: string;
  files: number;
}

/** How many units reported, and how (the cycle's ReportingCounts, by the fields the words use). */
export type Counts = Record<'expected' | 'reported' | 'onTime' | 'late' | 'blank' | 'invalid' | 'missing', number>;

/** The counts behind a rates line, with the rates in percent (null: no unit expected). */
export type RateCounts = Counts & Record<'reportingRate' | 'onTimeRate', number | null>;

/** "đã quá hạn 3 ngày" / "còn 2 ngày" / "hôm nay là hạn cuối". */
const whenVi = (left: number, past: number): string => (past > 0 ? `đã quá hạn ${past} ngày` : left > 0 ? `còn ${left} ngày` : 'hôm nay là hạn cuối');
const whenEn = (left: number, past: number): string => (past > 0 ? `passed ${past} day(s) ago` : left > 0 ? `${left} day(s) left` : 'today is the last day');

const vi = {
  title: (h: CheckHeading, year: number, today: IsoDate) =>
    `TÌNH HÌNH BÁO CÁO ${h.period ? h.period.name.toLocaleUpperCase('vi') : 'NĂM'} ${year} — ${h.kind} số ${h.number} ngày ${formatDateVi(h.date)} của ${h.issuer}\nNgày xét: ${formatDateVi(today)}`,
  folder: (s: FolderRead) =>
    s.kind === 'year_folder'
      ? `Thư mục báo cáo: ${s.folder} (${s.files} tệp)`
      : s.kind === 'given_folder'
        ? `Thư mục báo cáo: ${s.folder} (${s.files} tệp; không có thư mục con ${s.yearFolder} nên đọc các tệp ngay trong thư mục này)`
        : `Chưa có thư mục ${s.yearFolder}: chưa nhận được báo cáo nào, mọi đơn vị được tính là chưa gửi.`,
  noFiles: 'Thư mục không có tệp báo cáo (.yaml) nào: mọi đơn vị được tính là chưa gửi.',
  skipped: (files: string[]) => `Bỏ qua ${files.length} mục không phải tệp .yaml: ${files.join(', ')}`,
  unitDeadline: (date: IsoDate, left: number, past: number) => `Hạn các đơn vị gửi báo cáo: ${formatDateVi(date)} — ${whenVi(left, past)}.`,
  provincialDeadline: (date: IsoDate, left: number, past: number) => `Hạn tổng hợp báo cáo của tỉnh: ${formatDateVi(date)} — ${whenVi(left, past)}.`,
  status: { on_time: 'ĐÚNG HẠN', late: 'TRỄ HẠN', blank: 'GỬI MẪU TRỐNG — chưa tính là đã báo cáo', invalid: 'CÓ LỖI — chưa tính là đã báo cáo', missing: 'CHƯA GỬI' },
  missingWhen: (past: number, left: number) => (past > 0 ? ` — quá hạn ${past} ngày` : ` — còn ${left} ngày đến hạn`),
  col: { id: 'Mã', unit: 'Đơn vị', submitted: 'Ngày ký', number: 'Số, ký hiệu', late: 'Trễ', file: 'Tệp', problem: 'Lỗi đầu tiên', left: 'Còn thiếu' },
  days: (n: number) => `${n} ngày`,
  /** A finding's line, before its message in a table cell. */
  line: (n: number) => `dòng ${n}: `,
  validate: (file: string, options: string) => `→ xem đủ: kt-bio validate ${file}${options}`,
  corrected: (file: string) => `nội dung lấy từ bản bổ sung ${file}`,
  duplicates: 'NHIỀU TỆP CỦA CÙNG MỘT ĐƠN VỊ (bản bổ sung): bản hợp lệ gửi sau cùng cho nội dung, bản hợp lệ gửi đầu tiên quyết định đúng hạn hay trễ',
  role: {
    content_and_timeliness: 'được tính (nội dung và thời hạn)',
    content: 'nội dung được dùng (bản hợp lệ gửi sau cùng)',
    timeliness: 'quyết định thời hạn (bản hợp lệ gửi đầu tiên); nội dung đã được thay',
    superseded: 'đã được thay bằng bản sau',
    not_counted: 'không tính',
  },
  verdict: { valid: 'hợp lệ', blank: 'mẫu trống', invalid: 'có lỗi' },
  byFileName: 'nhận theo tên tệp',
  noDate: 'không rõ ngày',
  strays: (year: number) => `TỆP KHÔNG THUỘC ĐƠN VỊ NÀO PHẢI BÁO CÁO NĂM ${year}`,
  rates: 'TỶ LỆ BÁO CÁO (đã báo cáo = đúng hạn + trễ hạn; tính trên số đơn vị phải báo cáo)',
  ratesLine: (c: RateCounts) =>
    `Phải báo cáo: ${c.expected} đơn vị. Đã báo cáo: ${c.reported} (${formatPercent(c.reportingRate, 'vi')}), trong đó đúng hạn ${c.onTime} (${formatPercent(c.onTimeRate, 'vi')}), trễ hạn ${c.late}. Mẫu trống: ${c.blank}. Có lỗi: ${c.invalid}. Chưa gửi: ${c.missing}.`,
  rateCols: ['Loại đơn vị', 'Phải BC', 'Đã BC', 'Tỷ lệ', 'Đúng hạn', 'Tỷ lệ'],
  kind: { department: 'Sở, ngành', board: 'Ban, văn phòng, thanh tra', district: 'UBND cấp huyện', commune: 'UBND cấp xã', organisation: 'Tổ chức khác' },
  dated: 'NHIỆM VỤ CÓ THỜI HẠN',
  due: (label: string, due: IsoDate) => `${label} (hạn ${formatDateVi(due)})`,
  completedHead: (n: number) => `Đã báo cáo hoàn thành (${n}):`,
  completedRow: (on: IsoDate | undefined, late: number | undefined) => (on ? `ngày ${formatDateVi(on)}${late ? `, sau hạn ${late} ngày` : ', đúng hạn'}` : 'không ghi ngày hoàn thành'),
  completedIn: (year: number, file: string) => ` (theo báo cáo năm ${year}: ${file})`,
  overdueHead: (n: number, days: number) => `Quá hạn ${groupThousands(days)} ngày, chưa báo cáo hoàn thành (${n}):`,
  notReportedHead: (n: number) => `Đã quá hạn, đơn vị chưa báo cáo năm nay (${n}):`,
  notDueHead: (n: number, days: number) => `Chưa đến hạn, còn ${days} ngày (${n}):`,
  reported: { not_started: 'chưa triển khai', in_progress: 'đang thực hiện', ongoing: 'đang thực hiện thường xuyên', completed: 'hoàn thành', not_in_report: 'báo cáo không nêu nhiệm vụ này', no_report: 'chưa có báo cáo được tính' },
  roleShort: { lead: 'chủ trì', implementing: 'thực hiện', cooperating: 'phối hợp' },
  empty: 'NHÓM CHƯA CÓ ĐƠN VỊ',
  verdictAll: (allOnTime: boolean, units: number, onTime: number) =>
    allOnTime ? `Kết luận: cả ${units} đơn vị đã báo cáo đúng hạn.` : `Kết luận: ${onTime}/${units} đơn vị báo cáo đúng hạn; ${units - onTime} đơn vị cần theo dõi, đôn đốc.`,
};

export type CheckWords = typeof vi;

const en: CheckWords = {
  title: (h, year, today) =>
    `REPORTING FOR ${h.period ? `${h.period.name} (${h.period.id}) ` : ''}${year} — Plan ${h.number} of ${formatDateNumeric(h.date)} (${h.issuer})\nAs of: ${formatDateNumeric(today)}`,
  folder: (s) =>
    s.kind === 'year_folder'
      ? `Reports folder: ${s.folder} (${s.files} file(s))`
      : s.kind === 'given_folder'
        ? `Reports folder: ${s.folder} (${s.files} file(s); there is no ${s.yearFolder}, so the files directly in this folder were read)`
        : `There is no folder ${s.yearFolder}: no report has been received, every unit counts as missing.`,
  noFiles: 'The folder holds no report (.yaml) files: every unit counts as missing.',
  skipped: (files) => `Skipped ${files.length} entries that are not .yaml files: ${files.join(', ')}`,
  unitDeadline: (date, left, past) => `Units' report deadline: ${formatDateNumeric(date)} — ${whenEn(left, past)}.`,
  provincialDeadline: (date, left, past) => `Provincial report deadline: ${formatDateNumeric(date)} — ${whenEn(left, past)}.`,
  status: { on_time: 'ON TIME', late: 'LATE', blank: 'BLANK FORM — not counted as reported', invalid: 'WITH ERRORS — not counted as reported', missing: 'MISSING' },
  missingWhen: (past, left) => (past > 0 ? ` — ${past} day(s) overdue` : ` — ${left} day(s) to the deadline`),
  col: { id: 'Id', unit: 'Unit', submitted: 'Signed', number: 'Number', late: 'Late', file: 'File', problem: 'First error', left: 'Left to fill' },
  days: (n) => `${n} day(s)`,
  line: (n) => `line ${n}: `,
  validate: (file, options) => `→ details: kt-bio validate ${file}${options}`,
  corrected: (file) => `content from the correction ${file}`,
  duplicates: 'SEVERAL FILES FROM ONE UNIT (corrections): the last valid file gives the content, the first valid one decides on time or late',
  role: { content_and_timeliness: 'counted (content and timeliness)', content: 'content used (last valid file)', timeliness: 'decides timeliness (first valid file); content replaced', superseded: 'replaced by a later file', not_counted: 'not counted' },
  verdict: { valid: 'valid', blank: 'blank form', invalid: 'errors' },
  byFileName: 'matched by file name',
  noDate: 'no date',
  strays: (year) => `FILES OF NO UNIT EXPECTED TO REPORT FOR ${year}`,
  rates: 'REPORTING RATES (reported = on time + late; over the units expected to report)',
  ratesLine: (c) =>
    `Expected: ${c.expected} units. Reported: ${c.reported} (${formatPercent(c.reportingRate, 'en')}), of which on time ${c.onTime} (${formatPercent(c.onTimeRate, 'en')}), late ${c.late}. Blank: ${c.blank}. With errors: ${c.invalid}. Missing: ${c.missing}.`,
  rateCols: ['Kind of unit', 'Expected', 'Reported', 'Rate', 'On time', 'Rate'],
  kind: { department: 'Departments', board: 'Boards, offices, inspectorate', district: 'District-level committees', commune: 'Commune-level committees', organisation: 'Other organisations' },
  dated: 'TASKS WITH A DUE DATE',
  due: (label, due) => `${label} (due ${formatDateNumeric(due)})`,
  completedHead: (n) => `Reported completed (${n}):`,
  completedRow: (on, late) => (on ? `on ${formatDateNumeric(on)}${late ? `, ${late} day(s) after the due date` : ', in time'}` : 'no completion date given'),
  completedIn: (year, file) => ` (per the ${year} report: ${file})`,
  overdueHead: (n, days) => `Overdue by ${days} day(s), not reported completed (${n}):`,
  notReportedHead: (n) => `Past the due date, no report from the unit this year (${n}):`,
  notDueHead: (n, days) => `Not yet due, ${days} day(s) left (${n}):`,
  reported: { not_started: 'not started', in_progress: 'in progress', ongoing: 'ongoing', completed: 'completed', not_in_report: 'not mentioned in the report', no_report: 'no counted report' },
  roleShort: { lead: 'lead', implementing: 'implementing', cooperating: 'cooperating' },
  empty: 'GROUPS WITH NO UNITS',
  verdictAll: (allOnTime, units, onTime) =>
    allOnTime ? `In short: all ${units} units reported on time.` : `In short: ${onTime}/${units} units reported on time; ${units - onTime} need following up.`,
};

export const CHECK_WORDS: Record<Lang, CheckWords> = { vi, en };
