// A request for reports: who must report what, by when, asked by which document. The plan's
// yearly cycle is the standing request the plan itself makes (every unit it gives tasks to,
// by the plan's deadline); an ad hoc request (đột xuất) is one the department adds as data
// (requests/<id>.yaml) with its own document, units, tasks, period and deadlines. Commands take
// a request and ask the same questions of both. Pure.
import { diagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { closest } from '../diagnostics/suggest.js';
import type { ReportRequest as RequestFile } from '../generated/schema-types.js';
import { parseDate, type IsoDate } from '../text/calendar.js';
import type { DataPath } from '../yaml/data-path.js';
import { locate, type SourceDocument } from '../yaml/read.js';
import { jsonType, schemaDiagnostics } from '../schema/errors.js';
import { validatorFor } from '../schema/validators.js';
import { typeBySchema } from '../schema/typing.js';
import { planDate, provincialReportDeadline, resolveOn, unitReportDeadline, type PlanModel } from '../plan/model.js';
import type { RequestScope } from './submissions.js';

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

/** An ad hoc request read from its file: the request, or what is wrong with the file. */
export type RequestRead = { ok: true; request: ReportingRequest; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Checks a parsed requests/<id>.yaml against its schema and the plan (units, groups and tasks
 * exist; the id is the file's name) and makes it a request. `expectedId`: the file's name
 * without .yaml.
 */
export function requestFromFile(plan: PlanModel, source: SourceDocument, value: unknown, expectedId: string): RequestRead {
  const at = (path: DataPath) => ({ file: source.file, range: locate(source, path) });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, diagnostics: [diagnostic('yaml-not-a-map', 'error', { actual: jsonType(value) }, { file: source.file })] };
  }
  // The reader keeps scalars as text: the schema gives them their types.
  const typed = typeBySchema(value, 'request').value;
  const validate = validatorFor('request');
  if (!validate(typed)) return { ok: false, diagnostics: schemaDiagnostics(validate.errors ?? [], source, typed) };
  const data = typed as RequestFile;
  const diagnostics: Diagnostic[] = [];
  if (data.id !== expectedId) diagnostics.push(diagnostic('request-id-mismatch', 'error', { id: data.id, expected: expectedId }, at(['id'])));
  const unitIds = [...plan.units.keys(), ...plan.groups.keys()];
  (data.units ?? []).forEach((id, i) => {
    if (!plan.units.has(id) && !plan.groups.has(id)) diagnostics.push(diagnostic('plan-unknown-id', 'error', { id, kind: 'unit', suggestion: closest(id, unitIds) }, at(['units', i])));
  });
  const taskIds = plan.tasks.map((t) => t.id);
  (data.tasks ?? []).forEach((id, i) => {
    if (!taskIds.includes(id)) diagnostics.push(diagnostic('report-unknown-task', 'error', { id, suggestion: closest(id, taskIds) }, at(['tasks', i])));
  });
  const date = (text: string) => {
    const d = parseDate(text);
    return d.ok ? d.date : undefined;
  };
  const deadline = date(data.deadline);
  const documentDate = date(data.document.date);
  const from = data.period ? date(data.period.from) : undefined;
  const to = data.period ? date(data.period.to) : undefined;
  if (data.period && from !== undefined && to !== undefined && from > to) diagnostics.push(diagnostic('report-period-order', 'error', { from, to }, at(['period', 'from'])));
  if (hasErrors(diagnostics) || deadline === undefined || documentDate === undefined) return { ok: false, diagnostics };
  const identity = plan.data.identity;
  const request: ReportingRequest = {
    id: data.id,
    adHoc: true,
    year: data.year,
    title: data.title,
    document: { kind: data.document.kind, number: data.document.number, date: documentDate, issuer: data.document.issuer },
    planDate: planDate(identity.date),
    deadline,
    provincialDeadline: (data.provincialDeadline !== undefined ? date(data.provincialDeadline) : undefined) ?? deadline,
    units: data.units ?? null,
    tasks: data.tasks ?? null,
    period: from !== undefined && to !== undefined ? { from, to } : null,
  };
  if (data.compiler !== undefined) request.compiler = data.compiler;
  return { ok: true, request, diagnostics };
}

/**
 * What the cycle needs of a request: its deadlines, its units (groups resolved on its deadline)
 * and tasks. The yearly request gives the plan's deadlines and no limits, which is the plan's own
 * rule (a test holds that both give the same summary).
 */
export function requestScope(plan: PlanModel, request: ReportingRequest): RequestScope {
  if (!request.adHoc) return { deadline: request.deadline, provincialDeadline: request.provincialDeadline, units: null, tasks: null };
  let units: Set<string> | null = null;
  if (request.units !== null) {
    units = new Set();
    for (const id of request.units) for (const u of resolveOn(plan, id, request.deadline).units) units.add(u.id);
  }
  return { requestId: request.id, deadline: request.deadline, provincialDeadline: request.provincialDeadline, units, tasks: request.tasks === null ? null : new Set(request.tasks) };
}
