// The rules of the report format that a JSON Schema cannot say: they need the plan, the date,
// or several fields at once. Each rule is a small named function from the draft to findings;
// a rule says nothing about a field that is absent (the schema or the blank check does).
import { diagnostic, type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
import type { Task } from '../generated/schema-types.js';
import type { DataPath } from '../yaml/read.js';
import { addDays, type IsoDate } from '../text/calendar.js';
import { assignmentsOn, exampleReportDate, lifetimeOf, planDate, taskIdKey, successorsOn, unitInOffice, unitNameOn, unitReportDeadline, type PlanModel } from '../plan/model.js';
import type { ReportDraft, TaskDraft } from './draft.js';
import { closest } from '../diagnostics/suggest.js';

export interface RuleContext {
  plan: PlanModel;
  today: IsoDate;
  /** The year the file's folder is named after (reports/2025/so-yte.yaml → 2025), if any. */
  folderYear?: number | undefined;
  /** The options a command printed in a hint needs to read the same plan (` --plan <folder>`), or ''. */
  options?: string;
  /** Where a finding about `path` points in the file. */
  at(path: DataPath, target?: 'value' | 'key' | 'owner'): { file: string; path: DataPath; range: Range };
}

export type ReportRule = (report: ReportDraft, ctx: RuleContext) => Diagnostic[];

/** The agency must be one unit of the plan, not a group and not a typo. */
export const agencyIsAUnit: ReportRule = (r, ctx) => {
  if (r.agency === undefined || ctx.plan.units.has(r.agency)) return [];
  const group = ctx.plan.groups.get(r.agency);
  if (group) return [diagnostic('report-agency-is-group', 'error', { agency: r.agency, name: group.name, options: ctx.options ?? '' }, ctx.at(['agency']))];
  return [diagnostic('report-unknown-agency', 'error', { agency: r.agency, suggestion: closest(r.agency, [...ctx.plan.units.keys()]), unitsFile: ctx.plan.files.units, options: ctx.options ?? '' }, ctx.at(['agency']))];
};

/** A unit signs reports only while it exists: after it ended its successors report. */
export const agencyInOfficeWhenSigned: ReportRule = (r, ctx) => {
  const unit = r.agency === undefined ? undefined : ctx.plan.units.get(r.agency);
  if (!unit || r.submitted === undefined || unitInOffice(unit, r.submitted)) return [];
  const life = lifetimeOf(unit);
  const name = unitNameOn(unit, r.submitted).short;
  if (life.until !== undefined && r.submitted > life.until) {
    const successors = successorsOn(ctx.plan, unit.id, r.submitted);
    const successorNames = successors.map((id) => {
      const s = ctx.plan.units.get(id);
      return s ? unitNameOn(s, r.submitted!).short : id;
    });
    return [
      diagnostic('report-agency-ended', 'error', { agency: unit.id, name, submitted: r.submitted, endedFrom: addDays(life.until, 1), successors, successorNames }, ctx.at(['agency'])),
    ];
  }
  const from = life.from!;
  const predecessors = [...ctx.plan.units.values()]
    .filter((u) => u.successors?.includes(unit.id))
    .map((u) => unitNameOn(u, addDays(from, -1)).short);
  return [
    diagnostic(
      'report-agency-not-yet',
      'error',
      { agency: unit.id, name, submitted: r.submitted, from, predecessors: predecessors.length > 0 ? predecessors : undefined },
      ctx.at(['submitted']),
    ),
  ];
};

/** reports/2025/ holds the reports on 2025. */
export const yearMatchesFolder: ReportRule = (r, ctx) =>
  r.year !== undefined && ctx.folderYear !== undefined && r.year !== ctx.folderYear
    ? [diagnostic('report-year-folder', 'error', { year: r.year, folderYear: ctx.folderYear }, ctx.at(['year']))]
    : [];

export const submittedNotInFuture: ReportRule = (r, ctx) =>
  r.submitted !== undefined && r.submitted > ctx.today
    ? [diagnostic('report-submitted-future', 'error', { submitted: r.submitted, today: ctx.today, example: exampleReportDate(ctx.plan, r.year ?? Number(ctx.today.slice(0, 4))) }, ctx.at(['submitted']))]
    : [];

/** A report on year Y cannot be signed before Y begins: most often last year's file, copied. */
export const submittedNotBeforeYear: ReportRule = (r, ctx) =>
  r.submitted !== undefined && r.year !== undefined && r.submitted < `${r.year}-01-01`
    ? [diagnostic('report-submitted-before-year', 'error', { submitted: r.submitted, year: r.year }, ctx.at(['submitted']))]
    : [];

export const periodInOrder: ReportRule = (r, ctx) =>
  r.period.from !== undefined && r.period.to !== undefined && r.period.from > r.period.to
    ? [diagnostic('report-period-order', 'error', { from: r.period.from, to: r.period.to }, ctx.at(['period', 'from']))]
    : [];

export const taskIdsExist: ReportRule = (r, ctx) =>
  eachTask(r, (t) => {
    if (t.id === undefined || taskById(ctx.plan).has(t.id)) return [];
    // Compared as folded ids, so that "III.3.đ" typed for a plan's "III.3.dd" is told that one.
    const ids = [...taskById(ctx.plan).keys()];
    const near = closest(taskIdKey(t.id), ids.map(taskIdKey));
    const suggestion = near === undefined ? undefined : ids.find((id) => taskIdKey(id) === near);
    return [diagnostic('report-unknown-task', 'error', { id: t.id, suggestion, agency: r.agency, options: ctx.options ?? '' }, ctx.at(['tasks', t.index, 'id']))];
  });

/**
 * A task the plan does not give this unit for the year is worth a second look, but a unit may
 * report on work beyond its assignments: a warning. The tasks of a year are those held on its
 * report deadline — the one rule check, template and compile follow too; tasks a successor
 * inherited count as given.
 */
export const tasksAssignedToAgency: ReportRule = (r, ctx) => {
  const unit = r.agency === undefined ? undefined : ctx.plan.units.get(r.agency);
  const on = r.year !== undefined ? unitReportDeadline(ctx.plan, r.year) : r.submitted;
  if (!unit || on === undefined || !unitInOffice(unit, on)) return [];
  const assigned = tasksHeldOn(ctx.plan, on).get(unit.id) ?? new Set<string>();
  const name = unitNameOn(unit, on).short;
  return eachTask(r, (t) =>
    t.id !== undefined && taskById(ctx.plan).has(t.id) && !assigned.has(t.id)
      ? [diagnostic('report-task-not-assigned', 'warning', { id: t.id, agency: unit.id, name, date: on, assigned: assigned.size > 0 ? [...assigned] : undefined }, ctx.at(['tasks', t.index, 'id']))]
      : [],
  );
};

/** Each task once: the second entry is the error, and the message names the first one's line. */
export const tasksNotRepeated: ReportRule = (r, ctx) => {
  const first = new Map<string, number>();
  return eachTask(r, (t) => {
    if (t.id === undefined) return [];
    const firstIndex = first.get(t.id);
    if (firstIndex === undefined) {
      first.set(t.id, t.index);
      return [];
    }
    const firstLine = ctx.at(['tasks', firstIndex, 'id']).range.start.line;
    return [diagnostic('report-duplicate-task', 'error', { id: t.id, firstLine }, ctx.at(['tasks', t.index, 'id']))];
  });
};

/** Recurring tasks (thường xuyên, hằng năm) are ongoing or not started, never completed. */
export const recurringTasksNotCompleted: ReportRule = (r, ctx) =>
  eachTask(r, (t) => {
    const task = t.id === undefined ? undefined : taskById(ctx.plan).get(t.id);
    return task && t.status === 'completed' && isRecurring(task)
      ? [diagnostic('report-completed-recurring', 'warning', { id: task.id, label: task.timeframe.label }, ctx.at(['tasks', t.index, 'status']))]
      : [];
  });

export const completedOnOnlyWhenCompleted: ReportRule = (r, ctx) =>
  eachTask(r, (t) =>
    t.completedOn !== undefined && t.status !== undefined && t.status !== 'completed'
      ? [diagnostic('report-completed-on-not-completed', 'error', { id: t.id, status: t.status }, ctx.at(['tasks', t.index, 'completed_on'], 'key'))]
      : [],
  );

export const completedOnNotAfterSubmitted: ReportRule = (r, ctx) =>
  eachTask(r, (t) =>
    t.completedOn !== undefined && r.submitted !== undefined && t.completedOn > r.submitted
      ? [diagnostic('report-completed-after-submitted', 'error', { id: t.id, completedOn: t.completedOn, submitted: r.submitted }, ctx.at(['tasks', t.index, 'completed_on']))]
      : [],
  );

/** Work under way or done should say what it achieved. */
export const resultsGivenForWork: ReportRule = (r, ctx) =>
  eachTask(r, (t) =>
    t.status !== undefined && t.status !== 'not_started' && !hasText(t.results)
      ? [diagnostic('report-no-results', 'warning', { id: t.id, status: t.status }, ctx.at(['tasks', t.index, 'status']))]
      : [],
  );

export const fundingSourcesExist: ReportRule = (r, ctx) => {
  const sources = ctx.plan.data.funding.sources;
  const ids = sources.map((s) => s.id);
  return eachTask(r, (t) =>
    t.funding
      .filter((f) => !ids.includes(f.source))
      .map((f) =>
        diagnostic(
          'report-unknown-funding',
          'error',
          { source: f.source, suggestion: closest(f.source, ids), allowed: sources.map((s) => `${s.id} (${s.short})`), fundingFile: ctx.plan.files.funding },
          ctx.at(['tasks', t.index, 'funding', f.source], 'key'),
        ),
      ),
  );
};

/**
 * Every task the plan gives the unit for the year that the report does not mention (or left as
 * the form wrote it): a warning naming it, so that nothing is lost without a word; the summary
 * says "không báo cáo" for it (ReportModel.notReported).
 */
export const assignedTasksReported: ReportRule = (r, ctx) => {
  if (r.tasks === undefined) return [];
  const ids = tasksNotReported(r, ctx.plan);
  if (ids.length === 0) return [];
  const named = ids.map((id) => `${id} (${taskById(ctx.plan).get(id)?.title ?? ''})`);
  return [diagnostic('report-task-not-reported', 'warning', { ids, named, count: ids.length, first: ids[0] }, ctx.at(['tasks'], 'key'))];
};

/** The ids of the tasks held by the report's unit on the year's deadline that it does not report. */
export function tasksNotReported(r: ReportDraft, plan: PlanModel): string[] {
  const unit = r.agency === undefined ? undefined : plan.units.get(r.agency);
  if (!unit || r.year === undefined) return [];
  const on = unitReportDeadline(plan, r.year);
  if (!unitInOffice(unit, on)) return [];
  const reported = new Set((r.tasks ?? []).filter((t) => t.status !== undefined).map((t) => t.id));
  return [...(tasksHeldOn(plan, on).get(unit.id) ?? [])].filter((id) => !reported.has(id));
}

/** A task with a due date reported completed should say when: the late rule needs the day. */
export const completedDatedTaskHasDate: ReportRule = (r, ctx) =>
  eachTask(r, (t) => {
    const task = t.id === undefined ? undefined : taskById(ctx.plan).get(t.id);
    return task && t.status === 'completed' && t.completedOn === undefined && !isRecurring(task)
      ? [diagnostic('report-completed-no-date', 'warning', { id: task.id, year: r.year }, ctx.at(['tasks', t.index, 'status']))]
      : [];
  });

/**
 * A report on year Y is signed late in Y, or early in Y + 1 when late: signed after the middle of
 * Y + 1 (a 2025 report signed 18/11/2026), the year or the date is most likely a slip.
 */
export const submittedWithinAYear: ReportRule = (r, ctx) =>
  r.submitted !== undefined && r.year !== undefined && r.submitted > `${r.year + 1}-06-30`
    ? [diagnostic('report-submitted-long-after', 'warning', { submitted: r.submitted, year: r.year, limit: `${r.year + 1}-06-30` }, ctx.at(['submitted']))]
    : [];

/** Years a date of a report may fall in: from a few years before the plan to a year from today. */
const YEARS_BEFORE_PLAN = 5;

/** Every date of the report inside the plan's time: 0000-01-01 or 2099 is a slip of the keyboard. */
export const datesInRange: ReportRule = (r, ctx) => {
  const from = `${Number(planDate(ctx.plan.data.identity.date).slice(0, 4)) - YEARS_BEFORE_PLAN}-01-01`;
  const until = `${Number(ctx.today.slice(0, 4)) + 1}${ctx.today.slice(4)}`;
  const dates: [DataPath, IsoDate | undefined][] = [
    [['submitted'], r.submitted],
    [['period', 'from'], r.period.from],
    [['period', 'to'], r.period.to],
    ...(r.tasks ?? []).map((t): [DataPath, IsoDate | undefined] => [['tasks', t.index, 'completed_on'], t.completedOn]),
  ];
  return dates.flatMap(([path, d]) => (d !== undefined && (d < from || d > until) ? [diagnostic('report-date-out-of-range', 'error', { date: d, from, until }, ctx.at(path))] : []));
};

/** In the order a clerk reads the file: who, when, then task by task. */
export const REPORT_RULES: readonly ReportRule[] = [
  datesInRange,
  agencyIsAUnit,
  agencyInOfficeWhenSigned,
  yearMatchesFolder,
  submittedNotInFuture,
  submittedNotBeforeYear,
  submittedWithinAYear,
  periodInOrder,
  taskIdsExist,
  tasksAssignedToAgency,
  tasksNotRepeated,
  recurringTasksNotCompleted,
  completedOnOnlyWhenCompleted,
  completedOnNotAfterSubmitted,
  completedDatedTaskHasDate,
  resultsGivenForWork,
  fundingSourcesExist,
  assignedTasksReported,
];

export function hasText(s: string | undefined): boolean {
  return s !== undefined && s.trim() !== '';
}

export function isRecurring(task: Task): boolean {
  return task.timeframe.recurrence !== undefined || task.timeframe.due === undefined;
}

function eachTask(r: ReportDraft, check: (t: TaskDraft) => Diagnostic[]): Diagnostic[] {
  return (r.tasks ?? []).flatMap(check);
}

// Lookups computed once per plan (and per date): a folder of thousands of reports asks them
// again and again.
const tasksByPlan = new WeakMap<PlanModel, ReadonlyMap<string, Task>>();
const heldByPlan = new WeakMap<PlanModel, Map<IsoDate, ReadonlyMap<string, ReadonlySet<string>>>>();

export function taskById(plan: PlanModel): ReadonlyMap<string, Task> {
  let m = tasksByPlan.get(plan);
  if (!m) tasksByPlan.set(plan, (m = new Map(plan.tasks.map((t) => [t.id, t]))));
  return m;
}

/** unit id → the ids of the tasks it holds on a date, in the plan's order. */
function tasksHeldOn(plan: PlanModel, on: IsoDate): ReadonlyMap<string, ReadonlySet<string>> {
  let byDate = heldByPlan.get(plan);
  if (!byDate) heldByPlan.set(plan, (byDate = new Map()));
  let held = byDate.get(on);
  if (!held) {
    const m = new Map<string, Set<string>>();
    for (const a of assignmentsOn(plan, on).assignments) {
      if (!m.has(a.unitId)) m.set(a.unitId, new Set());
      m.get(a.unitId)!.add(a.taskId);
    }
    byDate.set(on, (held = m));
  }
  return held;
}
