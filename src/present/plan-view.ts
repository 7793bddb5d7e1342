// `kt-bio plan`: the plan's tasks and who holds them on a date, as text or as data.
import type { Lang } from '../messages/catalogue.js';
import { PLAN_WORDS, type PlanNamed } from '../messages/plan.js';
import type { Task } from '../generated/schema-types.js';
import { formatDateVi, type IsoDate } from '../text/calendar.js';
import { assignmentsOn, lifetimeOf, planDate, unitNameOn, type PlanModel, type UnitAssignment } from '../plan/model.js';

/** The plan as headings name it. */
export function planNamed(p: PlanModel): PlanNamed {
  const id = p.data.identity;
  return { kind: id.kind, number: id.number, date: planDate(id.date), issuer: id.issuer.short };
}

function nameOf(model: PlanModel, id: string, on: IsoDate): string {
  const u = model.units.get(id);
  if (u) return unitNameOn(u, on).short;
  return model.groups.get(id)?.name ?? id;
}

function timeframeText(t: Task, lang: Lang): string {
  const due = t.timeframe.due ? ` (${PLAN_WORDS[lang].due} ${formatDateVi(planDate(t.timeframe.due))})` : '';
  return `${t.timeframe.label}${due}`;
}

export function planText(model: PlanModel, on: IsoDate, lang: Lang): string {
  const l = PLAN_WORDS[lang];
  const { assignments, emptyGroups } = assignmentsOn(model, on);
  const lines = [l.heading(planNamed(model), on), ''];
  for (const task of model.tasks) {
    lines.push(`${task.id.padEnd(10)} ${task.title}`);
    lines.push(`${''.padEnd(10)} ${l.time}: ${timeframeText(task, lang)}`);
    for (const role of ['lead', 'implementing', 'cooperating'] as const) {
      const rows = assignments.filter((a) => a.taskId === task.id && a.role === role);
      if (rows.length === 0) continue;
      lines.push(`${''.padEnd(10)} ${l.role[role]} (${rows.length} ${l.units}): ${summarise(model, rows, on)}`);
    }
    if (task.othersNote) lines.push(`${''.padEnd(10)} + ${task.othersNote}`);
    lines.push('');
  }
  for (const g of emptyGroups) {
    const group = model.groups.get(g.groupId);
    lines.push(`! ${l.emptyGroup(group?.name ?? g.groupId, group?.whereToAdd ?? 'plan/units.yaml')}`);
  }
  return lines.join('\n').trimEnd() + '\n';
}

/** Units named one by one, groups shown by name with their count, to keep a task on a few lines. */
function summarise(model: PlanModel, rows: UnitAssignment[], on: IsoDate): string {
  const parts: string[] = [];
  const byGroup = new Map<string, number>();
  for (const r of rows) {
    if (r.via) byGroup.set(r.via, (byGroup.get(r.via) ?? 0) + 1);
    else parts.push(nameOf(model, r.unitId, on) + (r.roleNote ? ` (${r.roleNote})` : ''));
  }
  for (const [g, n] of byGroup) parts.push(`${nameOf(model, g, on)} [${n}]`);
  return parts.join('; ');
}

export function agencyText(model: PlanModel, unitId: string, on: IsoDate, lang: Lang): string {
  const l = PLAN_WORDS[lang];
  const unit = model.units.get(unitId)!;
  const { name } = unitNameOn(unit, on);
  const life = lifetimeOf(unit);
  const lines = [l.agencyHeading(name, on), ''];
  if (life.until !== undefined && on > life.until) {
    lines.push(l.notInOffice(name, formatDateVi(life.until), (unit.successors ?? []).map((s) => nameOf(model, s, on)).join(', ')));
    return lines.join('\n') + '\n';
  }
  const mine = assignmentsOn(model, on).assignments.filter((a) => a.unitId === unitId);
  if (mine.length === 0) lines.push(l.agencyNone);
  for (const role of ['lead', 'implementing', 'cooperating'] as const) {
    const rows = mine.filter((a) => a.role === role);
    if (rows.length === 0) continue;
    lines.push(`${l.role[role]}:`);
    for (const r of rows) {
      const task = model.tasks.find((t) => t.id === r.taskId)!;
      const notes = [r.roleNote, r.via ? l.via(nameOf(model, r.via, on)) : undefined, r.inheritedFrom ? l.inherited(nameOf(model, r.inheritedFrom, on)) : undefined].filter(Boolean);
      lines.push(`  ${task.id.padEnd(10)} ${task.title} — ${timeframeText(task, lang)}${notes.length ? ` (${notes.join('; ')})` : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** The resolved plan for scripts: tasks with their units expanded from groups, units with names. */
export function planJson(model: PlanModel, on: IsoDate, agency?: string): unknown {
  const { assignments, emptyGroups } = assignmentsOn(model, on);
  const id = model.data.identity;
  return {
    plan: { kind: id.kind, number: id.number, date: planDate(id.date), issuer: id.issuer.name },
    on,
    units: [...model.units.values()]
      .filter((u) => agency === undefined || u.id === agency)
      .map((u) => {
        const life = lifetimeOf(u);
        return { id: u.id, ...unitNameOn(u, on), kind: u.kind, from: life.from ?? null, until: life.until ?? null, inOffice: (life.from ?? '') <= on && (life.until === undefined || on <= life.until), successors: u.successors ?? [] };
      }),
    groups: agency === undefined ? [...model.groups.values()].map((g) => ({ id: g.id, name: g.name, members: g.members.map((m) => (typeof m === 'string' ? m : m.unit)) })) : undefined,
    tasks: model.tasks
      .filter((t) => agency === undefined || assignments.some((a) => a.taskId === t.id && a.unitId === agency))
      .map((t) => ({
        id: t.id,
        section: t.section,
        title: t.title,
        text: t.text,
        timeframe: { label: t.timeframe.label, due: t.timeframe.due ? planDate(t.timeframe.due) : null, recurrence: t.timeframe.recurrence ?? null },
        othersNote: t.othersNote ?? null,
        assignments: assignments.filter((a) => a.taskId === t.id && (agency === undefined || a.unitId === agency)),
      })),
    emptyGroups,
  };
}
