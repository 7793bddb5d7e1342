// The provincial summary as a document: the summary's facts poured into the department's
// Handlebars templates (templates/compile/), which write the body in Markdown, and the header and
// closing taken from the settings. The templates own the words and the order; this module owns
// what keeps unit text from changing the layout.
//
// Escaping: a unit's text is data. Every string of the view model is passed through
// `escapeMarkdown` once, here, before any template sees it, and the templates are compiled with
// `noEscape` (Handlebars' own escaping is for HTML and would print "&amp;"). So `{{x}}` and
// `{{{x}}}` both insert text that prints exactly as the unit wrote it, and a template author cannot
// forget to escape. The two exceptions are the department's own: the settings' `text` entries
// (Markdown by design) and the helpers' output (digits and words kt-bio writes itself).
import type HandlebarsNamespace from 'handlebars';
import { localize } from '../messages/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import type { SummaryTemplates, TemplateText } from './templates.js';
import { dateParts, formatDateNumeric, formatDateVi, type IsoDate } from '../text/calendar.js';
import { issuerFields, issuerOn, planDate, reportAddressees, unitNameOn, type IssuerBlock, type PlanModel } from '../plan/model.js';
import type { MergedText, SummaryModel, TaskEntry, TaskSummary, UnitRef } from '../cycle/summary.js';
import type { YearComparison } from '../cycle/compare.js';
import { comparisonContext } from './comparison-view.js';
import { formatDong } from '../text/money.js';
import type { ResolvedSettings } from '../settings/validate.js';
import type { AdminDocument } from './docx/index.js';
import { formatDateInWords } from './docx/date-words.js';
import { escapeMarkdown } from './docx/escape.js';

type Handlebars = typeof HandlebarsNamespace;

/** What decides the document's heading: its date, and the issuer in office on that date. */
export interface SummaryHeader {
  date: IsoDate;
  issuer: IssuerBlock;
}

export type SummaryDocument = { ok: true; document: AdminDocument } | { ok: false; diagnostics: Diagnostic[] };

/** Codes the templates compare with `eq`: kebab case, which escaping leaves as it is. */
const kebab = (code: string): string => code.replace(/_/g, '-');

/** Vietnamese documents letter their sub-items with the Vietnamese alphabet: a, b, c, d, đ, e, g… */
const VIETNAMESE_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

/** A number as Vietnamese text writes it: 48.650 and 1.250,5. */
export function formatNumberVi(n: number): string {
  const [whole = '0', fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${grouped}${fraction !== undefined ? `,${fraction}` : ''}`;
}

/** Every string escaped for Markdown, recursively; numbers, booleans and null as they are. */
export function escapeStrings<T>(value: T): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => escapeStrings(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeStrings(v)])) as T;
  }
  return value;
}

const unitView = (u: UnitRef) => ({ id: u.unitId, name: u.name, short: u.short, kind: u.kind });

/** A unit's text as the paragraphs it wrote (one per line), so that each is a real paragraph. */
export const paragraphsOf = (text: string | null | undefined): string[] =>
  text === null || text === undefined ? [] : text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');

function entryView(e: TaskEntry) {
  return {
    unit: unitView(e.unit),
    role: e.role,
    status: kebab(e.status),
    completedOn: e.completedOn,
    results: e.results,
    paragraphs: paragraphsOf(e.results),
    difficulties: paragraphsOf(e.difficulties),
    late: e.late,
    daysLate: e.daysLate,
    indicators: e.indicators,
    funding: e.funding.map((f) => ({ name: f.name, short: f.short, amount: f.dong })),
    fundingTotal: e.fundingTotal,
  };
}

function statementsIn(summary: SummaryModel, keep: (m: MergedText) => boolean) {
  const pick = (list: MergedText[]) => list.filter(keep).map(mergedView);
  return {
    achievements: pick(summary.statements.achievements),
    limitations: pick(summary.statements.limitations),
    causes: pick(summary.statements.causes),
    causesObjective: pick(summary.statements.causesObjective),
    causesSubjective: pick(summary.statements.causesSubjective),
  };
}

const mergedView = (m: MergedText) => ({ units: m.units.map(unitView), many: m.units.length > 1, text: m.text, paragraphs: paragraphsOf(m.text) });

/** Roman numerals for the appendices (Decree 30/2020: two or more appendices are numbered I, II, III…). */
export function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = n;
  for (const [value, numeral] of table) while (rest >= value) { out += numeral; rest -= value; }
  return out;
}

/**
 * Characters of units' text the body keeps under the tasks before the other units' full texts move
 * to the appendix of detailed results (about five pages of 14-pt text; the body's fixed parts take
 * the rest of its twelve). The lead units' results always stay in the body.
 */
export const BODY_UNIT_TEXT_BUDGET = 6_000;

/**
 * Characters of the units' own assessments (Đánh giá chung) the body keeps; past it, the statements
 * of a single unit move to the appendix of detailed results and the body keeps those shared by several.
 */
export const BODY_STATEMENT_BUDGET = 3_000;

const textSize = (entries: readonly TaskEntry[]): number => entries.reduce((n, e) => n + (e.results?.length ?? 0) + (e.difficulties?.length ?? 0), 0);

/** The tasks whose other units' texts move to the appendix: the longest first, until the rest fits. */
export function tasksMovedToAppendix(tasks: readonly TaskSummary[], budget = BODY_UNIT_TEXT_BUDGET): Set<string> {
  let size = tasks.reduce((n, t) => n + textSize(t.lead) + textSize(t.others), 0);
  const moved = new Set<string>();
  const bySize = [...tasks].filter((t) => t.others.length > 0).sort((a, b) => textSize(b.others) - textSize(a.others) || a.taskId.localeCompare(b.taskId));
  for (const t of bySize) {
    if (size <= budget) break;
    moved.add(t.taskId);
    size -= textSize(t.others);
  }
  return moved;
}

const STATUS_ORDER = ['completed', 'in_progress', 'ongoing', 'not_started'] as const;

function taskView(t: TaskSummary, ref: string, moved: ReadonlySet<string>) {
  const inAppendix = moved.has(t.taskId);
  return {
    id: t.taskId,
    ref,
    title: t.title,
    timeframe: t.timeframe,
    due: t.due,
    reported: t.entries.length > 0,
    assigned: t.assigned,
    assignedReported: t.assignedReported,
    otherReporters: t.otherReporters,
    /** Units given the task whose report leaves it out ("không báo cáo"). */
    notReported: t.notReported.map(unitView),
    statusCounts: STATUS_ORDER.filter((st) => t.statusCounts[st] > 0).map((st) => ({ status: kebab(st), count: t.statusCounts[st] })),
    entries: t.entries.map(entryView),
    lead: t.lead.map(entryView),
    /** The other units' texts, identical ones merged: here, or in the appendix of detailed results. */
    others: t.othersMerged.map((g) => ({ role: null, units: g.entries.map((e) => unitView(e.unit)), many: g.entries.length > 1, paragraphs: paragraphsOf(g.text), entries: g.entries.map(entryView) })),
    othersCount: t.others.length,
    othersInBody: !inAppendix && t.others.length > 0,
    othersInAppendix: inAppendix,
    earlierCompleted: t.earlierCompleted.map((y) => ({ year: y.year, count: y.entries.length, entries: y.entries.map(entryView) })),
    /** Whether the appendix of detailed results has anything of this task. */
    detailed: inAppendix || t.earlierCompleted.length > 0,
    holders: t.holders.map((h) => ({ unit: unitView(h.unit), role: h.role })),
    silent: t.silent.map((s) => ({ unit: unitView(s.unit), role: s.role, reason: kebab(s.reason) })),
    indicators: t.indicators.map((i) => ({ name: i.name, unit: i.unit, total: i.total, units: i.contributions.length, contributions: i.contributions.map((c) => ({ unit: unitView(c.unit), value: c.value })) })),
    funding: t.funding.map((f) => ({ name: f.name, short: f.short, amount: f.dong })),
    /** Only the sources with an amount, for running text. */
    spent: t.funding.filter((f) => f.dong > 0).map((f) => ({ name: f.name, short: f.short, amount: f.dong })),
    fundingTotal: t.fundingTotal,
    overdue: t.overdue.map((o) => ({ unit: unitView(o.unit), daysOverdue: o.daysOverdue })),
  };
}

const problemText = (d: Diagnostic | null): string | null => (d === null ? null : localize(d, 'vi').message);

/**
 * When the body that issues this document is not the one that issued the plan (a province merged
 * into another), the legal basis of the succession and the former province's place name, from
 * plan/issuers.yaml; null otherwise.
 */
export function successionOf(plan: PlanModel, header: SummaryHeader): { basis: string; formerPlace: string; formerCommittee: string } | null {
  const original = issuerOn(plan, planDate(plan.data.identity.date));
  if (!original || original.provincialCommittee === header.issuer.provincialCommittee) return null;
  return { basis: header.issuer.basis, formerPlace: original.place, formerCommittee: original.provincialCommittee };
}

/** The facts the body templates see (before escaping); documented for staff in the README. */
export function summaryContext(plan: PlanModel, summary: SummaryModel, header: SummaryHeader, documentNumber: string, comparison: YearComparison | null = null) {
  const compiler = compilerName(plan, header);
  const overall = summary.rates.overall;
  const moved = tasksMovedToAppendix(summary.tasks);
  // The body's numbering of each task (item 1, 2…; sub-item a, b…), which the appendices use too.
  const refs = new Map<string, string>();
  const items = summary.items.map((item, i) => {
    const number = String(i + 1);
    const many = item.tasks.length > 1;
    const letterOffset = many ? item.tasks.length : 0;
    const tasks = item.tasks.map((t, j) => {
      const ref = many ? `${number}.${VIETNAMESE_LETTERS[j] ?? j + 1}` : number;
      refs.set(t.taskId, ref);
      return taskView(t, ref, moved);
    });
    const subitems = item.subitems.map((sub, j) => {
      const ref = `${number}.${VIETNAMESE_LETTERS[j + letterOffset] ?? j + letterOffset + 1}`;
      return { sectionId: sub.sectionId, title: sub.title, many: sub.tasks.length > 1, tasks: sub.tasks.map((t) => { refs.set(t.taskId, ref); return taskView(t, ref, moved); }) };
    });
    return { sectionId: item.sectionId, number, title: item.title, tasks, many, letterOffset, subitems };
  });
  const tasks = summary.tasks.map((t) => taskView(t, refs.get(t.taskId) ?? '', moved));
  const detailed = tasks.filter((t) => t.detailed);
  const statementSize = Object.values(summary.statements).flat().reduce((n, m) => n + m.text.length, 0);
  const statementsMoved = statementSize > BODY_STATEMENT_BUDGET;
  const unitFigures = summary.tasks.some((t) => t.indicators.length > 0);
  // The appendices, numbered in Roman numerals in the order they come; the detailed results last.
  const details = detailed.length > 0 || statementsMoved || unitFigures;
  const compared = comparison?.available === true;
  const appendixNames = ['status', 'progress', 'indicators', ...(summary.funding.byTask.length > 0 ? ['funding'] : []), ...(compared ? ['comparison'] : []), ...(details ? ['details'] : [])];
  const appendix = Object.fromEntries(appendixNames.map((name, i) => [name, roman(i + 1)])) as Record<string, string>;
  const reporting = summary.submissions.filter((s) => s.status === 'on_time' || s.status === 'late');
  return {
    year: summary.year,
    previousYear: summary.year - 1,
    nextYear: summary.year + 1,
    plan: summary.plan,
    document: { number: documentNumber, date: header.date, place: header.issuer.place },
    issuer: issuerFields(header.issuer),
    succession: successionOf(plan, header),
    /** The bodies the report goes to (the plan's reporting rules), in order. */
    reportTo: reportAddressees(plan, header.issuer),
    /** The reporting period compiled (--period), or null for the yearly report. */
    period: plan.period ? { id: plan.period.id, name: plan.period.name } : null,
    compiler,
    deadline: summary.deadline,
    counts: overall,
    countsByKind: summary.rates.byKind,
    appendix,
    /** The comparison with the previous year (templates/compile/so-sanh.md.hbs); null: none asked for. */
    comparison: comparison === null ? null : comparisonContext(comparison, (id) => refs.get(id) ?? ''),
    items,
    tasks,
    detailedTasks: detailed,
    /** Whether the last appendix (detailed results, each unit's figures, statements) is there. */
    details,
    unreportedTasks: tasks.filter((t) => !t.reported),
    /** Every added-up indicator of every task, one row each (tables cannot count across nested loops). */
    indicators: summary.tasks.flatMap((t) =>
      t.indicators.map((i) => ({ task: { id: t.taskId, ref: refs.get(t.taskId) ?? '', title: t.title }, name: i.name, unit: i.unit, total: i.total, units: i.contributions.length, contributions: i.contributions.map((c) => ({ unit: unitView(c.unit), value: c.value })) })),
    ),
    /** Every unit's own figures (indicators, then amounts by funding source), task by task. */
    unitFigures: summary.tasks.flatMap((t) =>
      t.entries.flatMap((e) => [
        ...e.indicators.map((i) => ({ ref: refs.get(t.taskId) ?? '', unit: unitView(e.unit), name: i.name, measure: i.unit, value: i.value, money: false })),
        ...e.funding.filter((f) => f.dong > 0).map((f) => ({ ref: refs.get(t.taskId) ?? '', unit: unitView(e.unit), name: `Kinh phí: ${f.name}`, measure: 'đồng', value: f.dong, money: true })),
      ]),
    ),
    /** Indicators of the same name and unit of measure added up across every task. */
    provincialIndicators: summary.provincialIndicators.map((p) => ({ name: p.name, unit: p.unit, total: p.total, units: p.units, refs: [...new Set(p.taskIds.map((id) => refs.get(id) ?? ''))] })),
    /** Those measured in money (in đồng): named in the funding part as figures outside its totals. */
    moneyIndicators: summary.provincialIndicators.filter((p) => p.money).map((p) => ({ name: p.name, unit: p.unit, total: p.total, units: p.units })),
    overdueTasks: summary.overdueTasks.map((t) => taskView(t, refs.get(t.taskId) ?? '', moved)),
    dated: summary.datedFigures,
    funding: {
      sources: summary.funding.sources.map((s) => ({ name: s.name, short: s.short })),
      byTask: summary.funding.byTask.map((t) => ({ id: t.taskId, ref: refs.get(t.taskId) ?? '', title: t.title, amounts: t.amounts.map((a) => ({ name: a.name, short: a.short, amount: a.dong })), total: t.total })),
      totals: summary.funding.totals.map((s) => ({ name: s.name, short: s.short, amount: s.dong })),
      spent: summary.funding.totals.filter((s) => s.dong > 0).map((s) => ({ name: s.name, short: s.short, amount: s.dong })),
      total: summary.funding.total,
    },
    assessment: {
      achievements: summary.assessment.achievements.map((a) => ({ unit: unitView(a.unit), text: a.text })),
      limitations: summary.assessment.limitations.map((a) => ({ unit: unitView(a.unit), text: a.text })),
      causes: summary.assessment.causes.map((a) => ({ unit: unitView(a.unit), text: a.text })),
    },
    /** The units' statements, identical ones merged, each naming its units: those the body keeps… */
    statements: statementsIn(summary, statementsMoved ? (m) => m.units.length > 1 : () => true),
    /** …and those of a single unit moved to the appendix of detailed results when the body is full. */
    statementsInAppendix: statementsMoved ? statementsIn(summary, (m) => m.units.length === 1) : null,
    /** Whether units' own causes are among them, so that "3. Nguyên nhân" points there rather than stand empty. */
    causesInAppendix: statementsMoved && [summary.statements.causes, summary.statements.causesObjective, summary.statements.causesSubjective].some((l) => l.some((m) => m.units.length === 1)),
    proposals: summary.proposals.map((p) => ({ unit: unitView(p.unit), items: p.items })),
    proposalsByAddressee: summary.proposalsByAddressee.map((g) => ({ addressee: g.addressee, items: g.items.map(mergedView) })),
    nextYearTasks: summary.nextYear.map(mergedView),
    submissions: summary.submissions.map((s) => ({
      unit: unitView(s.unit),
      status: kebab(s.status),
      late: s.late,
      daysLate: s.daysLate,
      number: s.number,
      submitted: s.submitted,
      replaces: s.replaces ? { number: s.replaces.number, submitted: s.replaces.submitted } : null,
    })),
    progress: {
      tasks: summary.tasks.map((t) => ({ id: t.taskId, ref: refs.get(t.taskId) ?? '', title: t.title })),
      /** Only the units whose report counts: those that did not report are listed once, in the reporting-status appendix. */
      rows: summary.progress.filter((r) => reporting.some((s) => s.unit.unitId === r.unit.unitId)).map((r) => ({ unit: unitView(r.unit), cells: r.cells.map(kebab) })),
    },
    emptyGroups: summary.emptyGroups.map((g) => ({ name: g.name, tasks: g.taskIds })),
    /** The plan's targets with the year's reported totals ({{> chi-tieu-ke-hoach}}). */
    targets: summary.targets.map((t) => ({
      task: { id: t.taskId, title: t.title },
      text: t.text,
      value: t.value,
      unit: t.unit,
      year: t.year,
      indicator: t.indicator,
      reported: t.reported,
      percent: t.percent,
      yearsLeft: Math.max(0, t.yearsLeft),
      yearsPast: Math.max(0, -t.yearsLeft),
      contributions: t.contributions.map((c) => ({ short: c.short, value: c.value })),
    })),
  };
}

/** The unit that compiles the summary, named as on the document's date; else the issuing body. */
function compilerName(plan: PlanModel, header: SummaryHeader): { name: string; short: string } {
  const id = plan.data.reporting.provincialReport.compiler;
  const unit = id !== undefined ? plan.units.get(id) : undefined;
  if (unit) return unitNameOn(unit, header.date);
  return { name: header.issuer.issuingBody, short: header.issuer.issuingBody };
}

/** The plain facts the settings' header lines may use ({{year}}, {{plan.number}}, …): not Markdown. */
export function headerContext(plan: PlanModel, summary: SummaryModel, header: SummaryHeader) {
  return {
    year: summary.year,
    previousYear: summary.year - 1,
    nextYear: summary.year + 1,
    plan: summary.plan,
    issuer: issuerFields(header.issuer),
    succession: successionOf(plan, header),
    reportTo: reportAddressees(plan, header.issuer),
    /** The reporting period compiled (--period), or null for the yearly report. */
    period: plan.period ? { id: plan.period.id, name: plan.period.name } : null,
    compiler: compilerName(plan, header),
  };
}

/** Số, ký hiệu: "125/BC-SKHCN", "05/BC-SKHCN" (below 10 with a leading zero), or blank for a draft. */
export function documentNumber(settings: ResolvedSettings, issuerCode: string): string {
  if (typeof settings.number === 'string') return settings.number;
  // A draft keeps room before the slash for the number the clerk writes in when it is issued.
  const n = settings.number === null ? '\u00A0'.repeat(6) : String(settings.number).padStart(2, '0');
  return `${n}/${settings.kindCode}-${issuerCode}`;
}

const orEmpty = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const isoOrNull = (v: unknown): IsoDate | null => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);

/** The helpers the templates use; each writes only digits, punctuation and the text it is given. */
export function registerSummaryHelpers(hb: Handlebars): void {
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // (or a b …): the first value that is not empty; (list a b …): the values as a list.
  hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).find((v) => Boolean(v) && !(Array.isArray(v) && v.length === 0)) ?? false);
  hb.registerHelper('list', (...args: unknown[]) => args.slice(0, -1));
  hb.registerHelper('inc', (n: unknown) => Number(n) + 1);
  // {{letter @index}} or {{letter @index offset}}: a, b, c… (the last argument is Handlebars' options).
  hb.registerHelper('letter', (n: unknown, ...rest: unknown[]) => {
    const i = Number(n) + (typeof rest[0] === 'number' ? rest[0] : 0);
    return VIETNAMESE_LETTERS[i] ?? String(i + 1);
  });
  hb.registerHelper('dong', (n: unknown) => (typeof n === 'number' ? formatDong(n) : ''));
  hb.registerHelper('num', (n: unknown) => (typeof n === 'number' ? formatNumberVi(n) : ''));
  hb.registerHelper('percent', (n: unknown) => (typeof n === 'number' ? `${formatNumberVi(n)}%` : '–'));
  hb.registerHelper('date', (d: unknown) => {
    const iso = isoOrNull(d);
    return iso ? formatDateVi(iso) : '';
  });
  hb.registerHelper('dateNumeric', (d: unknown) => {
    const iso = isoOrNull(d);
    return iso ? formatDateNumeric(iso) : '';
  });
  // {{dateWords x}}: "ngày 05 tháng 12 năm 2024", as Decree 30 writes a document's date.
  hb.registerHelper('dateWords', (d: unknown) => {
    const iso = isoOrNull(d);
    return iso ? formatDateInWords(dateParts(iso)) : '';
  });
  hb.registerHelper('upper', (s: unknown) => orEmpty(s).toLocaleUpperCase('vi'));
  hb.registerHelper('lowerFirst', (s: unknown) => orEmpty(s).replace(/\p{L}/u, (c) => c.toLocaleLowerCase('vi')));
  // A heading the plan writes in capitals ("KINH PHÍ THỰC HIỆN"), as an item in ordinary case.
  hb.registerHelper('sentence', (s: unknown) => {
    const text = orEmpty(s);
    if (/\p{Ll}/u.test(text)) return text;
    return text.toLocaleLowerCase('vi').replace(/\p{L}/u, (c) => c.toLocaleUpperCase('vi'));
  });
}

interface CompiledTemplates {
  render: (context: unknown) => string;
  compileText: (text: string) => (context: unknown) => string;
}

function templateError(t: TemplateText, e: unknown): Diagnostic {
  const detail = (e instanceof Error ? e.message : String(e)).split('\n').filter((l) => l.trim() !== '' && !/^-*\^$/.test(l.trim()))[0] ?? String(e);
  return diagnostic('compile-template-error', 'error', { template: t.file, detail }, { file: t.file });
}

function compileTemplates(hb: Handlebars, templates: SummaryTemplates): { ok: true; compiled: CompiledTemplates } | { ok: false; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  // Parse each file on its own first, so a syntax error names the file it is in.
  for (const t of [templates.main, ...templates.partials.values()]) {
    try {
      hb.parse(t.text);
    } catch (e) {
      diagnostics.push(templateError(t, e));
    }
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  for (const [name, t] of templates.partials) hb.registerPartial(name, t.inline ? t.text.replace(/\r?\n$/, '') : t.text);
  // strict: a misspelt field is an error, not a silent blank in a document that goes out signed.
  const options = { noEscape: true, strict: true };
  const main = hb.compile(templates.main.text, options);
  return { ok: true, compiled: { render: (ctx) => main(ctx), compileText: (text) => hb.compile(text, options) } };
}

export interface SummaryDocumentInput {
  handlebars: Handlebars;
  templates: SummaryTemplates;
  plan: PlanModel;
  summary: SummaryModel;
  settings: ResolvedSettings;
  header: SummaryHeader;
  /** The comparison with the previous year; null or absent: none (the report has no comparison section). */
  comparison?: YearComparison | null;
}

/** The whole document: the body from the templates, the header and closing from the settings. */
export function summaryDocument(input: SummaryDocumentInput): SummaryDocument {
  const { plan, summary, settings, header, templates } = input;
  const hb = input.handlebars.create();
  registerSummaryHelpers(hb);
  const compiled = compileTemplates(hb, templates);
  if (!compiled.ok) return compiled;
  const { render, compileText } = compiled.compiled;
  const number = documentNumber(settings, header.issuer.code);

  const plain = headerContext(plan, summary, header);
  const settingsFile = { file: 'settings', text: '' };
  let body: string;
  let headerLines: { title: string; summary: string; recipients: string[]; authority: string[]; name: string; recipientsHeading: string | null };
  try {
    const line = (text: string) => compileText(text)(plain);
    // A line may give several ({{#each reportTo}}…\n{{/each}}): each becomes a line; empty ones go.
    const lines = (texts: readonly string[]) => texts.flatMap((t) => line(t).split('\n')).map((l) => l.trim()).filter((l) => l !== '');
    headerLines = {
      title: line(settings.title),
      summary: line(settings.summary),
      recipients: lines(settings.recipients),
      authority: lines(settings.signer.authority),
      name: line(settings.signer.name),
      recipientsHeading: settings.recipientsHeading === null ? null : line(settings.recipientsHeading),
    };
  } catch (e) {
    return { ok: false, diagnostics: [templateError(settingsFile, e)] };
  }
  try {
    const context: Record<string, unknown> = escapeStrings(summaryContext(plan, summary, header, number, input.comparison ?? null));
    // The department's own text may use the same fields, and is Markdown as it stands.
    context.text = Object.fromEntries(Object.entries(settings.text).map(([k, v]) => [k, compileText(v)(context)]));
    // The Sở's own words per task and per section, placed first under its heading.
    const own = (texts: Record<string, string>, id: string): string | null => (texts[id] !== undefined ? compileText(texts[id])(context) : null);
    const withNotes = context as unknown as { items: { sectionId: string; note?: string | null; tasks: { id: string; note?: string | null }[]; subitems: { sectionId: string; note?: string | null; tasks: { id: string; note?: string | null }[] }[] }[]; tasks: { id: string; note?: string | null }[] };
    for (const t of withNotes.tasks) t.note = own(settings.taskText, t.id);
    for (const item of withNotes.items) {
      item.note = own(settings.sectionText, item.sectionId);
      for (const t of item.tasks) t.note = own(settings.taskText, t.id);
      for (const sub of item.subitems) {
        sub.note = own(settings.sectionText, sub.sectionId);
        for (const t of sub.tasks) t.note = own(settings.taskText, t.id);
      }
    }
    body = render(context);
  } catch (e) {
    return { ok: false, diagnostics: [templateError(templates.main, e)] };
  }

  const { year, month, day } = dateParts(header.date);
  const document: AdminDocument = {
    issuer: { parentAuthority: header.issuer.parentAuthority, issuingBody: header.issuer.issuingBody, place: header.issuer.place },
    number,
    date: { year, month, day },
    title: headerLines.title,
    summary: headerLines.summary,
    recipients: headerLines.recipients,
    signer: { authority: headerLines.authority, name: headerLines.name },
    body,
    layout: settings.layout,
    coreProperties: { title: `${headerLines.title} ${headerLines.summary}`, creator: plain.compiler.name },
  };
  if (headerLines.recipientsHeading !== null) document.recipientsHeading = headerLines.recipientsHeading;
  return { ok: true, document };
}
