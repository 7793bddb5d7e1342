// The blank report form a unit fills in (`kt-bio template`): the plan's facts for one unit and
// year, poured into the department's Handlebars template (templates/report-form.yaml.hbs).
// The template owns the words; this module owns what keeps the YAML valid whatever the plan says.
import type HandlebarsNamespace from 'handlebars';
import { stringify } from 'yaml';
import type { Lang } from '../messages/catalogue.js';
import { NO_FORM_WORDS } from '../messages/template.js';
import { addDays, formatDateVi, type IsoDate } from '../text/calendar.js';
import { exampleReportDate, expectedReporters, lifetimeOf, unitReportDeadline, planDate, resolveOn, unitNameOn, type ExpectedReporter, type PlanModel, type Role } from '../plan/model.js';

type Handlebars = typeof HandlebarsNamespace;

export interface FormTask {
  id: string;
  title: string;
  role: Role;
  /** The plan's words for this unit's part, when a task has several leads. */
  roleNote?: string;
  /** The group through which the unit holds the task. */
  via?: string;
  /** The ended unit or group whose task this unit took over. */
  inheritedFrom?: string;
  /** Every bullet of the task, one paragraph each. */
  text: string;
  timeframe: string;
  /** Due date (dd/m/yyyy) of a task with one. */
  due?: string;
  dated: boolean;
}

/** Examples the form gives, from this plan's own cycle of the year (never another plan's dates). */
export interface FormExamples {
  /** A signing date a few days before the unit deadline, dd/m/yyyy, and the same as ISO. */
  date: string;
  dateIso: IsoDate;
  /** A document number in the unit's own style: 125/BC-UBND, 125/BC-SYT. */
  number: string;
  /** A data cut-off: from the day after last year's deadline to this year's deadline. */
  periodFrom: string;
  periodTo: string;
}

/** What the template sees. */
export interface FormContext {
  plan: { kind: string; number: string; date: string; issuer: string };
  year: number;
  previousYear: number;
  unit: { id: string; name: string; short: string; kind: string };
  examples: FormExamples;
  /** The unit report deadline, dd/m/yyyy. */
  deadline: string;
  recipient: string;
  tasks: FormTask[];
  fundingSources: { id: string; name: string }[];
  /** The ad hoc request the form answers (its answers carry `request: <id>`); null: the yearly report. */
  request: { id: string; title: string } | null;
}

export function formContext(plan: PlanModel, reporter: ExpectedReporter, year: number, deadline: IsoDate): FormContext {
  const id = plan.data.identity;
  return {
    plan: { kind: id.kind, number: id.number, date: formatDateVi(planDate(id.date)), issuer: id.issuer.name },
    year,
    previousYear: year - 1,
    unit: { id: reporter.unitId, name: reporter.name, short: reporter.short, kind: plan.units.get(reporter.unitId)?.kind ?? 'department' },
    examples: formExamples(plan, reporter, year, deadline),
    deadline: formatDateVi(deadline),
    recipient: plan.data.reporting.unitReport.recipient,
    request: null,
    tasks: reporter.tasks.map((a) => {
      const task = plan.tasks.find((t) => t.id === a.taskId)!;
      const t: FormTask = {
        id: task.id,
        title: task.title,
        role: a.role,
        text: task.text.join('\n'),
        timeframe: task.timeframe.label,
        dated: task.timeframe.due !== undefined,
      };
      if (a.roleNote) t.roleNote = a.roleNote;
      if (a.via) t.via = plan.groups.get(a.via)?.name ?? a.via;
      if (a.inheritedFrom) t.inheritedFrom = formerName(plan, a.inheritedFrom);
      if (task.timeframe.due) t.due = formatDateVi(planDate(task.timeframe.due));
      return t;
    }),
    fundingSources: plan.data.funding.sources.map((s) => ({ id: s.id, name: s.name })),
  };
}

function formExamples(plan: PlanModel, reporter: ExpectedReporter, year: number, deadline: IsoDate): FormExamples {
  const date = exampleReportDate(plan, year);
  const kind = plan.units.get(reporter.unitId)?.kind;
  return {
    date: formatDateVi(date),
    dateIso: date,
    number: `125/BC-${kind === 'district' || kind === 'commune' ? 'UBND' : initials(reporter.name)}`,
    periodFrom: formatDateVi(addDays(unitReportDeadline(plan, year - 1), 1)),
    periodTo: formatDateVi(deadline),
  };
}

/** The capital initials of a unit's name ("và" left out), as its document numbers abbreviate it. */
function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => w !== '' && w.toLocaleLowerCase('vi') !== 'và');
  return words
    .map((w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '')[0] ?? '')
    .join('')
    .replace(/đ/gi, 'D')
    .toLocaleUpperCase('vi')
    .replace(/[^A-Z]/g, '');
}

/** An ended unit under the name it last had; a group under its name. */
function formerName(plan: PlanModel, id: string): string {
  const unit = plan.units.get(id);
  if (unit) {
    const until = lifetimeOf(unit).until;
    return until ? unitNameOn(unit, until).name : unit.name;
  }
  return plan.groups.get(id)?.name ?? id;
}

// Line breaks YAML or an editor may honour, and characters YAML does not allow in a comment.
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const NOT_PRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufeff\ufffe\uffff]/g;

/** Text on one line, safe after a "#". */
export function oneLine(text: unknown): string {
  return String(text ?? '').replace(LINE_BREAKS, ' ').replace(NOT_PRINTABLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * Text as comment lines: each paragraph wrapped at `width` and every line starting with
 * `prefix` (which holds the "#"), so no line of the plan's text can escape the comment.
 */
export function commentLines(text: unknown, prefixGiven: string, width = 100): string {
  // A prefix without "#" would let the plan's text out of the comment.
  const prefix = prefixGiven.includes('#') ? prefixGiven : `${prefixGiven}# `;
  const room = Math.max(20, width - prefix.length);
  const out: string[] = [];
  for (const paragraph of String(text ?? '').split(LINE_BREAKS)) {
    const words = oneLine(paragraph).split(' ').filter(Boolean);
    if (words.length === 0) continue;
    let line = '';
    for (const w of words) {
      if (line && line.length + 1 + w.length > room) {
        out.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    out.push(line);
  }
  // Continuation lines align under the first line's text, still behind the "#".
  const hash = prefix.indexOf('#');
  const rest = `${prefix.slice(0, hash + 1)}${' '.repeat(Math.max(1, prefix.length - hash - 1))}`;
  return out.map((l, i) => `${i === 0 ? prefix : rest}${l}`.trimEnd()).join('\n');
}

/** A scalar written so YAML reads it back as the same string. */
export function yamlScalar(value: unknown): string {
  return stringify(String(value ?? ''), { lineWidth: 0 }).trimEnd();
}

/** Compiles the form template with the helpers it relies on. */
export function compileForm(handlebars: Handlebars, templateText: string): (context: FormContext) => string {
  const hb = handlebars.create();
  hb.registerHelper('comment', (text: unknown, prefix: unknown) => commentLines(text, typeof prefix === 'string' ? prefix : '# '));
  hb.registerHelper('oneLine', (text: unknown) => oneLine(text));
  hb.registerHelper('yaml', (value: unknown) => yamlScalar(value));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('upper', (text: unknown) => oneLine(text).toLocaleUpperCase('vi'));
  // noEscape: the output is YAML, not HTML; strict: a misspelt field in the template is an error, not a blank.
  const render = hb.compile<FormContext>(templateText, { noEscape: true, strict: true });
  return (context) => render(context);
}

/** A unit (or a group with no members yet) holding an ended unit's tasks. */
export interface Successor {
  id: string;
  name: string;
  emptyGroup: boolean;
  whereToAdd?: string;
}

/** Why a unit gets no form for a year, for the message that says who reports instead. */
export type NoFormReason =
  | { kind: 'unknown'; suggestion?: string }
  | { kind: 'ended'; until: IsoDate; successors: Successor[] }
  | { kind: 'not_yet_in_office'; from: IsoDate }
  | { kind: 'no_tasks' };

/** The unit's form for the year, or why there is none. */
export function reporterFor(plan: PlanModel, unitId: string, year: number): { reporter: ExpectedReporter; deadline: IsoDate } | { reason: NoFormReason } {
  const expected = expectedReporters(plan, year);
  const reporter = expected.reporters.find((r) => r.unitId === unitId);
  if (reporter) return { reporter, deadline: expected.deadline };
  const unit = plan.units.get(unitId);
  if (!unit) return { reason: { kind: 'unknown' } };
  const life = lifetimeOf(unit);
  if (life.until !== undefined && life.until < expected.deadline) {
    // Who holds the unit's tasks on the deadline, following successors that ended in turn.
    const heirs = resolveOn(plan, unitId, expected.deadline);
    const successors: Successor[] = heirs.units.map((u) => ({ id: u.id, name: unitNameOn(plan.units.get(u.id)!, expected.deadline).name, emptyGroup: false }));
    for (const g of heirs.emptyGroups) {
      const group = plan.groups.get(g);
      const s: Successor = { id: g, name: group?.name ?? g, emptyGroup: true };
      if (group?.whereToAdd) s.whereToAdd = group.whereToAdd;
      successors.push(s);
    }
    return { reason: { kind: 'ended', until: life.until, successors } };
  }
  if (life.from !== undefined && life.from > expected.deadline) return { reason: { kind: 'not_yet_in_office', from: life.from } };
  return { reason: { kind: 'no_tasks' } };
}

/** The message for a unit that gets no form: who it is, why, and who reports instead. */
export function noFormText(plan: PlanModel, unitId: string, year: number, reason: NoFormReason, lang: Lang, suggestion?: string, options = ''): string {
  const l = NO_FORM_WORDS[lang];
  if (reason.kind === 'unknown') return l.unknown(unitId, plan.files.units, suggestion);
  const unit = plan.units.get(unitId)!;
  const deadline = expectedReporters(plan, year).deadline;
  const name = `${unitNameOn(unit, deadline).name} (${unitId})`;
  switch (reason.kind) {
    case 'ended':
      return [l.ended(name, reason.until, year), ...reason.successors.map((s) => (s.emptyGroup ? l.successorEmpty(s) : l.successor(s, year, options)))].join('\n');
    case 'not_yet_in_office':
      return l.notYet(name, reason.from, deadline);
    case 'no_tasks':
      return l.noTasks(name, deadline);
  }
}
