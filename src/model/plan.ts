// The plan as a model: units and groups with lifetimes, and the one rule that says who must do
// what on a given date. check, template, compile and plan all ask these functions.
import type { Assignment, Group, IssuerBlocks, Task, Unit } from '../generated/schema-types.js';
import type { PlanData } from '../validate/plan.js';
import { isoDate, isWithin, parseDate, type IsoDate } from './calendar.js';

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
}

export function buildPlanModel(data: PlanData): PlanModel {
  return {
    data,
    units: new Map(data.registry.units.map((u) => [u.id, u])),
    groups: new Map(data.registry.groups.map((g) => [g.id, g])),
    tasks: data.tasks.tasks,
  };
}

/** Dates in plan files are validated on load; this reads one as ISO. */
export function planDate(text: string): IsoDate;
export function planDate(text: string | undefined): IsoDate | undefined;
export function planDate(text: string | undefined): IsoDate | undefined {
  if (text === undefined) return undefined;
  const r = parseDate(text);
  if (!r.ok) throw new Error(`invalid date in validated plan data: ${text}`);
  return r.date;
}

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

/** The last day on which a unit's yearly report counts as on time (20/11/Y in the plan). */
export function unitReportDeadline(model: PlanModel, year: number): IsoDate {
  const d = model.data.reporting.unitReport.deadline;
  return deadlineDate(year, d);
}

/** The last day for the compiled provincial report (20/12/Y in the plan). */
export function provincialReportDeadline(model: PlanModel, year: number): IsoDate {
  return deadlineDate(year, model.data.reporting.provincialReport.deadline);
}

function deadlineDate(year: number, d: { day: number; month: number; inclusive: boolean }): IsoDate {
  const date = isoDate(year, d.month, d.day);
  if (d.inclusive) return date;
  // "before the day" exclusive: the day before is the last on-time day.
  const prev = new Date(Date.UTC(year, d.month - 1, d.day - 1));
  return prev.toISOString().slice(0, 10);
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
  const assignments: UnitAssignment[] = [];
  const empty = new Map<string, string[]>();
  for (const task of model.tasks) {
    const byUnit = new Map<string, UnitAssignment>();
    for (const role of ROLES) {
      for (const a of (task[ROLE_FIELD[role]] ?? []) as Assignment[]) {
        const { id, roleNote } = typeof a === 'string' ? { id: a, roleNote: undefined } : { id: a.id, roleNote: a.role };
        const r = resolveOn(model, id, on);
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
    assignments.push(...byUnit.values());
  }
  return { date: on, assignments, emptyGroups: [...empty].map(([groupId, taskIds]) => ({ groupId, taskIds })) };
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
  const reporters: ExpectedReporter[] = [];
  for (const unit of model.units.values()) {
    const tasks = assignments.filter((a) => a.unitId === unit.id);
    if (tasks.length === 0) continue;
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
