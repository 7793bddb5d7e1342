// `kt-bio check`: the submission summary as a table grouped by status (Vietnamese or English),
// or as data for scripts. Pure functions from the summary to text.
import { targetsText } from './targets-view.js';
import type { ChalkInstance } from 'chalk';
import { localize, type Lang } from '../messages/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Unit } from '../generated/schema-types.js';
import { formatDateNumeric, formatDateVi, type IsoDate } from '../text/calendar.js';
import { groupThousands } from '../text/money.js';
import { planDate, type PlanModel } from '../plan/model.js';
import {
  cycleDiagnostics,
  SUBMISSION_STATUSES,
  type DatedTaskUnit,
  type FileRole,
  type FileVerdict,
  type SubmissionStatus,
  type SubmissionSummary,
  type SubmittedFile,
  type UnitSubmission,
} from '../cycle/submissions.js';
import { colors, diagnosticToJson } from './diagnostics.js';

/** Where the reports were read from, as the command found it. */
export interface ReportsSource {
  /**
   * year_folder: <reports>/<year>; given_folder: the --reports folder itself (it has no <year>
   * subfolder); none: no such folder, so nothing was received.
   */
  kind: 'year_folder' | 'given_folder' | 'none';
  /** The folder read, as shown; null when none. */
  folder: string | null;
  /** <reports>/<year> as shown: the folder looked for first. */
  yearFolder: string;
  /** How many report files were read. */
  files: number;
  /** Entries of the folder that are not .yaml/.yml files. */
  skipped: string[];
  /** What the listing noticed about files it read (a link leading out of the folder, a .yaml.txt). */
  notices?: Diagnostic[];
}

type Texts = (typeof L)['vi'];

const L = {
  vi: {
    title: (p: PlanModel, year: number, today: IsoDate) =>
      `TÌNH HÌNH BÁO CÁO ${p.period ? p.period.name.toLocaleUpperCase('vi') : 'NĂM'} ${year} — ${p.data.identity.kind} số ${p.data.identity.number} ngày ${formatDateVi(planDate(p.data.identity.date))} của ${p.data.identity.issuer.short}\nNgày xét: ${formatDateVi(today)}`,
    folder: (s: ReportsSource) =>
      s.kind === 'year_folder'
        ? `Thư mục báo cáo: ${s.folder} (${s.files} tệp)`
        : s.kind === 'given_folder'
          ? `Thư mục báo cáo: ${s.folder} (${s.files} tệp; không có thư mục con ${s.yearFolder} nên đọc các tệp ngay trong thư mục này)`
          : `Chưa có thư mục ${s.yearFolder}: chưa nhận được báo cáo nào, mọi đơn vị được tính là chưa gửi.`,
    noFiles: 'Thư mục không có tệp báo cáo (.yaml) nào: mọi đơn vị được tính là chưa gửi.',
    skipped: (files: string[]) => `Bỏ qua ${files.length} mục không phải tệp .yaml: ${files.join(', ')}`,
    unitDeadline: (date: IsoDate, left: number, past: number) =>
      `Hạn các đơn vị gửi báo cáo: ${formatDateVi(date)} — ${past > 0 ? `đã quá hạn ${past} ngày` : left > 0 ? `còn ${left} ngày` : 'hôm nay là hạn cuối'}.`,
    provincialDeadline: (date: IsoDate, left: number, past: number) =>
      `Hạn tổng hợp báo cáo của tỉnh: ${formatDateVi(date)} — ${past > 0 ? `đã quá hạn ${past} ngày` : left > 0 ? `còn ${left} ngày` : 'hôm nay là hạn cuối'}.`,
    status: {
      on_time: 'ĐÚNG HẠN',
      late: 'TRỄ HẠN',
      blank: 'GỬI MẪU TRỐNG — chưa tính là đã báo cáo',
      invalid: 'CÓ LỖI — chưa tính là đã báo cáo',
      missing: 'CHƯA GỬI',
    } as Record<SubmissionStatus, string>,
    missingWhen: (past: number, left: number) => (past > 0 ? ` — quá hạn ${past} ngày` : ` — còn ${left} ngày đến hạn`),
    col: { id: 'Mã', unit: 'Đơn vị', submitted: 'Ngày ký', number: 'Số, ký hiệu', late: 'Trễ', file: 'Tệp', problem: 'Lỗi đầu tiên', left: 'Còn thiếu' },
    days: (n: number) => `${n} ngày`,
    validate: (file: string, options: string) => `→ xem đủ: kt-bio validate ${file}${options}`,
    corrected: (file: string) => `nội dung lấy từ bản bổ sung ${file}`,
    duplicates: 'NHIỀU TỆP CỦA CÙNG MỘT ĐƠN VỊ (bản bổ sung): bản hợp lệ gửi sau cùng cho nội dung, bản hợp lệ gửi đầu tiên quyết định đúng hạn hay trễ',
    role: {
      content_and_timeliness: 'được tính (nội dung và thời hạn)',
      content: 'nội dung được dùng (bản hợp lệ gửi sau cùng)',
      timeliness: 'quyết định thời hạn (bản hợp lệ gửi đầu tiên); nội dung đã được thay',
      superseded: 'đã được thay bằng bản sau',
      not_counted: 'không tính',
    } as Record<FileRole, string>,
    verdict: { valid: 'hợp lệ', blank: 'mẫu trống', invalid: 'có lỗi' } as Record<FileVerdict, string>,
    byFileName: 'nhận theo tên tệp',
    noDate: 'không rõ ngày',
    strays: (year: number) => `TỆP KHÔNG THUỘC ĐƠN VỊ NÀO PHẢI BÁO CÁO NĂM ${year}`,
    rates: 'TỶ LỆ BÁO CÁO (đã báo cáo = đúng hạn + trễ hạn; tính trên số đơn vị phải báo cáo)',
    ratesLine: (c: SubmissionSummary['rates']['overall'], pct: (n: number | null) => string) =>
      `Phải báo cáo: ${c.expected} đơn vị. Đã báo cáo: ${c.reported} (${pct(c.reportingRate)}), trong đó đúng hạn ${c.onTime} (${pct(c.onTimeRate)}), trễ hạn ${c.late}. Mẫu trống: ${c.blank}. Có lỗi: ${c.invalid}. Chưa gửi: ${c.missing}.`,
    rateCols: ['Loại đơn vị', 'Phải BC', 'Đã BC', 'Tỷ lệ', 'Đúng hạn', 'Tỷ lệ'],
    kind: { department: 'Sở, ngành', board: 'Ban, văn phòng, thanh tra', district: 'UBND cấp huyện', commune: 'UBND cấp xã', organisation: 'Tổ chức khác' } as Record<Unit['kind'], string>,
    dated: 'NHIỆM VỤ CÓ THỜI HẠN',
    due: (label: string, due: IsoDate) => `${label} (hạn ${formatDateVi(due)})`,
    completedHead: (n: number) => `Đã báo cáo hoàn thành (${n}):`,
    completedRow: (on: IsoDate | undefined, late: number | undefined) => (on ? `ngày ${formatDateVi(on)}${late ? `, sau hạn ${late} ngày` : ', đúng hạn'}` : 'không ghi ngày hoàn thành'),
    completedIn: (year: number, file: string) => ` (theo báo cáo năm ${year}: ${file})`,
    overdueHead: (n: number, days: number) => `Quá hạn ${groupThousands(days)} ngày, chưa báo cáo hoàn thành (${n}):`,
    notReportedHead: (n: number) => `Đã quá hạn, đơn vị chưa báo cáo năm nay (${n}):`,
    notDueHead: (n: number, days: number) => `Chưa đến hạn, còn ${days} ngày (${n}):`,
    reported: { not_started: 'chưa triển khai', in_progress: 'đang thực hiện', ongoing: 'đang thực hiện thường xuyên', completed: 'hoàn thành', not_in_report: 'báo cáo không nêu nhiệm vụ này', no_report: 'chưa có báo cáo được tính' } as Record<DatedTaskUnit['reported'], string>,
    roleShort: { lead: 'chủ trì', implementing: 'thực hiện', cooperating: 'phối hợp' },
    empty: 'NHÓM CHƯA CÓ ĐƠN VỊ',
    verdictAll: (s: SubmissionSummary) =>
      s.allOnTime
        ? `Kết luận: cả ${s.units.length} đơn vị đã báo cáo đúng hạn.`
        : `Kết luận: ${s.rates.overall.onTime}/${s.units.length} đơn vị báo cáo đúng hạn; ${s.units.length - s.rates.overall.onTime} đơn vị cần theo dõi, đôn đốc.`,
    none: '(không có)',
  },
  en: {
    title: (p: PlanModel, year: number, today: IsoDate) =>
      `REPORTING FOR ${p.period ? `${p.period.name} (${p.period.id}) ` : ''}${year} — Plan ${p.data.identity.number} of ${formatDateNumeric(planDate(p.data.identity.date))} (${p.data.identity.issuer.short})\nAs of: ${formatDateNumeric(today)}`,
    folder: (s: ReportsSource) =>
      s.kind === 'year_folder'
        ? `Reports folder: ${s.folder} (${s.files} file(s))`
        : s.kind === 'given_folder'
          ? `Reports folder: ${s.folder} (${s.files} file(s); there is no ${s.yearFolder}, so the files directly in this folder were read)`
          : `There is no folder ${s.yearFolder}: no report has been received, every unit counts as missing.`,
    noFiles: 'The folder holds no report (.yaml) files: every unit counts as missing.',
    skipped: (files: string[]) => `Skipped ${files.length} entries that are not .yaml files: ${files.join(', ')}`,
    unitDeadline: (date: IsoDate, left: number, past: number) =>
      `Units' report deadline: ${formatDateNumeric(date)} — ${past > 0 ? `passed ${past} day(s) ago` : left > 0 ? `${left} day(s) left` : 'today is the last day'}.`,
    provincialDeadline: (date: IsoDate, left: number, past: number) =>
      `Provincial report deadline: ${formatDateNumeric(date)} — ${past > 0 ? `passed ${past} day(s) ago` : left > 0 ? `${left} day(s) left` : 'today is the last day'}.`,
    status: {
      on_time: 'ON TIME',
      late: 'LATE',
      blank: 'BLANK FORM — not counted as reported',
      invalid: 'WITH ERRORS — not counted as reported',
      missing: 'MISSING',
    } as Record<SubmissionStatus, string>,
    missingWhen: (past: number, left: number) => (past > 0 ? ` — ${past} day(s) overdue` : ` — ${left} day(s) to the deadline`),
    col: { id: 'Id', unit: 'Unit', submitted: 'Signed', number: 'Number', late: 'Late', file: 'File', problem: 'First error', left: 'Left to fill' },
    days: (n: number) => `${n} day(s)`,
    validate: (file: string, options: string) => `→ details: kt-bio validate ${file}${options}`,
    corrected: (file: string) => `content from the correction ${file}`,
    duplicates: 'SEVERAL FILES FROM ONE UNIT (corrections): the last valid file gives the content, the first valid one decides on time or late',
    role: {
      content_and_timeliness: 'counted (content and timeliness)',
      content: 'content used (last valid file)',
      timeliness: 'decides timeliness (first valid file); content replaced',
      superseded: 'replaced by a later file',
      not_counted: 'not counted',
    } as Record<FileRole, string>,
    verdict: { valid: 'valid', blank: 'blank form', invalid: 'errors' } as Record<FileVerdict, string>,
    byFileName: 'matched by file name',
    noDate: 'no date',
    strays: (year: number) => `FILES OF NO UNIT EXPECTED TO REPORT FOR ${year}`,
    rates: 'REPORTING RATES (reported = on time + late; over the units expected to report)',
    ratesLine: (c: SubmissionSummary['rates']['overall'], pct: (n: number | null) => string) =>
      `Expected: ${c.expected} units. Reported: ${c.reported} (${pct(c.reportingRate)}), of which on time ${c.onTime} (${pct(c.onTimeRate)}), late ${c.late}. Blank: ${c.blank}. With errors: ${c.invalid}. Missing: ${c.missing}.`,
    rateCols: ['Kind of unit', 'Expected', 'Reported', 'Rate', 'On time', 'Rate'],
    kind: { department: 'Departments', board: 'Boards, offices, inspectorate', district: 'District-level committees', commune: 'Commune-level committees', organisation: 'Other organisations' } as Record<Unit['kind'], string>,
    dated: 'TASKS WITH A DUE DATE',
    due: (label: string, due: IsoDate) => `${label} (due ${formatDateNumeric(due)})`,
    completedHead: (n: number) => `Reported completed (${n}):`,
    completedRow: (on: IsoDate | undefined, late: number | undefined) => (on ? `on ${formatDateNumeric(on)}${late ? `, ${late} day(s) after the due date` : ', in time'}` : 'no completion date given'),
    completedIn: (year: number, file: string) => ` (per the ${year} report: ${file})`,
    overdueHead: (n: number, days: number) => `Overdue by ${days} day(s), not reported completed (${n}):`,
    notReportedHead: (n: number) => `Past the due date, no report from the unit this year (${n}):`,
    notDueHead: (n: number, days: number) => `Not yet due, ${days} day(s) left (${n}):`,
    reported: { not_started: 'not started', in_progress: 'in progress', ongoing: 'ongoing', completed: 'completed', not_in_report: 'not mentioned in the report', no_report: 'no counted report' } as Record<DatedTaskUnit['reported'], string>,
    roleShort: { lead: 'lead', implementing: 'implementing', cooperating: 'cooperating' },
    empty: 'GROUPS WITH NO UNITS',
    verdictAll: (s: SubmissionSummary) =>
      s.allOnTime
        ? `In short: all ${s.units.length} units reported on time.`
        : `In short: ${s.rates.overall.onTime}/${s.units.length} units reported on time; ${s.units.length - s.rates.overall.onTime} need following up.`,
    none: '(none)',
  },
};

/** Columns padded to their widest cell; the last column is left ragged. */
function table(rows: string[][], indent = '  '): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((r) => (indent + r.map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(widths[i]! - [...cell].length))).join('  ')).trimEnd());
}

function percentText(lang: Lang): (n: number | null) => string {
  return (n) => (n === null ? '—' : `${lang === 'vi' ? String(n).replace('.', ',') : String(n)}%`);
}

function problemText(d: Diagnostic | undefined, lang: Lang): string {
  if (!d) return '';
  // A blank form's message already names its lines.
  const where = d.range && d.code !== 'report-blank' ? `${lang === 'vi' ? 'dòng' : 'line'} ${d.range.start.line}: ` : '';
  return where + localize(d, lang).message;
}

/**
 * `options`: the options the user gave that the commands printed in hints need to run on the
 * same plan (` --plan <folder>`), or ''.
 */
export function checkText(plan: PlanModel, s: SubmissionSummary, source: ReportsSource, lang: Lang, color: boolean, options = ''): string {
  const l: Texts = L[lang];
  const c = colors(color);
  const date = lang === 'vi' ? formatDateVi : formatDateNumeric;
  const out: string[] = [c.bold(l.title(plan, s.year, s.today)), l.folder(source)];
  if (source.kind !== 'none' && source.files === 0) out.push(l.noFiles);
  if (source.skipped.length > 0) out.push(l.skipped(source.skipped));
  for (const d of source.notices ?? []) {
    const { message, hint } = localize(d, lang);
    out.push(hint ? `${message} ${hint}` : message);
  }
  out.push(l.unitDeadline(s.cycle.unitDeadline.date, s.cycle.unitDeadline.daysLeft, s.cycle.unitDeadline.daysPast));
  out.push(l.provincialDeadline(s.cycle.provincialDeadline.date, s.cycle.provincialDeadline.daysLeft, s.cycle.provincialDeadline.daysPast));

  for (const status of SUBMISSION_STATUSES) {
    const units = s.units.filter((u) => u.status === status);
    if (units.length === 0) continue;
    const paint = statusColor(c, status);
    const when = status === 'missing' ? l.missingWhen(s.cycle.unitDeadline.daysPast, s.cycle.unitDeadline.daysLeft) : '';
    out.push('', paint(c.bold(`${l.status[status]} (${units.length})${when}`)));
    out.push(...statusTable(units, status, l, lang, date, options));
  }

  const several = s.units.filter((u) => u.files.length > 1);
  if (several.length > 0) {
    out.push('', c.bold(l.duplicates));
    for (const u of several) {
      out.push(`  ${u.unitId} — ${u.short}`);
      out.push(...table(u.files.map((f) => fileRow(f, l, date)), '    '));
    }
  }

  if (s.strays.length > 0) {
    out.push('', c.bold(l.strays(s.year)));
    const findings = cycleDiagnostics(s, { options }).filter((d) => d.code === 'cycle-stray-file');
    s.strays.forEach((f, i) => {
      const { message, hint } = localize(findings[i]!, lang);
      out.push(`  ${f.file} [${l.verdict[f.verdict]}]: ${message}${hint ? ` ${hint}` : ''}`);
      // A file that could not be read at all names no unit: what stopped the read comes first.
      if (f.firstProblem?.code.startsWith('file-')) out.push(`    ${problemText(f.firstProblem, lang)}`);
    });
  }

  out.push('', c.bold(l.rates));
  const pct = percentText(lang);
  out.push(`  ${l.ratesLine(s.rates.overall, pct)}`);
  out.push(...table([l.rateCols, ...s.rates.byKind.map((k) => [l.kind[k.kind], String(k.expected), String(k.reported), pct(k.reportingRate), String(k.onTime), pct(k.onTimeRate)])]));

  if (s.datedTasks.length > 0) {
    out.push('', c.bold(l.dated));
    for (const t of s.datedTasks) {
      out.push(`  ${t.taskId} — ${t.title} — ${l.due(t.timeframeLabel, t.due)}`);
      const who = (u: DatedTaskUnit) => `${u.unitId} (${u.short}, ${l.roleShort[u.role]})`;
      const done = t.units.filter((u) => u.state === 'completed');
      if (done.length > 0) {
        out.push(`    ${l.completedHead(done.length)}`);
        out.push(...table(done.map((u) => [who(u), l.completedRow(u.completedOn, u.completedDaysLate) + (u.completedIn ? l.completedIn(u.completedIn.year, u.completedIn.file) : '')]), '      '));
      }
      const overdue = t.units.filter((u) => u.state === 'overdue');
      if (overdue.length > 0) {
        out.push(c.red(`    ${l.overdueHead(overdue.length, overdue[0]!.daysOverdue!)}`));
        out.push(...table(overdue.map((u) => [who(u), l.reported[u.reported]]), '      '));
      }
      const silent = t.units.filter((u) => u.state === 'not_reported');
      if (silent.length > 0) {
        out.push(`    ${l.notReportedHead(silent.length)}`);
        out.push(...table(silent.map((u) => [who(u), l.reported[u.reported]]), '      '));
      }
      const ahead = t.units.filter((u) => u.state === 'not_yet_due');
      if (ahead.length > 0) {
        out.push(`    ${l.notDueHead(ahead.length, ahead[0]!.daysLeft!)}`);
        out.push(...table(ahead.map((u) => [who(u), l.reported[u.reported]]), '      '));
      }
    }
  }

  if (s.emptyGroups.length > 0) {
    out.push('', c.yellow(c.bold(l.empty)));
    for (const d of cycleDiagnostics(s, { options }).filter((x) => x.code === 'cycle-empty-group')) {
      const { message, hint } = localize(d, lang);
      out.push(`  ! ${message}`);
      if (hint) out.push(`    ${hint}`);
    }
  }

  out.push(...targetsText(s.targets, lang, c.bold));

  out.push('', c.bold(l.verdictAll(s)));
  return out.join('\n') + '\n';
}

function statusColor(c: ChalkInstance, status: SubmissionStatus): (t: string) => string {
  if (status === 'on_time') return c.green;
  if (status === 'late') return c.yellow;
  return c.red;
}

function statusTable(units: UnitSubmission[], status: SubmissionStatus, l: Texts, lang: Lang, date: (d: IsoDate) => string, options: string): string[] {
  const k = l.col;
  if (status === 'on_time' || status === 'late') {
    const head = status === 'late' ? [k.id, k.unit, k.submitted, k.late, k.number, k.file] : [k.id, k.unit, k.submitted, k.number, k.file];
    return table([
      head,
      ...units.map((u) => {
        // The date and number on the row are those of the same document: the one that decided timeliness.
        const timely = u.files.find((f) => f.role === 'timeliness' || f.role === 'content_and_timeliness');
        const file = u.timelinessFile === u.contentFile ? (u.contentFile ?? '') : `${u.timelinessFile ?? ''} (${l.corrected(u.contentFile ?? '')})`;
        const row = [u.unitId, u.short, u.submitted ? date(u.submitted) : '', timely?.number ?? '—', file];
        if (status === 'late') row.splice(3, 0, l.days(u.daysLate ?? 0));
        return row;
      }),
    ]);
  }
  if (status === 'missing') return table([[k.id, k.unit], ...units.map((u) => [u.unitId, u.short])]);
  // blank and invalid: the file that decided, what is wrong with it, and where to see it all.
  const rows: string[][] = [[k.id, k.unit, k.file, status === 'blank' ? k.left : k.problem]];
  const notes: Map<number, string> = new Map();
  for (const u of units) {
    const f = u.files.find((x) => x.verdict === status) ?? u.files[0]!;
    rows.push([u.unitId, u.short, f.matchedBy === 'file_name' ? `${f.file} (${l.byFileName})` : f.file, problemText(f.firstProblem, lang)]);
    if (status === 'invalid') notes.set(rows.length - 1, l.validate(f.file, options));
  }
  const lines = table(rows);
  const out: string[] = [];
  const pad = ' '.repeat(2 + Math.max(...rows.map((r) => [...r[0]!].length)) + 2);
  lines.forEach((line, i) => {
    out.push(line);
    const note = notes.get(i);
    if (note) out.push(pad + note);
  });
  return out;
}

function fileRow(f: SubmittedFile, l: Texts, date: (d: IsoDate) => string): string[] {
  const how = f.matchedBy === 'file_name' ? `, ${l.byFileName}` : '';
  return [f.file, f.submitted ? date(f.submitted) : l.noDate, `${l.verdict[f.verdict]}${how}`, l.role[f.role]];
}

/**
 * The summary for scripts (`kt-bio check --json`, inside the envelope whose `diagnostics` hold
 * cycleDiagnostics). Stable shape: absent values are null; messages are in the chosen language,
 * codes and dates (ISO) are not.
 */
export function checkJson(s: SubmissionSummary, source: ReportsSource, lang: Lang, options = ''): unknown {
  const problem = (d: Diagnostic | undefined) => (d ? diagnosticToJson(d, lang) : null);
  return {
    year: s.year,
    period: s.period,
    today: s.today,
    allOnTime: s.allOnTime,
    // notices only when there are some (undefined is left out of the JSON).
    reports: { ...source, notices: source.notices?.length ? source.notices.map((d) => diagnosticToJson(d, lang)) : undefined },
    cycle: s.cycle,
    rates: s.rates,
    units: s.units.map((u) => ({
      unitId: u.unitId,
      name: u.name,
      short: u.short,
      kind: u.kind,
      status: u.status,
      submitted: u.submitted ?? null,
      daysLate: u.daysLate ?? (u.status === 'on_time' ? 0 : null),
      daysPastDeadline: u.daysPastDeadline ?? null,
      number: u.report?.number ?? null,
      contentFile: u.contentFile ?? null,
      timelinessFile: u.timelinessFile ?? null,
      tasks: u.tasks.map((t) => ({ taskId: t.taskId, role: t.role, inheritedFrom: t.inheritedFrom ?? null })),
      files: u.files.map((f) => ({
        file: f.file,
        verdict: f.verdict,
        role: f.role,
        submitted: f.submitted ?? null,
        number: f.number ?? null,
        daysLate: f.daysLate ?? null,
        matchedBy: f.matchedBy,
        firstProblem: problem(f.firstProblem),
      })),
    })),
    strays: s.strays.map((f) => ({
      file: f.file,
      verdict: f.verdict,
      reason: f.reason,
      agency: f.agency ?? null,
      agencyName: f.agencyName ?? null,
      year: f.year ?? null,
      submitted: f.submitted ?? null,
      successors: f.successors ?? [],
      firstProblem: problem(f.firstProblem),
    })),
    datedTasks: s.datedTasks.map((t) => ({
      ...t,
      units: t.units.map((u) => ({
        unitId: u.unitId,
        name: u.name,
        role: u.role,
        state: u.state,
        reported: u.reported,
        completedOn: u.completedOn ?? null,
        completedIn: u.completedIn ?? null,
        completedDaysLate: u.completedDaysLate ?? null,
        daysOverdue: u.daysOverdue ?? null,
        daysLeft: u.daysLeft ?? null,
      })),
    })),
    emptyGroups: s.emptyGroups.map((g) => ({ ...g, whereToAdd: g.whereToAdd ?? null })),
    targets: s.targets,
  };
}
