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
  signer?: { name?: string; title?: string };
  period?: { from: IsoDate; to: IsoDate };
  tasks: TaskReportModel[];
  summary: { achievements?: string; limitations?: string; causes?: string };
  proposals: string[];
}

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
