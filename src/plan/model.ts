// The plan as a model: units and groups with lifetimes, and the one rule that says who must do
// what on a given date. check, template, compile and plan all ask these functions.
import type { Assignment, Group, IssuerBlocks, Task, Unit } from '../generated/schema-types.js';
import { PLAN_FILES, type PlanData, type PlanFileName } from './validate.js';
import { taskIdKey } from './ids.js';

export { taskIdKey };
import { addDays, isoDate, isWithin, parseDate, type IsoDate } from '../text/calendar.js';

/** chủ trì / thực hiện / phối hợp, strongest first. */
export const ROLES = ['lead', 'implementing', 'cooperating'] as const;
export type Role = (typeof ROLES)[number];
const ROLE_FIELD: Record<Role, 'leads' | 'implementing' | 'cooperating'> = { lead: 'leads', implementing: 'implementing', cooperating: 'cooperating' };

export interface Lifetime {
  from?: IsoDate | undefined;
  until?: IsoDate | undefined;
}

export interface PlanModel {
  data: PlanData;
  units: ReadonlyMap<string, Unit>;
  groups: ReadonlyMap<string, Group>;
  tasks: readonly Task[];
  /**
   * Each plan file as shown to the user (test/fixtures/plans/lam-dong/units.yaml): messages name
   * the files actually read, whatever --plan says.
   */
  files: Readonly<Record<PlanFileName, string>>;
  /** Set when the model stands for one of the plan's reporting periods (planForPeriod). */
  period?: ReportingPeriod;
}

/** The files of a plan in its default folder, for a model built from data in memory. */
export const DEFAULT_PLAN_FILES: Readonly<Record<PlanFileName, string>> = Object.fromEntries(PLAN_FILES.map((n) => [n, `plan/${n}.yaml`])) as Record<PlanFileName, string>;

export function buildPlanModel(data: PlanData, files: Readonly<Record<PlanFileName, string>> = DEFAULT_PLAN_FILES): PlanModel {
  return {
    data,
    files,
    units: new Map(data.registry.units.map((u) => [u.id, u])),
    groups: new Map(data.registry.groups.map((g) => [g.id, g])),
    tasks: data.tasks.tasks,
  };
}

/**
 * The plan's id of a task as a report spells it: the id itself, or the plan's id that it spells
 * another way (III.3.dd for a plan's III.3.đ, and the other way round). Undefined when none.
 */
export function planTaskId(model: PlanModel, id: string): string | undefined {
  let keys = taskKeys.get(model);
  if (!keys) {
    keys = new Map();
    for (const t of model.tasks) if (!keys.has(taskIdKey(t.id))) keys.set(taskIdKey(t.id), t.id);
    taskKeys.set(model, keys);
  }
  if (model.tasks.some((t) => t.id === id)) return id;
  return keys.get(taskIdKey(id));
}

const taskKeys = new WeakMap<PlanModel, Map<string, string>>();

/** One dated deadline of a task: a milestone (mốc) or its final due date. */
export interface TaskDeadline {
  due: IsoDate;
  /** The plan's words: the milestone's label, or the task's timeframe label for the final one. */
  label: string;
  milestone: boolean;
}

/** A task's deadlines, earliest first: its milestones, then its final due date (none when recurring). */
export function taskDeadlines(task: Task): TaskDeadline[] {
  if (task.timeframe.due === undefined) return [];
  const steps = (task.timeframe.milestones ?? []).map((m) => ({ due: planDate(m.due), label: m.label, milestone: true }));
  return [...steps, { due: planDate(task.timeframe.due), label: task.timeframe.label, milestone: false }].sort((a, b) => a.due.localeCompare(b.due) || Number(b.milestone) - Number(a.milestone));
}

/** Dates in plan files are validated on load; this reads one as ISO. */
export function planDate(text: string): IsoDate;
export function planDate(text: string | undefined): IsoDate | undefined;
export function planDate(text: string | undefined): IsoDate | undefined {
  if (text === undefined) return undefined;
  // A plan has few distinct dates, read again for every unit, group and membership on every
  // question: parse each once.
  let date = planDates.get(text);
  if (date === undefined) {
    const r = parseDate(text);
    if (!r.ok) throw new Error(`invalid date in validated plan data: ${text}`);
    date = r.date;
    if (planDates.size < MAX_REMEMBERED_PLAN_DATES) planDates.set(text, date);
  }
  return date;
}

const planDates = new Map<string, IsoDate>();
const MAX_REMEMBERED_PLAN_DATES = 10_000;

export function lifetimeOf(x: { from?: string; until?: string }): Lifetime {
  return { from: planDate(x.from), until: planDate(x.until) };
}

export function unitInOffice(unit: Unit, on: IsoDate): boolean {
  return isWithin(on, lifetimeOf(unit));
}

/** The unit's name in force on a date (units keep their id when renamed or merged into a namesake). */
export function unitNameOn(unit: Unit, on: IsoDate): { name: string; short: string } {
  let current = { name: unit.name, short: unit.short };
  for (const n of [...(unit.names ?? [])].sort((a, b) => planDate(a.from).localeCompare(planDate(b.from)))) {
    if (planDate(n.from) <= on) current = { name: n.name, short: n.short };
  }
  return current;
}

export type IssuerBlock = IssuerBlocks['issuers'][number];

export function issuerOn(model: PlanModel, on: IsoDate): IssuerBlock | undefined {
  return model.data.issuers.issuers.find((i) => isWithin(on, lifetimeOf(i)));
}

/**
 * The bodies the compiled provincial report goes to, by full name: the plan's
 * `provincialReport.recipients`, else the People's Committee of the issuer in office.
 */
export function reportAddressees(model: PlanModel, issuer: IssuerBlock): string[] {
  return [...(model.data.reporting.provincialReport.recipients ?? [issuer.provincialCommittee])];
}

/** The issuer's fields for documents, every optional one present (templates are strict). */
export function issuerFields(issuer: IssuerBlock): Required<Omit<IssuerBlock, 'from' | 'until' | 'filing'>> & { filing: string | null } {
  const { from: _from, until: _until, ...rest } = issuer;
  return { ...rest, authority: [...(issuer.authority ?? [])], copyTo: [...(issuer.copyTo ?? [])], filing: issuer.filing ?? null };
}

/** The last day on which a unit's yearly report counts as on time (reporting.yaml, unitReport). */
export function unitReportDeadline(model: PlanModel, year: number): IsoDate {
  const d = model.data.reporting.unitReport.deadline;
  return deadlineDate(year, d);
}

/** The last day for the compiled provincial report (reporting.yaml, provincialReport). */
export function provincialReportDeadline(model: PlanModel, year: number): IsoDate {
  return deadlineDate(year, model.data.reporting.provincialReport.deadline);
}

/**
 * A date to show a clerk how to write a date of the year's report: a few days before the plan's
 * own unit deadline of that year (the day a report is most likely signed), never another plan's.
 */
export function exampleReportDate(model: PlanModel, year: number): IsoDate {
  const y = Number.isInteger(year) && year >= 1900 && year <= 2999 ? year : 2000;
  return addDays(unitReportDeadline(model, y), -2);
}

function deadlineDate(reported: number, d: { day: number; month: number; inclusive: boolean; nextYear?: boolean }): IsoDate {
  // A deadline "in the following year" (15/01) of the year reported on.
  const year = d.nextYear === true ? reported + 1 : reported;
  const date = isoDate(year, d.month, d.day);
  if (d.inclusive) return date;
  // "before the day" exclusive: the day before is the last on-time day.
  const prev = new Date(Date.UTC(year, d.month - 1, d.day - 1));
  return prev.toISOString().slice(0, 10);
}

export type ReportingPeriod = NonNullable<PlanData['reporting']['periods']>[number];

/** The plan's reporting period with this id (reporting.yaml, `periods`). */
export function reportingPeriod(model: PlanModel, id: string): ReportingPeriod | undefined {
  return model.data.reporting.periods?.find((p) => p.id === id);
}

/**
 * The plan as one of its reporting periods sees it: the period's deadlines stand for the yearly
 * ones, so that every question (who reports, by when, on time or late) is asked of the period by
 * the same functions. A period is a standing request: the same units, its own dates.
 */
export function planForPeriod(model: PlanModel, period: ReportingPeriod): PlanModel {
  const reporting = model.data.reporting;
  return {
    ...model,
    period,
    data: {
      ...model.data,
      reporting: {
        ...reporting,
        unitReport: { ...reporting.unitReport, deadline: period.unitDeadline },
        provincialReport: { ...reporting.provincialReport, deadline: period.provincialDeadline ?? period.unitDeadline },
      },
    },
  };
}

export interface Resolution {
  /** Units in office that stand for the id on the date. */
  units: { id: string; via?: string; inheritedFrom?: string }[];
  /** Groups in force on the date that have no members yet. */
  emptyGroups: string[];
}

/**
 * The units in office that an id (unit or group) stands for on a date. A unit or group that
 * has ended hands over to its successors; a group stands for its members in office.
 */
export function resolveOn(model: PlanModel, id: string, on: IsoDate): Resolution {
  const result: Resolution = { units: [], emptyGroups: [] };
  const seen = new Set<string>();
  const visit = (cur: string, origin: { via?: string; inheritedFrom?: string }) => {
    if (seen.has(cur)) return;
    seen.add(cur);
    const unit = model.units.get(cur);
    if (unit) {
      const life = lifetimeOf(unit);
      if (isWithin(on, life)) result.units.push({ id: cur, ...origin });
      else if (life.until !== undefined && on > life.until) for (const s of unit.successors ?? []) visit(s, { ...origin, inheritedFrom: origin.inheritedFrom ?? cur });
      return;
    }
    const group = model.groups.get(cur);
    if (!group) return;
    const life = lifetimeOf(group);
    if (life.until !== undefined && on > life.until) {
      for (const s of group.successors ?? []) visit(s, { ...origin, inheritedFrom: origin.inheritedFrom ?? cur });
      return;
    }
    if (!isWithin(on, life)) return;
    const inForce = group.members
      .map((m) => (typeof m === 'string' ? { unit: m } : m))
      .filter((m) => isWithin(on, lifetimeOf(m)));
    if (!inForce.some((m) => { const u = model.units.get(m.unit); return u !== undefined && unitInOffice(u, on); })) {
      // Members that ended still hand over to their successors, but the group itself is unfilled.
      result.emptyGroups.push(cur);
    }
    // Members in office first, so a unit listed in the group is never taken for the heir of
    // another member that ended.
    const inOffice = (m: { unit: string }) => { const u = model.units.get(m.unit); return u !== undefined && unitInOffice(u, on); };
    for (const m of [...inForce.filter(inOffice), ...inForce.filter((m) => !inOffice(m))]) {
      visit(m.unit, { via: origin.via ?? cur, ...(origin.inheritedFrom ? { inheritedFrom: origin.inheritedFrom } : {}) });
    }
  };
  visit(id, {});
  return result;
}

export interface UnitAssignment {
  taskId: string;
  unitId: string;
  role: Role;
  /** The plan's words for this unit's part, when a task has several leads. */
  roleNote?: string;
  /** The group through which the unit got the task. */
  via?: string;
  /** The ended unit or group whose task this unit took over. */
  inheritedFrom?: string;
}

export interface AssignmentsOn {
  date: IsoDate;
  assignments: UnitAssignment[];
  /** Groups named by a task that have no members on the date: who they are is unknown. */
  emptyGroups: { groupId: string; taskIds: string[] }[];
}

/** Every (task, unit, role) in force on a date; a unit holds each task once, in its strongest role. */
export function assignmentsOn(model: PlanModel, on: IsoDate): AssignmentsOn {
  // Who holds what changes only on the days a unit, group or membership starts or ends; between
  // two such days every date has the same answer. Reports are signed on many dates, and a plan
  // may have thousands of units: resolve once per span, hand out copies of the lists.
  let memo = assignmentMemos.get(model);
  if (!memo) assignmentMemos.set(model, (memo = { changes: changeDates(model), bySpan: new Map() }));
  const span = spanStart(memo.changes, on);
  let known = memo.bySpan.get(span);
  if (!known) memo.bySpan.set(span, (known = resolveAssignments(model, on)));
  return { date: on, assignments: [...known.assignments], emptyGroups: known.emptyGroups.map((g) => ({ groupId: g.groupId, taskIds: [...g.taskIds] })) };
}

interface AssignmentMemo {
  /** The days on which some lifetime starts, or the day after one ends, sorted. */
  changes: IsoDate[];
  /** By the change day that opens the span (or '' before the first). */
  bySpan: Map<IsoDate | '', Omit<AssignmentsOn, 'date'>>;
}

const assignmentMemos = new WeakMap<PlanModel, AssignmentMemo>();

function changeDates(model: PlanModel): IsoDate[] {
  const days = new Set<IsoDate>();
  const add = (x: { from?: string; until?: string }) => {
    const life = lifetimeOf(x);
    if (life.from !== undefined) days.add(life.from);
    if (life.until !== undefined) days.add(addDays(life.until, 1));
  };
  for (const u of model.units.values()) add(u);
  for (const g of model.groups.values()) {
    add(g);
    for (const m of g.members) if (typeof m !== 'string') add(m);
  }
  return [...days].sort();
}

/** The last change day on or before `on`, or '' when `on` is before them all. */
function spanStart(changes: readonly IsoDate[], on: IsoDate): IsoDate | '' {
  let lo = 0;
  let hi = changes.length - 1;
  let found: IsoDate | '' = '';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (changes[mid]! <= on) {
      found = changes[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function resolveAssignments(model: PlanModel, on: IsoDate): Omit<AssignmentsOn, 'date'> {
  const assignments: UnitAssignment[] = [];
  const empty = new Map<string, string[]>();
  // Most tasks name the same few groups: each is resolved once for the date.
  const resolved = new Map<string, Resolution>();
  const resolve = (id: string) => {
    let r = resolved.get(id);
    if (!r) resolved.set(id, (r = resolveOn(model, id, on)));
    return r;
  };
  for (const task of model.tasks) {
    const byUnit = new Map<string, UnitAssignment>();
    for (const role of ROLES) {
      for (const a of (task[ROLE_FIELD[role]] ?? []) as Assignment[]) {
        const { id, roleNote } = typeof a === 'string' ? { id: a, roleNote: undefined } : { id: a.id, roleNote: a.role };
        const r = resolve(id);
        for (const g of r.emptyGroups) empty.set(g, [...new Set([...(empty.get(g) ?? []), task.id])]);
        for (const u of r.units) {
          if (byUnit.has(u.id)) continue; // an earlier (stronger) role already holds it
          const row: UnitAssignment = { taskId: task.id, unitId: u.id, role };
          if (roleNote) row.roleNote = roleNote;
          if (u.via) row.via = u.via;
          if (u.inheritedFrom) row.inheritedFrom = u.inheritedFrom;
          byUnit.set(u.id, row);
        }
      }
    }
    for (const row of byUnit.values()) assignments.push(row);
  }
  return { assignments, emptyGroups: [...empty].map(([groupId, taskIds]) => ({ groupId, taskIds })) };
}

export interface ExpectedReporter {
  unitId: string;
  name: string;
  short: string;
  tasks: UnitAssignment[];
}

export interface ExpectedReporters {
  year: number;
  /** The date that decides who reports: the unit report deadline of the year. */
  deadline: IsoDate;
  reporters: ExpectedReporter[];
  emptyGroups: AssignmentsOn['emptyGroups'];
}

/**
 * The units expected to report for a year: those in office on that year's deadline, with the
 * tasks they hold then (every unit with a task, in any role).
 */
export function expectedReporters(model: PlanModel, year: number): ExpectedReporters {
  const deadline = unitReportDeadline(model, year);
  const { assignments, emptyGroups } = assignmentsOn(model, deadline);
  // Grouped once: a plan of thousands of units must not scan every assignment per unit.
  const byUnit = new Map<string, UnitAssignment[]>();
  for (const a of assignments) {
    const list = byUnit.get(a.unitId);
    if (list) list.push(a);
    else byUnit.set(a.unitId, [a]);
  }
  const reporters: ExpectedReporter[] = [];
  for (const unit of model.units.values()) {
    const tasks = byUnit.get(unit.id);
    if (!tasks) continue;
    reporters.push({ unitId: unit.id, ...unitNameOn(unit, deadline), tasks });
  }
  return { year, deadline, reporters, emptyGroups };
}

/** The successors in office on a date of a unit that has ended (for "this unit no longer exists"). */
export function successorsOn(model: PlanModel, unitId: string, on: IsoDate): string[] {
  const unit = model.units.get(unitId);
  if (!unit || unitInOffice(unit, on)) return [];
  return resolveOn(model, unitId, on).units.map((u) => u.id);
}
