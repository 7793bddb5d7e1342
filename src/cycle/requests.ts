// A request for reports: who must report what, by when, asked by which document. The plan's
// yearly cycle is the standing request the plan itself makes (every unit it gives tasks to,
// by the plan's deadline); an ad hoc request (đột xuất) is one the department adds as data
// (requests/<id>.yaml) with its own document, units, tasks, period and deadlines. Commands take
// a request and ask the same questions of both. Pure.
import type { IsoDate } from '../text/calendar.js';
import { planDate, provincialReportDeadline, unitReportDeadline, type PlanModel } from '../plan/model.js';

/** The id of the yearly cycle's request (never a valid id of an ad hoc request file). */
export const YEARLY = 'yearly';

export interface RequestingDocument {
  kind: string;
  number: string;
  date: IsoDate;
  issuer: string;
}

export interface ReportingRequest {
  /** YEARLY for the plan's own cycle, else the request's id (reports answer with `request: <id>`). */
  id: string;
  adHoc: boolean;
  /** The reporting year: the `year` the answers give, and the year of the plan's assignments. */
  year: number;
  /** What is asked, e.g. "báo cáo kết quả 6 tháng đầu năm 2025" (the plan's title for the yearly cycle). */
  title: string;
  /** The document that asks: the plan itself for the yearly cycle. */
  document: RequestingDocument;
  /** The plan's date (both kinds: the letter cites the plan). */
  planDate: IsoDate;
  /** The last day a unit's answer counts as on time. */
  deadline: IsoDate;
  /** The last day for the department's compiled answer. */
  provincialDeadline: IsoDate;
  /** The units asked (ids of units or groups of the plan); null: every unit the plan gives a task to. */
  units: readonly string[] | null;
  /** The tasks asked about; null: every task. */
  tasks: readonly string[] | null;
  /** The period the figures cover. */
  period: { from: IsoDate; to: IsoDate } | null;
  /** The unit that compiles, when not the plan's. */
  compiler?: string;
}

/** The yearly cycle as a request: the plan's own deadlines, every expected unit, every task. */
export function yearlyRequest(plan: PlanModel, year: number): ReportingRequest {
  const identity = plan.data.identity;
  const date = planDate(identity.date);
  return {
    id: YEARLY,
    adHoc: false,
    year,
    title: identity.title,
    document: { kind: identity.kind, number: identity.number, date, issuer: identity.issuer.name },
    planDate: date,
    deadline: unitReportDeadline(plan, year),
    provincialDeadline: provincialReportDeadline(plan, year),
    units: null,
    tasks: null,
    period: null,
  };
}
