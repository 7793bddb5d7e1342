// A unit's report once read and checked: dates as ISO, money as whole đồng, text in NFC.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { UnitReport } from '../generated/schema-types.js';
import type { IsoDate } from '../text/calendar.js';

export type TaskStatus = UnitReport['tasks'][number]['status'];

export interface TaskReportModel {
  id: string;
  status: TaskStatus;
  completedOn?: IsoDate;
  results?: string;
  indicators: { name: string; value: number; unit: string }[];
  /** đồng by funding source id of plan/funding.yaml. */
  funding: Record<string, number>;
  difficulties?: string;
}

export interface ReportModel {
  agency: string;
  year: number;
  submitted: IsoDate;
  number?: string;
  /** The ad hoc request the report answers; absent for a yearly report. */
  request?: string;
  signer?: { name?: string; title?: string };
  period?: { from: IsoDate; to: IsoDate };
  tasks: TaskReportModel[];
  summary: ReportSummary;
  proposals: string[];
  /** Parallel to `proposals`: to whom each is addressed, when the report says (else null). */
  proposalsTo?: (Addressee | null)[];
  /** Phương hướng, nhiệm vụ năm tới. */
  nextYear?: string[];
  /**
   * The tasks the plan gives the unit for the year that the report does not mention, or left as
   * the form wrote them: the summary says "không báo cáo" for each.
   */
  notReported?: string[];
}

/** Đánh giá chung; causes may be split into objective (khách quan) and subjective (chủ quan). */
export interface ReportSummary {
  achievements?: string;
  limitations?: string;
  causes?: string;
  causesObjective?: string;
  causesSubjective?: string;
}

/** The model's keys of the summary and the report's YAML field for each. */
export const SUMMARY_FIELDS = [
  ['achievements', 'achievements'],
  ['limitations', 'limitations'],
  ['causes', 'causes'],
  ['causesObjective', 'causes_objective'],
  ['causesSubjective', 'causes_subjective'],
] as const satisfies readonly (readonly [keyof ReportSummary, string])[];

/** To whom a proposal is addressed: Trung ương, Ủy ban nhân dân tỉnh, sở, ngành, địa phương. */
export type Addressee = 'central' | 'province' | 'local';

/** The outcome of reading one report file: always a value, never an exception. */
export interface CheckedReport {
  /** The file as shown to the user. */
  file: string;
  /** Absolute path. */
  path: string;
  /** The decoded text, when the file could be read and has findings (to quote the lines they point at). */
  text?: string;
  /** The report, when it has no errors (warnings allowed) and is not blank. */
  report?: ReportModel;
  /**
   * Still the form: placeholders left or no results text for any task. A blank report has no
   * `report`, and its diagnostics say what is left to fill in.
   */
  blank: boolean;
  /** What the file says it is, read as far as possible even when invalid (for grouping). */
  claimed: { agency?: string; year?: number; submitted?: IsoDate };
  diagnostics: Diagnostic[];
}

/** Placeholders of the blank form ("<<Ghi kết quả thực hiện>>"): text the clerk must replace. */
export const PLACEHOLDER = /^<<[\s\S]*>>$/;

export function isPlaceholder(v: unknown): boolean {
  return typeof v === 'string' && PLACEHOLDER.test(v.trim());
}
