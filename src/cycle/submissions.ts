// Where a year's reporting cycle stands: for every unit the plan expects to report, whether its
// report came in on time, late, blank, invalid or not at all; files that belong to no expected
// unit; reporting rates; progress on tasks with a due date; and the days to the deadlines.
// Pure: `kt-bio check` prints it, `kt-bio compile` puts it in its appendix.
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Unit } from '../generated/schema-types.js';
import { baseName, extName, parentFolderName, reportStem } from '../io/paths.js';
import { daysBetween, type IsoDate } from '../text/calendar.js';
import {
  assignmentsOn,
  expectedReporters,
  unitInOffice,
  type ExpectedReporters,
  lifetimeOf,
  provincialReportDeadline,
  taskDeadlines,
  unitNameOn,
  unitReportDeadline,
  type ExpectedReporter,
  type PlanModel,
  type Role,
  type UnitAssignment,
} from '../plan/model.js';
import type { CheckedReport, ReportModel, TaskStatus } from '../report/model.js';
import { targetProgress, type TargetProgress } from './targets.js';

/** The verdict on one unit for the year, in the order `check` lists them. */
export const SUBMISSION_STATUSES = ['on_time', 'late', 'blank', 'invalid', 'missing'] as const;
/**
 * on_time: a valid report submitted no later than the deadline (đúng hạn);
 * late: valid, submitted after it (trễ hạn);
 * blank: only the form came back, placeholders left or no results text (gửi mẫu trống);
 * invalid: no valid file, and at least one with errors (có lỗi);
 * missing: no file at all (chưa gửi).
 * Only on_time and late count as reported.
 */
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** What the reader made of one file: a report, an unfilled form, or errors. */
export type FileVerdict = 'valid' | 'blank' | 'invalid';

/**
 * What a file counts for when a unit sent several (a correction, "bổ sung"): the valid file
 * submitted last gives the content; the valid file submitted first decides on time or late.
 */
export type FileRole =
  /** The unit's only valid file: it gives the content and decides timeliness. */
  | 'content_and_timeliness'
  /** The latest valid file (the correction): its content is the unit's report. */
  | 'content'
  /** The earliest valid file: its date decides on time or late; its content was replaced. */
  | 'timeliness'
  /** A valid file between the first and the last: replaced, and not the one that dates the report. */
  | 'superseded'
  /** Blank or invalid: counts for nothing (it still decides the status when no file is valid). */
  | 'not_counted';

export interface SubmittedFile {
  /** As shown to the user. */
  file: string;
  path: string;
  verdict: FileVerdict;
  role: FileRole;
  /** The `submitted` date the file gives, when readable. */
  submitted?: IsoDate;
  /** Số, ký hiệu, when the file is valid and gives one. */
  number?: string;
  /** Valid files: days after the unit deadline (0 when on time). */
  daysLate?: number;
  /**
   * How the file was tied to the unit: its `agency` field, or — when that is unreadable or not a
   * unit of the plan — its file name (reports/<year>/<unit-id>.yaml).
   */
  matchedBy: 'agency' | 'file_name';
  /** Invalid: its first error; blank: the first thing left to fill in. */
  firstProblem?: Diagnostic;
}

export interface UnitSubmission {
  unitId: string;
  /** The unit's names in force on the deadline. */
  name: string;
  short: string;
  kind: Unit['kind'];
  /** The tasks the plan gives the unit on the deadline. */
  tasks: UnitAssignment[];
  status: SubmissionStatus;
  /** late: days between the deadline and the `submitted` date of the first valid file. */
  daysLate?: number;
  /** blank, invalid, missing: days past the deadline as of today (0 while it has not passed). */
  daysPastDeadline?: number;
  /** on_time, late: the date that decided timeliness (first valid file). */
  submitted?: IsoDate;
  /** on_time, late: the report that counts — the latest valid file's content. */
  report?: ReportModel;
  /** on_time, late: the file `report` comes from. */
  contentFile?: string;
  /** on_time, late: the file whose date decided timeliness. */
  timelinessFile?: string;
  /** Every file tied to the unit, earliest `submitted` first (unreadable dates last). */
  files: SubmittedFile[];
}

/**
 * Why a file is not counted for any expected unit:
 * no_agency — neither its `agency` nor its file name names a unit of the plan;
 * unknown_agency — its `agency` is not a unit of the plan;
 * ended — the unit had ended by the deadline (its tasks passed to `successors`);
 * not_yet_in_office — the unit was created after the deadline;
 * no_tasks — the unit is in office but the plan gives it no task that year;
 * other_year — a report of another year, outside the year's folder;
 * other_request — it answers another request than the one checked (`request:`), or a request
 * when the yearly cycle is checked.
 */
export type StrayReason = 'no_agency' | 'unknown_agency' | 'ended' | 'not_yet_in_office' | 'no_tasks' | 'other_year' | 'other_request';

/**
 * A request for reports other than the plan's own yearly rule (an ad hoc request, đột xuất): its
 * deadlines, the units and tasks it asks about, and the id its answers give in `request:`.
 * Without one, the cycle is the plan's yearly one.
 */
export interface RequestScope {
  /** The id answers give in `request:`; undefined: the yearly cycle (answers give none). */
  requestId?: string;
  deadline: IsoDate;
  provincialDeadline: IsoDate;
  /** Unit ids asked (groups resolved); null: every unit holding one of `tasks` on the deadline. */
  units: ReadonlySet<string> | null;
  /** Task ids asked about; null: every task. */
  tasks: ReadonlySet<string> | null;
}

export interface StrayFile {
  file: string;
  path: string;
  verdict: FileVerdict;
  reason: StrayReason;
  /** The `agency` the file gives (or the unit its name matches). */
  agency?: string;
  /** The unit's name on the deadline, when `agency` is a unit of the plan. */
  agencyName?: string;
  year?: number;
  submitted?: IsoDate;
  /** ended: the units or groups that took over, with their names on the deadline. */
  successors?: { id: string; name: string }[];
  /** other_request: the request the file answers (absent: a yearly report). */
  request?: string;
  firstProblem?: Diagnostic;
}

/** Counts and rates as DHIS2's reporting-rate summary gives them: reported = on time + late. */
export interface ReportingCounts {
  expected: number;
  reported: number;
  onTime: number;
  late: number;
  blank: number;
  invalid: number;
  missing: number;
  /** reported / expected, in percent with one decimal; null when no unit is expected. */
  reportingRate: number | null;
  /** onTime / expected, in percent with one decimal; null when no unit is expected. */
  onTimeRate: number | null;
}

export interface ReportingRates {
  overall: ReportingCounts;
  /** The same counts for each kind of unit (departments, districts…), in the order of the plan. */
  byKind: ({ kind: Unit['kind'] } & ReportingCounts)[];
}

/**
 * A dated task for one unit, as of today:
 * completed — a counted report of the year, or a report of an earlier year (of the unit or of the
 *   unit it took the task over from), says `completed`;
 * overdue — not reported completed, the due date has passed, the unit (or the unit it took the
 *   task over from) was in office on the due date, and its report of the year is in;
 * not_reported — the due date has passed but the unit has no counted report this year: it is
 *   "chưa báo cáo", not overdue by so many days (nothing says the task is not done);
 * created_after_due — the unit came into office after the due date and did not take the task over
 *   from a unit in office then: the date never bound it;
 * not_yet_due — not reported completed, due date still ahead.
 */
export type DatedTaskState = 'completed' | 'overdue' | 'not_reported' | 'created_after_due' | 'not_yet_due';

export interface DatedTaskUnit {
  unitId: string;
  name: string;
  short: string;
  role: Role;
  state: DatedTaskState;
  /**
   * What the counted report says about the task: its status, `not_in_report` when the report
   * leaves the task out, `no_report` when the unit has no counted report.
   */
  reported: TaskStatus | 'not_in_report' | 'no_report';
  /** completed: the `completed_on` date, when given. */
  completedOn?: IsoDate;
  /** completed, as told by a report of an earlier year (not repeated in this year's). */
  completedIn?: { file: string; year: number };
  /** completed with a date: days after the due date it was done (0 when in time). */
  completedDaysLate?: number;
  /** overdue: days past the due date as of today. */
  daysOverdue?: number;
  /** not_yet_due: days left to the due date. */
  daysLeft?: number;
}

export interface DatedTaskProgress {
  taskId: string;
  title: string;
  /** The plan's words, e.g. "Hoàn thành trong quý II/2023"; for a milestone, the milestone's. */
  timeframeLabel: string;
  due: IsoDate;
  /** A milestone (mốc) of the task before or besides its final due date. */
  milestone: boolean;
  /**
   * Every lead and implementing unit holding the task on the deadline, strongest role first.
   * Cooperating units (phối hợp) support the lead: the due date binds the units that do the task.
   */
  units: DatedTaskUnit[];
}

export interface DeadlinePosition {
  date: IsoDate;
  /** Days from today to the deadline (0 on the day and after). */
  daysLeft: number;
  /** Days since the deadline (0 on the day and before). */
  daysPast: number;
}

export interface CyclePosition {
  today: IsoDate;
  /** collecting: to the unit deadline (inclusive); compiling: to the provincial one; closed: after. */
  phase: 'collecting' | 'compiling' | 'closed';
  /** The unit report deadline of the year (reporting.yaml, unitReport). */
  unitDeadline: DeadlinePosition;
  /** The provincial report deadline of the year (reporting.yaml, provincialReport). */
  provincialDeadline: DeadlinePosition;
}

/** A group the plan gives tasks to that has no members on the deadline: nobody can be asked. */
export interface EmptyGroupNotice {
  groupId: string;
  name: string;
  taskIds: string[];
  /** Where the province adds the members (plan/units.yaml's `whereToAdd`). */
  whereToAdd?: string;
}

export interface SubmissionSummary {
  year: number;
  today: IsoDate;
  cycle: CyclePosition;
  /** One entry per expected unit (in office on the deadline, with a task), in the plan's order. */
  units: UnitSubmission[];
  /** Files that count for no expected unit. */
  strays: StrayFile[];
  rates: ReportingRates;
  /** Tasks with a due date (timeframe.due) held by an expected unit. */
  datedTasks: DatedTaskProgress[];
  /** Never counted as missing units: their members are unknown. */
  emptyGroups: EmptyGroupNotice[];
  /** Every expected unit reported on time (what exit code 0 of `check` means). */
  allOnTime: boolean;
  /** The plan's files as shown to the user, for messages that say where to add or fix a unit. */
  planFiles: { units: string; tasks: string };
  /** The plan's numeric targets against what the year's counted reports give (cycle/targets). */
  targets: TargetProgress[];
  /** The reporting period checked (reporting.yaml, periods), or null for the yearly report. */
  period: { id: string; name: string } | null;
}

/**
 * `earlier`: reports of earlier years, read only for dated tasks — a task a unit reported
 * completed in 2023 stays completed in 2024 even when the 2024 report no longer mentions it.
 */
export function submissionStatus(plan: PlanModel, year: number, reports: readonly CheckedReport[], today: IsoDate, earlier: readonly CheckedReport[] = [], scope?: RequestScope): SubmissionSummary {
  const expected = scope ? scopedReporters(plan, year, scope) : expectedReporters(plan, year);
  const deadline = expected.deadline;
  const byUnit = new Map<string, SubmittedFile[]>(expected.reporters.map((r) => [r.unitId, []]));
  const strays: StrayFile[] = [];
  const reportOf = new Map<string, ReportModel>();

  for (const r of reports) {
    const verdict: FileVerdict = r.report ? 'valid' : r.blank ? 'blank' : 'invalid';
    if (r.report) reportOf.set(r.path, r.report);
    const firstProblem = verdict === 'valid' ? undefined : firstProblemOf(r.diagnostics);
    const owner = ownerOf(plan, r);
    // A report answers the request it names; a yearly report names none.
    if (r.report && r.report.request !== scope?.requestId) {
      strays.push(stray(plan, deadline, r, verdict, 'other_request', owner?.unitId, firstProblem));
      continue;
    }
    const claimedYear = r.report?.year ?? r.claimed.year;
    // In reports/<Y>/ a wrong year is the unit's mistake to fix (validation says so); elsewhere a
    // file of another year simply belongs to that year.
    if (claimedYear !== undefined && claimedYear !== year && parentFolderName(r.path) !== String(year)) {
      strays.push(stray(plan, deadline, r, verdict, 'other_year', owner?.unitId, firstProblem));
      continue;
    }
    const files = owner ? byUnit.get(owner.unitId) : undefined;
    if (owner && files) {
      const f: SubmittedFile = { file: r.file, path: r.path, verdict, role: 'not_counted', matchedBy: owner.matchedBy };
      const submitted = r.report?.submitted ?? r.claimed.submitted;
      if (submitted !== undefined) f.submitted = submitted;
      if (r.report?.number !== undefined) f.number = r.report.number;
      if (verdict === 'valid' && submitted !== undefined) f.daysLate = Math.max(0, daysBetween(deadline, submitted));
      if (firstProblem) f.firstProblem = firstProblem;
      files.push(f);
      continue;
    }
    if (!owner) {
      strays.push(stray(plan, deadline, r, verdict, r.claimed.agency === undefined ? 'no_agency' : 'unknown_agency', r.claimed.agency, firstProblem));
      continue;
    }
    const unit = plan.units.get(owner.unitId)!;
    const life = lifetimeOf(unit);
    if (life.until !== undefined && life.until < deadline) {
      const s = stray(plan, deadline, r, verdict, 'ended', owner.unitId, firstProblem);
      s.successors = (unit.successors ?? []).map((id) => ({ id, name: nameOn(plan, id, deadline) }));
      strays.push(s);
    } else if (life.from !== undefined && life.from > deadline) {
      strays.push(stray(plan, deadline, r, verdict, 'not_yet_in_office', owner.unitId, firstProblem));
    } else {
      strays.push(stray(plan, deadline, r, verdict, 'no_tasks', owner.unitId, firstProblem));
    }
  }

  const daysPastDeadline = Math.max(0, daysBetween(deadline, today));
  const units = expected.reporters.map((reporter) => unitSubmission(plan, reporter, byUnit.get(reporter.unitId) ?? [], reportOf, daysPastDeadline));
  const summary: SubmissionSummary = {
    year,
    today,
    cycle: scope ? positionOn(scope.deadline, scope.provincialDeadline, today) : cyclePosition(plan, year, today),
    units,
    strays,
    rates: reportingRates(plan, units),
    datedTasks: datedTaskProgress(plan, units, today, earlier.filter((r) => r.report !== undefined && r.report.year < year)),
    emptyGroups: expected.emptyGroups.map((g) => {
      const group = plan.groups.get(g.groupId);
      const notice: EmptyGroupNotice = { groupId: g.groupId, name: group?.name ?? g.groupId, taskIds: g.taskIds };
      if (group?.whereToAdd !== undefined) notice.whereToAdd = group.whereToAdd;
      return notice;
    }),
    allOnTime: units.every((u) => u.status === 'on_time'),
    planFiles: { units: plan.files.units, tasks: plan.files.tasks },
    targets: [],
    period: plan.period ? { id: plan.period.id, name: plan.period.name } : null,
  };
  summary.targets = targetProgress(plan, summary);
  return summary;
}

/**
 * The units a request asks, in the plan's order: those in office on its deadline that hold one of
 * its tasks then (or every task), limited to its units when it names them. A unit it names that
 * holds none of the tasks is still asked (with no task listed): the request says so.
 */
function scopedReporters(plan: PlanModel, year: number, scope: RequestScope): ExpectedReporters {
  const { assignments, emptyGroups } = assignmentsOn(plan, scope.deadline);
  const byUnit = new Map<string, UnitAssignment[]>();
  for (const a of assignments) {
    if (scope.tasks !== null && !scope.tasks.has(a.taskId)) continue;
    const list = byUnit.get(a.unitId);
    if (list) list.push(a);
    else byUnit.set(a.unitId, [a]);
  }
  const reporters: ExpectedReporter[] = [];
  for (const unit of plan.units.values()) {
    const asked = scope.units === null ? byUnit.has(unit.id) : scope.units.has(unit.id) && unitInOffice(unit, scope.deadline);
    if (!asked) continue;
    reporters.push({ unitId: unit.id, ...unitNameOn(unit, scope.deadline), tasks: byUnit.get(unit.id) ?? [] });
  }
  const groups = scope.tasks === null ? emptyGroups : emptyGroups.map((g) => ({ ...g, taskIds: g.taskIds.filter((t) => scope.tasks!.has(t)) })).filter((g) => g.taskIds.length > 0);
  return { year, deadline: scope.deadline, reporters, emptyGroups: scope.units === null ? groups : [] };
}

/** The unit a file belongs to: its `agency` when that is a unit of the plan, else its file name. */
function ownerOf(plan: PlanModel, r: CheckedReport): { unitId: string; matchedBy: SubmittedFile['matchedBy'] } | undefined {
  const agency = r.report?.agency ?? r.claimed.agency;
  if (agency !== undefined && plan.units.has(agency)) return { unitId: agency, matchedBy: 'agency' };
  const stem = reportStem(r.path);
  if (plan.units.has(stem)) return { unitId: stem, matchedBy: 'file_name' };
  return undefined;
}

function stray(plan: PlanModel, deadline: IsoDate, r: CheckedReport, verdict: FileVerdict, reason: StrayReason, agency: string | undefined, firstProblem: Diagnostic | undefined): StrayFile {
  const s: StrayFile = { file: r.file, path: r.path, verdict, reason };
  if (r.report?.request !== undefined) s.request = r.report.request;
  if (agency !== undefined) s.agency = agency;
  const unit = agency !== undefined ? plan.units.get(agency) : undefined;
  if (unit) s.agencyName = unitNameOn(unit, deadline).name;
  const year = r.report?.year ?? r.claimed.year;
  if (year !== undefined) s.year = year;
  const submitted = r.report?.submitted ?? r.claimed.submitted;
  if (submitted !== undefined) s.submitted = submitted;
  if (firstProblem) s.firstProblem = firstProblem;
  return s;
}

/** The first error by position (what `validate` would show first), else the first finding. */
function firstProblemOf(ds: readonly Diagnostic[]): Diagnostic | undefined {
  const byPosition = [...ds].sort((a, b) => (a.range?.start.line ?? 0) - (b.range?.start.line ?? 0) || (a.range?.start.column ?? 0) - (b.range?.start.column ?? 0));
  return byPosition.find((d) => d.severity === 'error') ?? byPosition[0];
}

function unitSubmission(plan: PlanModel, reporter: ExpectedReporter, files: SubmittedFile[], reportOf: ReadonlyMap<string, ReportModel>, daysPastDeadline: number): UnitSubmission {
  files.sort((a, b) => (a.submitted ?? '9999').localeCompare(b.submitted ?? '9999') || a.file.localeCompare(b.file));
  const base = { unitId: reporter.unitId, name: reporter.name, short: reporter.short, kind: plan.units.get(reporter.unitId)!.kind, tasks: reporter.tasks, files };
  const valid = files.filter((f) => f.verdict === 'valid');
  if (valid.length === 0) {
    const status: SubmissionStatus = files.some((f) => f.verdict === 'invalid') ? 'invalid' : files.length > 0 ? 'blank' : 'missing';
    return { ...base, status, daysPastDeadline };
  }
  const first = valid[0]!;
  const last = valid[valid.length - 1]!;
  for (const f of valid) f.role = f === first && f === last ? 'content_and_timeliness' : f === last ? 'content' : f === first ? 'timeliness' : 'superseded';
  const daysLate = first.daysLate ?? 0;
  const u: UnitSubmission = { ...base, status: daysLate > 0 ? 'late' : 'on_time', report: reportOf.get(last.path)!, contentFile: last.file, timelinessFile: first.file };
  if (first.submitted !== undefined) u.submitted = first.submitted;
  if (daysLate > 0) u.daysLate = daysLate;
  return u;
}

function nameOn(plan: PlanModel, id: string, on: IsoDate): string {
  const unit = plan.units.get(id);
  if (unit) return unitNameOn(unit, on).name;
  return plan.groups.get(id)?.name ?? id;
}

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

function counts(units: readonly UnitSubmission[]): ReportingCounts {
  const n = (s: SubmissionStatus) => units.filter((u) => u.status === s).length;
  const onTime = n('on_time');
  const late = n('late');
  return {
    expected: units.length,
    reported: onTime + late,
    onTime,
    late,
    blank: n('blank'),
    invalid: n('invalid'),
    missing: n('missing'),
    reportingRate: percent(onTime + late, units.length),
    onTimeRate: percent(onTime, units.length),
  };
}

function reportingRates(plan: PlanModel, units: readonly UnitSubmission[]): ReportingRates {
  const kinds = [...new Set([...plan.units.values()].map((u) => u.kind))].filter((k) => units.some((u) => u.kind === k));
  return { overall: counts(units), byKind: kinds.map((kind) => ({ kind, ...counts(units.filter((u) => u.kind === kind)) })) };
}

function datedTaskProgress(plan: PlanModel, units: readonly UnitSubmission[], today: IsoDate, earlier: readonly CheckedReport[]): DatedTaskProgress[] {
  const out: DatedTaskProgress[] = [];
  // Each deadline of a task on its own (its milestones, then its due date): a milestone binds the
  // same units by the same rule as the due date.
  for (const { task, due, label, milestone } of plan.tasks.flatMap((task) => taskDeadlines(task).map((d) => ({ task, ...d })))) {
    const rows: DatedTaskUnit[] = [];
    for (const u of units) {
      const held = u.tasks.find((t) => t.taskId === task.id);
      if (!held || held.role === 'cooperating') continue;
      const entry = u.report?.tasks.find((t) => t.id === task.id);
      const row: DatedTaskUnit = { unitId: u.unitId, name: u.name, short: u.short, role: held.role, state: 'completed', reported: u.report ? (entry ? entry.status : 'not_in_report') : 'no_report' };
      const before = entry?.status === 'completed' ? undefined : completedEarlier(earlier, task.id, [u.unitId, held.inheritedFrom]);
      const done = entry?.status === 'completed' ? entry : before?.entry;
      if (done) {
        if (before) row.completedIn = { file: before.file, year: before.year };
        if (done.completedOn !== undefined) {
          row.completedOn = done.completedOn;
          row.completedDaysLate = Math.max(0, daysBetween(due, done.completedOn));
        }
      } else if (today > due) {
        if (!boundOn(plan, due, [u.unitId, held.inheritedFrom])) row.state = 'created_after_due';
        else if (!u.report) row.state = 'not_reported';
        else {
          row.state = 'overdue';
          row.daysOverdue = daysBetween(due, today);
        }
      } else {
        row.state = 'not_yet_due';
        row.daysLeft = daysBetween(today, due);
      }
      rows.push(row);
    }
    if (rows.length === 0) continue;
    const rank = (r: Role) => (r === 'lead' ? 0 : r === 'implementing' ? 1 : 2);
    rows.sort((a, b) => rank(a.role) - rank(b.role));
    out.push({ taskId: task.id, title: task.title, timeframeLabel: label, due, milestone, units: rows });
  }
  return out;
}

/** Whether the unit, or the unit it took the task over from, was in office on the due date. */
function boundOn(plan: PlanModel, due: IsoDate, agencies: readonly (string | undefined)[]): boolean {
  return agencies.some((id) => {
    const unit = id !== undefined ? plan.units.get(id) : undefined;
    if (!unit) return false;
    const life = lifetimeOf(unit);
    return (life.from === undefined || life.from <= due) && (life.until === undefined || life.until >= due);
  });
}

/** The earliest report of an earlier year in which the unit (or the one it took over from) completed the task. */
function completedEarlier(earlier: readonly CheckedReport[], taskId: string, agencies: readonly (string | undefined)[]): { entry: ReportModel['tasks'][number]; file: string; year: number } | undefined {
  const found = earlier
    .filter((r) => agencies.includes(r.report!.agency))
    .flatMap((r) => r.report!.tasks.filter((t) => t.id === taskId && t.status === 'completed').map((entry) => ({ entry, file: r.file, year: r.report!.year, submitted: r.report!.submitted })))
    .sort((a, b) => a.submitted.localeCompare(b.submitted) || a.file.localeCompare(b.file));
  return found[0];
}

function position(date: IsoDate, today: IsoDate): DeadlinePosition {
  const d = daysBetween(today, date);
  return { date, daysLeft: Math.max(0, d), daysPast: Math.max(0, -d) };
}

export function cyclePosition(plan: PlanModel, year: number, today: IsoDate): CyclePosition {
  return positionOn(unitReportDeadline(plan, year), provincialReportDeadline(plan, year), today);
}

/** Where today stands between a units' deadline and the compiled report's. */
export function positionOn(unit: IsoDate, provincial: IsoDate, today: IsoDate): CyclePosition {
  return {
    today,
    phase: today <= unit ? 'collecting' : today <= provincial ? 'compiling' : 'closed',
    unitDeadline: position(unit, today),
    provincialDeadline: position(provincial, today),
  };
}

/** How the command was run, for the commands hints print: e.g. ` --plan "D:\\Kế hoạch"`. */
export interface CommandOptions {
  options?: string;
}

/**
 * The summary's findings as diagnostics with stable `cycle-` codes, for a flat list (the
 * terminal, scripts): not-reported units are errors; lateness, stray files, overdue tasks and
 * empty groups are warnings.
 */
export function cycleDiagnostics(summary: SubmissionSummary, command: CommandOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  // The commands a hint prints carry the options the user gave (--plan), so that they run on
  // the same plan as printed.
  const options = command.options ?? '';
  const files = { unitsFile: summary.planFiles.units, tasksFile: summary.planFiles.tasks };
  const deadline = summary.cycle.unitDeadline.date;
  for (const u of summary.units) {
    const who = { unitId: u.unitId, unit: u.name };
    if (u.status === 'late') {
      out.push(diagnostic('cycle-late', 'warning', { ...who, submitted: u.submitted, deadline, days: u.daysLate }, { file: u.timelinessFile }));
    } else if (u.status === 'missing') {
      out.push(diagnostic('cycle-missing', 'error', { ...who, deadline, days: u.daysPastDeadline ?? 0, year: summary.year, options }));
    } else if (u.status === 'blank' || u.status === 'invalid') {
      const file = u.files.find((f) => f.verdict === u.status)?.file;
      out.push(diagnostic(u.status === 'blank' ? 'cycle-blank' : 'cycle-invalid', 'error', { ...who, file, options }, { file }));
    }
  }
  for (const s of summary.strays) {
    out.push(
      diagnostic(
        'cycle-stray-file',
        'warning',
        { reason: s.reason, agency: s.agency, agencyName: s.agencyName, year: s.year, expectedYear: summary.year, successors: (s.successors ?? []).map((x) => x.name), request: s.request, options, ...files },
        { file: s.file },
      ),
    );
  }
  for (const t of summary.datedTasks) {
    for (const u of t.units) {
      if (u.state === 'overdue') out.push(diagnostic('cycle-task-overdue', 'warning', { taskId: t.taskId, unitId: u.unitId, unit: u.name, due: t.due, days: u.daysOverdue, reported: u.reported }));
    }
  }
  for (const g of summary.emptyGroups) {
    out.push(diagnostic('cycle-empty-group', 'warning', { groupId: g.groupId, group: g.name, year: summary.year, tasks: g.taskIds, whereToAdd: g.whereToAdd, ...files }));
  }
  return out;
}
