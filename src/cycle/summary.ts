// The provincial summary of a year (báo cáo tổng hợp) as data: what each unit reported on each
// task of the plan, the figures added up, the reporting status of every unit. Pure: the
// templates of `kt-bio compile` decide the words and the order; this module decides the facts.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Unit } from '../generated/schema-types.js';
import { baseName } from '../io/paths.js';
import type { IsoDate } from '../text/calendar.js';
import { moneyUnitFactor } from '../text/money.js';
import { planDate, ROLES, type PlanModel, type Role } from '../plan/model.js';
import type { Addressee, ReportModel, ReportSummary, TaskStatus } from '../report/model.js';
import type { TargetProgress } from './targets.js';
import type { EmptyGroupNotice, ReportingRates, StrayReason, SubmissionStatus, SubmissionSummary, UnitSubmission } from './submissions.js';

export interface UnitRef {
  unitId: string;
  /** The unit's name in force on the year's deadline. */
  name: string;
  short: string;
  kind: Unit['kind'];
}

/** How a unit's report stands with the deadline, carried on everything it contributed. */
export interface Timeliness {
  late: boolean;
  /** Days after the deadline; 0 when on time. */
  daysLate: number;
}

/** One unit's report on one task. */
export interface TaskEntry extends Timeliness {
  unit: UnitRef;
  /** The unit's role in the task on the deadline; null when the plan does not give it the task. */
  role: Role | null;
  status: TaskStatus;
  completedOn: IsoDate | null;
  results: string | null;
  difficulties: string | null;
  indicators: { name: string; value: number; unit: string }[];
  /** Amounts in đồng, in the order of the plan's funding sources; sources not given are left out. */
  funding: SourceAmount[];
  fundingTotal: number;
}

export interface SourceAmount {
  sourceId: string;
  name: string;
  short: string;
  dong: number;
}

/** Indicators of the same name and unit of measure, added up across the units that report them. */
export interface IndicatorTotal {
  name: string;
  unit: string;
  total: number;
  contributions: { unit: UnitRef; value: number }[];
}

/** An indicator added up over every task where it appears. */
export interface ProvincialIndicator {
  name: string;
  unit: string;
  total: number;
  /** How many units contributed. */
  units: number;
  /** The tasks it was reported under, in plan order. */
  taskIds: string[];
  /** Measured in money (read in đồng): a figure the units report, never part of the funding totals. */
  money: boolean;
}

/** A unit that holds a task but whose counted report says nothing about it. */
export interface SilentHolder {
  unit: UnitRef;
  role: Role;
  /** no_report: the unit has no counted report; not_in_report: its report leaves the task out. */
  reason: 'no_report' | 'not_in_report';
}

/** One text and every unit that wrote it (the same words, whatever the case, spacing and final stop). */
export interface MergedText {
  text: string;
  units: UnitRef[];
}

/** Units that reported, in an earlier year's terms, the task completed: one line, not one bullet each. */
export interface EarlierCompletion {
  year: number;
  entries: TaskEntry[];
}

export interface TaskSummary {
  taskId: string;
  title: string;
  sectionId: string;
  timeframe: string;
  due: IsoDate | null;
  /** Units holding the task on the deadline, strongest role first. */
  holders: { unit: UnitRef; role: Role }[];
  /** What units reported, lead units first, then implementing, cooperating, and others. */
  entries: TaskEntry[];
  silent: SilentHolder[];
  indicators: IndicatorTotal[];
  /** Every funding source of the plan, with 0 where nothing was reported. */
  funding: SourceAmount[];
  fundingTotal: number;
  /** Units that have not reported the task completed past its due date. */
  overdue: { unit: UnitRef; daysOverdue: number }[];
  /** Units the plan gives the task to, and how many of them reported on it. */
  assigned: number;
  assignedReported: number;
  /** Units that reported on the task without holding it. */
  otherReporters: number;
  /**
   * Units given the task whose counted report does not mention it (ReportModel.notReported): the
   * summary says "không báo cáo" for each, once, in the table of each unit's tasks.
   */
  notReported: UnitRef[];
  /** How many reports give each status. */
  statusCounts: Record<TaskStatus, number>;
  /** Lead units' entries (chủ trì): given in full. */
  lead: TaskEntry[];
  /** The other units' entries of this year, not completed in an earlier year. */
  others: TaskEntry[];
  /** `others` grouped by their results text (the same text once, naming all its units). */
  othersMerged: { text: string | null; entries: TaskEntry[] }[];
  /** Other units that say they completed the task in an earlier year, by year. */
  earlierCompleted: EarlierCompletion[];
}

/** A numbered item of the report's part on results: a section of the plan and its tasks. */
export interface SummaryItem {
  sectionId: string;
  title: string;
  tasks: TaskSummary[];
  /** Sub-sections (lettered a, b, …), each with its tasks. */
  subitems: { sectionId: string; title: string; tasks: TaskSummary[] }[];
}

export interface Attributed {
  unit: UnitRef;
  text: string;
}

export interface SubmissionRow extends Timeliness {
  unit: UnitRef;
  status: SubmissionStatus;
  /** on_time / late: the report that counts. */
  number: string | null;
  submitted: IsoDate | null;
  /** The file the content comes from, by name within the year's folder. */
  file: string | null;
  /** A correction (bổ sung) replaced the first report: the first one's number and date. */
  replaces: { number: string | null; submitted: IsoDate | null; file: string } | null;
  /** blank / invalid: the first thing wrong with the file, and its name. */
  problem: Diagnostic | null;
  problemFile: string | null;
}

export interface LeftOutFile {
  file: string;
  verdict: 'blank' | 'invalid' | 'valid';
  /** Why it does not count: its unit's status, or why it belongs to no expected unit. */
  reason: 'blank' | 'invalid' | 'superseded' | StrayReason;
  unit: UnitRef | null;
  /** The unit id the file claims, and that unit's name when it is one of the plan's. */
  agency: string | null;
  agencyName: string | null;
  problem: Diagnostic | null;
}

export type ProgressCell = TaskStatus | 'not_in_report' | 'no_report' | 'not_assigned';

export interface ProgressRow {
  unit: UnitRef;
  /** One cell per task of `SummaryModel.tasks`, in the same order. */
  cells: ProgressCell[];
}

export interface FundingTotals {
  sources: { sourceId: string; name: string; short: string }[];
  /** Per task with any amount, in plan order. */
  byTask: { taskId: string; title: string; amounts: SourceAmount[]; total: number }[];
  totals: SourceAmount[];
  total: number;
}

export interface SummaryModel {
  year: number;
  plan: { kind: string; number: string; date: IsoDate; issuer: string; issuerShort: string; title: string };
  /** The unit report deadline of the year (reporting.yaml, unitReport). */
  deadline: IsoDate;
  rates: ReportingRates;
  items: SummaryItem[];
  /** Every task of the plan, in plan order. */
  tasks: TaskSummary[];
  /** Tasks no counted report speaks of. */
  unreportedTasks: TaskSummary[];
  /** Tasks past their due date that some unit has not reported completed. */
  overdueTasks: TaskSummary[];
  funding: FundingTotals;
  assessment: { achievements: Attributed[]; limitations: Attributed[]; causes: Attributed[] };
  /** The units' statements, identical ones merged. */
  statements: Record<keyof ReportSummary, MergedText[]>;
  proposals: { unit: UnitRef; items: string[] }[];
  /** Proposals by addressee (Trung ương, tỉnh, sở-ngành-địa phương), identical ones merged. */
  proposalsByAddressee: { addressee: Addressee; items: MergedText[] }[];
  /** Next year's tasks the units name, identical ones merged. */
  nextYear: MergedText[];
  /** Indicators of the same name and unit of measure added up across every task. */
  provincialIndicators: ProvincialIndicator[];
  /** Dated tasks, as of the document's date: unit–task pairs bound by a due date, and how they stand. */
  datedFigures: { tasks: number; bound: number; completed: number; overdue: number; notReported: number };
  submissions: SubmissionRow[];
  /** Files read but not compiled: blank, with errors, replaced, or of no expected unit. */
  leftOut: LeftOutFile[];
  progress: ProgressRow[];
  emptyGroups: EmptyGroupNotice[];
  /** The plan's numeric targets against the year's reported totals (cycle/targets). */
  targets: TargetProgress[];
}

const roleRank = (r: Role | null): number => (r === null ? ROLES.length : ROLES.indexOf(r));

export function buildSummary(plan: PlanModel, submissions: SubmissionSummary): SummaryModel {
  const identity = plan.data.identity;
  const deadline = submissions.cycle.unitDeadline.date;
  // A source without a short name is shown by its name in tables too.
  const sources = plan.data.funding.sources.map((s) => ({ id: s.id, name: s.name, short: s.short ?? s.name }));
  const unitOrder = new Map([...plan.units.keys()].map((id, i) => [id, i]));
  const order = (u: UnitRef) => unitOrder.get(u.unitId) ?? Number.MAX_SAFE_INTEGER;
  const counted = submissions.units.filter((u) => u.report !== undefined);

  const tasks = plan.tasks.map((task): TaskSummary => {
    const holders = submissions.units
      .flatMap((u) => u.tasks.filter((a) => a.taskId === task.id).map((a) => ({ unit: unitRef(u), role: a.role })))
      .sort((a, b) => roleRank(a.role) - roleRank(b.role) || order(a.unit) - order(b.unit));
    const entries: TaskEntry[] = [];
    for (const u of counted) {
      const reported = u.report!.tasks.find((t) => t.id === task.id);
      if (!reported) continue;
      const funding = sources
        .filter((s) => reported.funding[s.id] !== undefined)
        .map((s) => ({ sourceId: s.id, name: s.name, short: s.short, dong: reported.funding[s.id]! }));
      entries.push({
        unit: unitRef(u),
        role: u.tasks.find((a) => a.taskId === task.id)?.role ?? null,
        status: reported.status,
        completedOn: reported.completedOn ?? null,
        results: reported.results ?? null,
        difficulties: reported.difficulties ?? null,
        indicators: reported.indicators.map(inDong),
        funding,
        fundingTotal: sum(funding.map((f) => f.dong)),
        ...timeliness(u),
      });
    }
    entries.sort((a, b) => roleRank(a.role) - roleRank(b.role) || order(a.unit) - order(b.unit));
    const reportedBy = new Set(entries.map((e) => e.unit.unitId));
    const silent = holders
      .filter((h) => !reportedBy.has(h.unit.unitId))
      .map((h): SilentHolder => ({ ...h, reason: counted.some((u) => u.unitId === h.unit.unitId) ? 'not_in_report' : 'no_report' }));
    const funding = sources.map((s) => ({ sourceId: s.id, name: s.name, short: s.short, dong: sum(entries.map((e) => e.funding.find((f) => f.sourceId === s.id)?.dong ?? 0)) }));
    // Every deadline of the task (milestones and due date): a unit is overdue by its oldest one missed.
    const overdueDays = new Map<string, number>();
    for (const d of submissions.datedTasks.filter((x) => x.taskId === task.id)) {
      for (const u of d.units) if (u.state === 'overdue') overdueDays.set(u.unitId, Math.max(overdueDays.get(u.unitId) ?? 0, u.daysOverdue ?? 0));
    }
    const lead = entries.filter((e) => e.role === 'lead');
    const earlier = entries.filter((e) => e.role !== 'lead' && e.status === 'completed' && e.completedOn !== null && Number(e.completedOn.slice(0, 4)) < submissions.year);
    const others = entries.filter((e) => e.role !== 'lead' && !earlier.includes(e));
    const years = [...new Set(earlier.map((e) => Number(e.completedOn!.slice(0, 4))))].sort((a, b) => a - b);
    const statusCounts: Record<TaskStatus, number> = { completed: 0, ongoing: 0, in_progress: 0, not_started: 0 };
    for (const e of entries) statusCounts[e.status] += 1;
    return {
      assigned: holders.length,
      assignedReported: holders.filter((h) => reportedBy.has(h.unit.unitId)).length,
      otherReporters: entries.filter((e) => !holders.some((h) => h.unit.unitId === e.unit.unitId)).length,
      notReported: counted.filter((u) => u.report!.notReported?.includes(task.id)).map(unitRef),
      statusCounts,
      lead,
      others,
      othersMerged: mergeBy(others, (e) => e.results).map((g) => ({ text: g.key === null ? null : g.items[0]!.results, entries: g.items })),
      earlierCompleted: years.map((year) => ({ year, entries: earlier.filter((e) => Number(e.completedOn!.slice(0, 4)) === year) })),
      taskId: task.id,
      title: task.title,
      sectionId: task.section,
      timeframe: task.timeframe.label,
      due: task.timeframe.due !== undefined ? planDate(task.timeframe.due) : null,
      holders,
      entries,
      silent,
      indicators: indicatorTotals(entries),
      funding,
      fundingTotal: sum(funding.map((f) => f.dong)),
      overdue: [...overdueDays].map(([unitId, daysOverdue]) => ({ unit: unitRef(submissions.units.find((u) => u.unitId === unitId)!), daysOverdue })),
    };
  });

  const fundingTotals = sources.map((s) => ({ sourceId: s.id, name: s.name, short: s.short, dong: sum(tasks.map((t) => t.funding.find((f) => f.sourceId === s.id)?.dong ?? 0)) }));
  const attributed = (key: keyof ReportModel['summary']): Attributed[] =>
    counted.flatMap((u) => {
      const text = u.report!.summary[key];
      return text === undefined ? [] : [{ unit: unitRef(u), text }];
    });

  const statement = (key: keyof ReportSummary): MergedText[] =>
    mergeTexts(counted.flatMap((u) => (u.report!.summary[key] === undefined ? [] : [{ unit: unitRef(u), text: u.report!.summary[key]! }])));
  const proposalItems = counted.flatMap((u) => u.report!.proposals.map((text, i) => ({ unit: unitRef(u), text, to: u.report!.proposalsTo?.[i] ?? addresseeOf(text) })));
  const bound = submissions.datedTasks.flatMap((t) => t.units.filter((u) => u.state !== 'created_after_due' && u.state !== 'not_yet_due'));

  return {
    year: submissions.year,
    statements: {
      achievements: statement('achievements'),
      limitations: statement('limitations'),
      causes: statement('causes'),
      causesObjective: statement('causesObjective'),
      causesSubjective: statement('causesSubjective'),
    },
    proposalsByAddressee: ADDRESSEES.map((addressee) => ({ addressee, items: mergeTexts(proposalItems.filter((p) => p.to === addressee)) })).filter((g) => g.items.length > 0),
    nextYear: mergeTexts(counted.flatMap((u) => (u.report!.nextYear ?? []).map((text) => ({ unit: unitRef(u), text })))),
    provincialIndicators: provincialIndicators(tasks),
    datedFigures: {
      tasks: submissions.datedTasks.filter((t) => t.due < submissions.today).length,
      bound: bound.length,
      completed: bound.filter((u) => u.state === 'completed').length,
      overdue: bound.filter((u) => u.state === 'overdue').length,
      notReported: bound.filter((u) => u.state === 'not_reported').length,
    },
    plan: {
      kind: identity.kind,
      number: identity.number,
      date: planDate(identity.date),
      issuer: identity.issuer.name,
      issuerShort: identity.issuer.short,
      title: identity.title,
    },
    deadline,
    rates: submissions.rates,
    items: summaryItems(plan, tasks),
    tasks,
    unreportedTasks: tasks.filter((t) => t.entries.length === 0),
    overdueTasks: tasks.filter((t) => t.overdue.length > 0),
    funding: {
      sources: sources.map((s) => ({ sourceId: s.id, name: s.name, short: s.short })),
      byTask: tasks.filter((t) => t.entries.some((e) => e.funding.length > 0)).map((t) => ({ taskId: t.taskId, title: t.title, amounts: t.funding, total: t.fundingTotal })),
      totals: fundingTotals,
      total: sum(fundingTotals.map((f) => f.dong)),
    },
    assessment: { achievements: attributed('achievements'), limitations: attributed('limitations'), causes: attributed('causes') },
    proposals: counted.filter((u) => u.report!.proposals.length > 0).map((u) => ({ unit: unitRef(u), items: [...u.report!.proposals] })),
    submissions: submissions.units.map(submissionRow),
    leftOut: leftOutFiles(submissions),
    progress: submissions.units.map((u) => ({
      unit: unitRef(u),
      cells: plan.tasks.map((task): ProgressCell => {
        const entry = u.report?.tasks.find((t) => t.id === task.id);
        if (entry) return entry.status;
        if (u.report?.notReported?.includes(task.id)) return 'not_in_report';
        if (!u.tasks.some((a) => a.taskId === task.id)) return 'not_assigned';
        return u.report ? 'not_in_report' : 'no_report';
      }),
    })),
    emptyGroups: submissions.emptyGroups,
    targets: submissions.targets,
  };
}

function unitRef(u: UnitSubmission): UnitRef {
  return { unitId: u.unitId, name: u.name, short: u.short, kind: u.kind };
}

function timeliness(u: UnitSubmission): Timeliness {
  return { late: u.status === 'late', daysLate: u.daysLate ?? 0 };
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/**
 * How names typed by different clerks are matched: Unicode NFC, spacing collapsed and trimmed,
 * case folded (Vietnamese rules). "Số mẫu  xét nghiệm PCR" and "số mẫu xét nghiệm PCR" are one
 * indicator; "mẫu" and "mẫu xét nghiệm" are two units of measure, never added together.
 */
export const matchKey = (text: string): string => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

const indicatorKey = (name: string, unit: string): string => `${matchKey(name)}\u0000${matchKey(unit)}`;

/**
 * Near-identical texts: equal once matched as names are (NFC, spacing, case) and without the
 * final full stop, semicolon or quotes. Different words are never merged.
 */
export const textKey = (text: string): string => matchKey(text).replace(/^["'“”‘’]+|["'“”‘’.;,:!…\s]+$/gu, '');

function mergeBy<T>(items: readonly T[], textOf: (item: T) => string | null): { key: string | null; items: T[] }[] {
  const groups: { key: string | null; items: T[] }[] = [];
  for (const item of items) {
    const text = textOf(item);
    const key = text === null ? null : textKey(text);
    const group = key === null ? undefined : groups.find((g) => g.key === key);
    if (group) group.items.push(item);
    else groups.push({ key, items: [item] });
  }
  return groups;
}

/** Statements merged when near-identical, the first unit's words kept, every unit named. */
export function mergeTexts(items: readonly { unit: UnitRef; text: string }[]): MergedText[] {
  return mergeBy(items, (i) => i.text).map((g) => ({ text: g.items[0]!.text, units: g.items.map((i) => i.unit) }));
}

export const ADDRESSEES: readonly Addressee[] = ['central', 'province', 'local'];

/**
 * To whom a proposal without an explicit \`to\` is addressed: one that names a ministry (Bộ), the
 * Government (Chính phủ) or the central level (Trung ương) goes to the centre; one that opens by
 * asking the departments (sở), sectors (ngành) or localities (địa phương) goes to them; any other to
 * the province, to which the units report.
 */
export function addresseeOf(text: string): Addressee {
  const t = text.normalize('NFC');
  if (/(^|[^\p{L}])(Bộ|Chính phủ|Thủ tướng|Trung ương)(?![\p{L}])/u.test(t)) return 'central';
  // "Đề nghị các sở, ngành, địa phương …", "Đề nghị Sở Khoa học và Công nghệ …": to the departments.
  if (/^\s*(Đề nghị|Kiến nghị|Đề xuất)\s+(các\s+)?(sở|ngành|địa phương)(?![\p{L}])/iu.test(t)) return 'local';
  return 'province';
}

function provincialIndicators(tasks: readonly TaskSummary[]): ProvincialIndicator[] {
  const out = new Map<string, ProvincialIndicator & { unitIds: Set<string> }>();
  for (const t of tasks) {
    for (const e of t.entries) {
      for (const i of e.indicators) {
        const key = indicatorKey(i.name, i.unit);
        let p = out.get(key);
        if (!p) {
          p = { name: i.name.trim().replace(/\s+/g, ' '), unit: i.unit.trim().replace(/\s+/g, ' '), total: 0, units: 0, taskIds: [], money: i.unit === DONG, unitIds: new Set() };
          out.set(key, p);
        }
        p.total = addExact(p.total, i.value);
        p.unitIds.add(e.unit.unitId);
        if (!p.taskIds.includes(t.taskId)) p.taskIds.push(t.taskId);
      }
    }
  }
  return [...out.values()].map(({ unitIds, ...p }) => ({ ...p, units: unitIds.size }));
}

function indicatorTotals(entries: readonly TaskEntry[]): IndicatorTotal[] {
  const totals = new Map<string, IndicatorTotal>();
  for (const e of entries) {
    for (const i of e.indicators) {
      const key = indicatorKey(i.name, i.unit);
      let t = totals.get(key);
      if (!t) {
        // The first unit's spelling names the line (entries are in a fixed order).
        t = { name: i.name.trim().replace(/\s+/g, ' '), unit: i.unit.trim().replace(/\s+/g, ' '), total: 0, contributions: [] };
        totals.set(key, t);
      }
      t.total = addExact(t.total, i.value);
      const mine = t.contributions.find((c) => c.unit.unitId === e.unit.unitId);
      if (mine) mine.value = addExact(mine.value, i.value);
      else t.contributions.push({ unit: e.unit, value: i.value });
    }
  }
  return [...totals.values()];
}

const DONG = 'đồng';

/**
 * An indicator measured in money, read in đồng: "2.460 triệu đồng" is 2.460.000.000 đồng, so that
 * the same figure written in đồng by one unit and in triệu đồng by another adds up, and the
 * document prints every amount in the one unit its funding totals use. Any other unit of measure,
 * and an amount that would not come to whole đồng, stays as written.
 */
function inDong(i: { name: string; value: number; unit: string }): { name: string; value: number; unit: string } {
  const factor = moneyUnitFactor(i.unit);
  if (factor === null) return { ...i };
  const decimals = (String(i.value).split('.')[1] ?? '').length;
  const scale = 10 ** decimals;
  if (factor % scale !== 0) return { ...i };
  const dong = Math.round(i.value * scale) * (factor / scale);
  return Number.isSafeInteger(dong) ? { name: i.name, value: dong, unit: DONG } : { ...i };
}

/** Decimal values (1250.5 ha) added without binary rounding noise (0.1 + 0.2). */
function addExact(a: number, b: number): number {
  const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;
  const scale = 10 ** Math.max(decimals(a), decimals(b));
  return Math.round(a * scale + b * scale) / scale;
}

/**
 * The report's numbered items: each top-level section of the plan that has sub-sections gives
 * one item per sub-section (the top level is the plan's own part, "NHIỆM VỤ, GIẢI PHÁP"); a
 * top-level section without sub-sections is an item itself. Deeper sections become lettered
 * sub-items. Sections with no task anywhere below them are left out.
 */
function summaryItems(plan: PlanModel, tasks: readonly TaskSummary[]): SummaryItem[] {
  const sections = plan.data.tasks.sections;
  const ids = sections.map((s) => s.id);
  const parentOf = (id: string): string | undefined => {
    const parts = id.split('.');
    for (let n = parts.length - 1; n > 0; n--) {
      const candidate = parts.slice(0, n).join('.');
      if (ids.includes(candidate)) return candidate;
    }
    return undefined;
  };
  const childrenOf = (id: string | undefined) => sections.filter((s) => parentOf(s.id) === id);
  const tasksIn = (id: string) => tasks.filter((t) => t.sectionId === id);
  const below = (id: string): string[] => childrenOf(id).flatMap((c) => [c.id, ...below(c.id)]);
  const hasTasks = (id: string) => [id, ...below(id)].some((s) => tasksIn(s).length > 0);

  const items: SummaryItem[] = [];
  for (const top of childrenOf(undefined)) {
    const children = childrenOf(top.id);
    const itemSections = children.length > 0 ? children : [top];
    if (children.length > 0 && tasksIn(top.id).length > 0) {
      // Tasks attached to the part itself come first, as an item of their own.
      items.push({ sectionId: top.id, title: top.title, tasks: tasksIn(top.id), subitems: [] });
    }
    for (const s of itemSections) {
      if (!hasTasks(s.id)) continue;
      items.push({
        sectionId: s.id,
        title: s.title,
        tasks: tasksIn(s.id),
        subitems: below(s.id)
          .filter((id) => tasksIn(id).length > 0)
          .map((id) => ({ sectionId: id, title: sections.find((x) => x.id === id)!.title, tasks: tasksIn(id) })),
      });
    }
  }
  return items;
}

function submissionRow(u: UnitSubmission): SubmissionRow {
  const content = u.contentFile !== undefined ? u.files.find((f) => f.file === u.contentFile) : undefined;
  const first = u.timelinessFile !== undefined ? u.files.find((f) => f.file === u.timelinessFile) : undefined;
  const problemFile = u.status === 'blank' || u.status === 'invalid' ? u.files.find((f) => f.verdict === u.status) : undefined;
  return {
    unit: unitRef(u),
    status: u.status,
    ...timeliness(u),
    number: content?.number ?? null,
    submitted: content?.submitted ?? u.submitted ?? null,
    file: content ? baseName(content.path) : null,
    replaces:
      first && content && first !== content ? { number: first.number ?? null, submitted: first.submitted ?? null, file: baseName(first.path) } : null,
    problem: problemFile?.firstProblem ?? null,
    problemFile: problemFile ? baseName(problemFile.path) : null,
  };
}

function leftOutFiles(s: SubmissionSummary): LeftOutFile[] {
  const out: LeftOutFile[] = [];
  for (const u of s.units) {
    for (const f of u.files) {
      if (f.role !== 'not_counted' && f.role !== 'superseded') continue;
      out.push({
        file: baseName(f.path),
        verdict: f.verdict,
        reason: f.role === 'superseded' ? 'superseded' : f.verdict === 'blank' ? 'blank' : 'invalid',
        unit: unitRef(u),
        agency: u.unitId,
        agencyName: u.name,
        problem: f.firstProblem ?? null,
      });
    }
  }
  for (const f of s.strays) {
    const unit = f.agency !== undefined ? s.units.find((u) => u.unitId === f.agency) : undefined;
    out.push({ file: baseName(f.path), verdict: f.verdict, reason: f.reason, unit: unit ? unitRef(unit) : null, agency: f.agency ?? null, agencyName: f.agencyName ?? null, problem: f.firstProblem ?? null });
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
