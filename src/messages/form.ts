// The words of the browser form (`kt-bio template --html`): labels, buttons, notices. Findings
// shown next to the fields are the diagnostics' own messages (vi.ts, en.ts). The type makes a
// missing translation a compile error.
import type { Lang } from './entry.js';

export type FormStatus = 'not_started' | 'in_progress' | 'completed' | 'ongoing';
export type FormRole = 'lead' | 'implementing' | 'cooperating';

export interface FormWords {
  /** The language the toggle switches to, named in that language. */
  otherLanguage: string;
  title: (unit: string, year: number) => string;
  heading: (planKind: string, number: string, year: number) => string;
  planLine: (kind: string, number: string, date: string, issuer: string) => string;
  unitLine: (unit: string) => string;
  sendLine: (recipient: string, deadline: string) => string;
  howTo: string[];
  noScript: string;
  toolbar: string;
  save: (file: string) => string;
  open: string;
  print: string;
  clearDraft: string;
  confirmClear: string;
  draftCleared: string;
  draftRestored: string;
  draftSaved: string;
  draftUnavailable: string;
  saved: (file: string) => string;
  savedWithFindings: (file: string, errors: number, warnings: number) => string;
  allValid: string;
  findingsCount: (errors: number, warnings: number) => string;
  opened: (file: string) => string;
  openFailed: (file: string) => string;
  otherUnit: (file: string, agency: string, year: string) => string;
  unplacedTask: (id: string) => string;
  unplacedField: (field: string) => string;
  lineAt: (line: number, column: number) => string;
  fileFindings: (file: string) => string;
  formFindings: string;
  sectionDocument: string;
  sectionTasks: string;
  sectionSummary: string;
  sectionProposals: string;
  required: string;
  optional: string;
  submitted: string;
  number: string;
  signerName: string;
  signerTitle: string;
  periodFrom: string;
  periodTo: string;
  dateHint: (year: number) => string;
  numberHint: string;
  task: (id: string, title: string) => string;
  role: (role: FormRole) => string;
  roleLine: (role: string) => string;
  via: (group: string) => string;
  roleNote: string;
  inheritedFrom: (from: string) => string;
  timeframe: (label: string, due?: string) => string;
  planText: string;
  status: string;
  choose: string;
  statusName: (s: FormStatus) => string;
  completedOn: string;
  completedOnHint: string;
  results: string;
  difficulties: string;
  indicators: string;
  indicatorName: string;
  indicatorValue: string;
  indicatorUnit: string;
  indicatorRow: (n: number) => string;
  addIndicator: string;
  removeIndicator: (n: number) => string;
  funding: string;
  amountHint: string;
  achievements: string;
  limitations: string;
  causes: string;
  proposal: (n: number) => string;
  addProposal: string;
  removeProposal: (n: number) => string;
  hint: string;
  severity: (s: 'error' | 'warning' | 'info') => string;
  skipToTasks: string;
  languageToggle: string;
}

const STATUS_VI: Record<FormStatus, string> = {
  not_started: 'Chưa triển khai',
  in_progress: 'Đang thực hiện, chưa hoàn thành',
  completed: 'Đã hoàn thành',
  ongoing: 'Đang thực hiện thường xuyên',
};
const STATUS_EN: Record<FormStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress, not finished',
  completed: 'Completed',
  ongoing: 'Ongoing (recurring task)',
};
const ROLE_VI: Record<FormRole, string> = { lead: 'chủ trì', implementing: 'thực hiện', cooperating: 'phối hợp' };
const ROLE_EN: Record<FormRole, string> = { lead: 'lead', implementing: 'implementing', cooperating: 'cooperating' };

const vi: FormWords = {
  otherLanguage: 'English',
  title: (unit, year) => `Báo cáo năm ${year} — ${unit}`,
  heading: (kind, number, year) => `Báo cáo kết quả thực hiện ${kind} số ${number} năm ${year}`,
  planLine: (kind, number, date, issuer) => `${kind} số ${number} ngày ${date} của ${issuer}`,
  unitLine: (unit) => `Đơn vị báo cáo: ${unit}`,
  sendLine: (recipient, deadline) => `Gửi: ${recipient}, chậm nhất ngày ${deadline}.`,
  howTo: [
    'Điền từng ô; lỗi (nếu có) hiện ngay dưới ô khi gõ. Ô có dấu * là bắt buộc.',
    'Nội dung được giữ tự động trong trình duyệt này: đóng trang vẫn không mất.',
    'Điền xong, bấm “Lưu tệp” để tải về tệp .yaml và gửi tệp đó; tệp này đọc được bằng Notepad.',
    'Tệp .yaml đã lưu hoặc đã gõ trước đây có thể mở lại bằng nút “Mở tệp .yaml”.',
  ],
  noScript: 'Trang này cần JavaScript để điền báo cáo. Hãy mở bằng Edge, Chrome hoặc Firefox.',
  toolbar: 'Thao tác với báo cáo',
  save: (file) => `Lưu tệp ${file}`,
  open: 'Mở tệp .yaml',
  print: 'In',
  clearDraft: 'Xoá bản nháp',
  confirmClear: 'Xoá mọi nội dung đã nhập trong mẫu này? Tệp đã lưu không bị ảnh hưởng.',
  draftCleared: 'Đã xoá bản nháp; mẫu trở lại trống.',
  draftRestored: 'Đã khôi phục bản nháp đang điền dở.',
  draftSaved: 'Bản nháp đã được giữ trong trình duyệt.',
  draftUnavailable: 'Trình duyệt không cho giữ bản nháp: hãy lưu tệp trước khi đóng trang.',
  saved: (file) => `Đã lưu ${file}: báo cáo hợp lệ, có thể gửi.`,
  savedWithFindings: (file, errors, warnings) => `Đã lưu ${file}, nhưng còn ${errors} lỗi và ${warnings} cảnh báo (xem các ô được đánh dấu). Sửa xong hãy lưu lại.`,
  allValid: 'Báo cáo hợp lệ.',
  findingsCount: (errors, warnings) => `Còn ${errors} lỗi, ${warnings} cảnh báo.`,
  opened: (file) => `Đã mở ${file}.`,
  openFailed: (file) => `Không đọc được ${file}:`,
  otherUnit: (file, agency, year) => `Tệp ${file} là báo cáo của "${agency}" năm ${year}, không phải của mẫu này; nội dung các nhiệm vụ trùng mã vẫn được điền vào.`,
  unplacedTask: (id) => `Nhiệm vụ "${id}" trong tệp không có trong mẫu của đơn vị; nội dung của nó chưa được điền vào.`,
  unplacedField: (field) => `Mục "${field}" trong tệp không có ô tương ứng; chưa được điền vào.`,
  lineAt: (line, column) => `dòng ${line}, cột ${column}`,
  fileFindings: (file) => `Những điều cần sửa trong tệp ${file}:`,
  formFindings: 'Những điều cần sửa:',
  sectionDocument: 'Văn bản báo cáo',
  sectionTasks: 'Kết quả thực hiện các nhiệm vụ',
  sectionSummary: 'Đánh giá chung',
  sectionProposals: 'Đề xuất, kiến nghị',
  required: 'bắt buộc',
  optional: 'tùy chọn',
  submitted: 'Ngày ký văn bản báo cáo',
  number: 'Số, ký hiệu văn bản',
  signerName: 'Họ và tên người ký',
  signerTitle: 'Chức vụ người ký',
  periodFrom: 'Số liệu tính từ ngày',
  periodTo: 'đến ngày',
  dateHint: (year) => `ngày/tháng/năm, ví dụ 18/11/${year}`,
  numberHint: 'ví dụ 215/BC-ABC',
  task: (id, title) => `Nhiệm vụ ${id}: ${title}`,
  role: (role) => ROLE_VI[role],
  roleLine: (role) => `Vai trò của đơn vị: ${role}`,
  via: (group) => ` (Kế hoạch giao cho: ${group})`,
  roleNote: 'Phần việc của đơn vị',
  inheritedFrom: (from) => `Tiếp nhận từ ${from}.`,
  timeframe: (label, due) => `Thời gian thực hiện: ${label}${due ? ` (hạn ${due})` : ''}`,
  planText: 'Nội dung nhiệm vụ theo Kế hoạch',
  status: 'Tình trạng',
  choose: '— chọn —',
  statusName: (s) => STATUS_VI[s],
  completedOn: 'Ngày hoàn thành',
  completedOnHint: 'chỉ ghi khi đã hoàn thành',
  results: 'Kết quả thực hiện trong năm',
  difficulties: 'Khó khăn, vướng mắc',
  indicators: 'Chỉ tiêu, số liệu',
  indicatorName: 'Tên chỉ tiêu',
  indicatorValue: 'Giá trị (con số)',
  indicatorUnit: 'Đơn vị tính',
  indicatorRow: (n) => `Chỉ tiêu ${n}`,
  addIndicator: 'Thêm chỉ tiêu',
  removeIndicator: (n) => `Bỏ chỉ tiêu ${n}`,
  funding: 'Kinh phí đã chi trong năm (số đồng; không chi ghi 0)',
  amountHint: 'ví dụ 350.000.000',
  achievements: 'Kết quả đạt được',
  limitations: 'Tồn tại, hạn chế',
  causes: 'Nguyên nhân của tồn tại, hạn chế',
  proposal: (n) => `Đề xuất ${n}`,
  addProposal: 'Thêm đề xuất',
  removeProposal: (n) => `Bỏ đề xuất ${n}`,
  hint: 'Cách sửa',
  severity: (s) => ({ error: 'Lỗi', warning: 'Lưu ý', info: 'Ghi chú' })[s],
  skipToTasks: 'Đến phần nhiệm vụ',
  languageToggle: 'Switch the form to English',
};

const en: FormWords = {
  otherLanguage: 'Tiếng Việt',
  title: (unit, year) => `${year} report — ${unit}`,
  heading: (kind, number, year) => `Progress report on ${kind} No. ${number}, year ${year}`,
  planLine: (kind, number, date, issuer) => `${kind} No. ${number} of ${date}, issued by ${issuer}`,
  unitLine: (unit) => `Reporting unit: ${unit}`,
  sendLine: (recipient, deadline) => `Send to: ${recipient}, by ${deadline} at the latest.`,
  howTo: [
    'Fill in each field; problems show right under the field as you type. Fields marked * are required.',
    'What you type is kept in this browser automatically: closing the page loses nothing.',
    'When done, press “Save file” to download the .yaml file and send that file; Notepad can read it.',
    'A .yaml file saved or typed before can be opened again with “Open .yaml file”.',
  ],
  noScript: 'This page needs JavaScript to fill in the report. Open it in Edge, Chrome or Firefox.',
  toolbar: 'Report actions',
  save: (file) => `Save file ${file}`,
  open: 'Open .yaml file',
  print: 'Print',
  clearDraft: 'Clear draft',
  confirmClear: 'Clear everything typed in this form? Files already saved are not affected.',
  draftCleared: 'Draft cleared; the form is blank again.',
  draftRestored: 'The draft in progress was restored.',
  draftSaved: 'The draft is kept in this browser.',
  draftUnavailable: 'This browser does not allow keeping a draft: save the file before closing the page.',
  saved: (file) => `Saved ${file}: the report is valid and ready to send.`,
  savedWithFindings: (file, errors, warnings) => `Saved ${file}, but ${errors} error(s) and ${warnings} warning(s) remain (see the marked fields). Save again once fixed.`,
  allValid: 'The report is valid.',
  findingsCount: (errors, warnings) => `${errors} error(s), ${warnings} warning(s) left.`,
  opened: (file) => `Opened ${file}.`,
  openFailed: (file) => `Could not read ${file}:`,
  otherUnit: (file, agency, year) => `${file} is the report of "${agency}" for ${year}, not of this form; tasks with the same ids were still filled in.`,
  unplacedTask: (id) => `Task "${id}" of the file is not in this unit's form; its content was not filled in.`,
  unplacedField: (field) => `"${field}" of the file has no field in the form; it was not filled in.`,
  lineAt: (line, column) => `line ${line}, column ${column}`,
  fileFindings: (file) => `To fix in ${file}:`,
  formFindings: 'To fix:',
  sectionDocument: 'The report document',
  sectionTasks: 'Progress on each task',
  sectionSummary: 'Overall assessment',
  sectionProposals: 'Proposals',
  required: 'required',
  optional: 'optional',
  submitted: 'Date the report is signed',
  number: 'Document number and code',
  signerName: 'Signer’s full name',
  signerTitle: 'Signer’s title',
  periodFrom: 'Figures from',
  periodTo: 'to',
  dateHint: (year) => `day/month/year, e.g. 18/11/${year}`,
  numberHint: 'e.g. 215/BC-ABC',
  task: (id, title) => `Task ${id}: ${title}`,
  role: (role) => ROLE_EN[role],
  roleLine: (role) => `The unit’s role: ${role}`,
  via: (group) => ` (assigned by the plan to: ${group})`,
  roleNote: 'The unit’s part',
  inheritedFrom: (from) => `Taken over from ${from}.`,
  timeframe: (label, due) => `Timeframe: ${label}${due ? ` (due ${due})` : ''}`,
  planText: 'The task as the plan words it',
  status: 'Status',
  choose: '— choose —',
  statusName: (s) => STATUS_EN[s],
  completedOn: 'Date completed',
  completedOnHint: 'only when completed',
  results: 'Results this year',
  difficulties: 'Difficulties',
  indicators: 'Indicators, figures',
  indicatorName: 'Indicator',
  indicatorValue: 'Value (a number)',
  indicatorUnit: 'Unit of measure',
  indicatorRow: (n) => `Indicator ${n}`,
  addIndicator: 'Add an indicator',
  removeIndicator: (n) => `Remove indicator ${n}`,
  funding: 'Spent this year (in đồng; write 0 if nothing)',
  amountHint: 'e.g. 350.000.000',
  achievements: 'Achievements',
  limitations: 'Shortcomings',
  causes: 'Causes of the shortcomings',
  proposal: (n) => `Proposal ${n}`,
  addProposal: 'Add a proposal',
  removeProposal: (n) => `Remove proposal ${n}`,
  hint: 'Fix',
  severity: (s) => ({ error: 'Error', warning: 'Warning', info: 'Note' })[s],
  skipToTasks: 'Skip to the tasks',
  languageToggle: 'Chuyển mẫu sang tiếng Việt',
};

export const FORM_WORDS: Record<Lang, FormWords> = { vi, en };
