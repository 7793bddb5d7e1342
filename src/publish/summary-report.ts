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
import { unitNameOn, type IssuerBlock, type PlanModel } from '../plan/model.js';
import type { SummaryModel, TaskSummary, UnitRef } from '../cycle/summary.js';
import { formatDong } from '../text/money.js';
import type { ResolvedSettings } from '../settings/validate.js';
import type { AdminDocument } from './docx/index.js';
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

function taskView(t: TaskSummary) {
  return {
    id: t.taskId,
    title: t.title,
    timeframe: t.timeframe,
    due: t.due,
    reported: t.entries.length > 0,
    entries: t.entries.map((e) => ({
      unit: unitView(e.unit),
      role: e.role,
      status: kebab(e.status),
      completedOn: e.completedOn,
      results: e.results,
      difficulties: e.difficulties,
      late: e.late,
      daysLate: e.daysLate,
      indicators: e.indicators,
      funding: e.funding.map((f) => ({ name: f.name, short: f.short, amount: f.dong })),
      fundingTotal: e.fundingTotal,
    })),
    holders: t.holders.map((h) => ({ unit: unitView(h.unit), role: h.role })),
    silent: t.silent.map((s) => ({ unit: unitView(s.unit), role: s.role, reason: kebab(s.reason) })),
    indicators: t.indicators.map((i) => ({ name: i.name, unit: i.unit, total: i.total, contributions: i.contributions.map((c) => ({ unit: unitView(c.unit), value: c.value })) })),
    funding: t.funding.map((f) => ({ name: f.name, short: f.short, amount: f.dong })),
    /** Only the sources with an amount, for running text. */
    spent: t.funding.filter((f) => f.dong > 0).map((f) => ({ name: f.name, short: f.short, amount: f.dong })),
    fundingTotal: t.fundingTotal,
    overdue: t.overdue.map((o) => ({ unit: unitView(o.unit), daysOverdue: o.daysOverdue })),
  };
}

const problemText = (d: Diagnostic | null): string | null => (d === null ? null : localize(d, 'vi').message);

/** The facts the body templates see (before escaping); documented for staff in the README. */
export function summaryContext(plan: PlanModel, summary: SummaryModel, header: SummaryHeader, documentNumber: string) {
  const compiler = compilerName(plan, header);
  const overall = summary.rates.overall;
  return {
    year: summary.year,
    previousYear: summary.year - 1,
    nextYear: summary.year + 1,
    plan: summary.plan,
    document: { number: documentNumber, date: header.date, place: header.issuer.place },
    issuer: { ...header.issuer },
    compiler,
    deadline: summary.deadline,
    counts: overall,
    countsByKind: summary.rates.byKind,
    items: summary.items.map((item) => ({
      title: item.title,
      tasks: item.tasks.map(taskView),
      many: item.tasks.length > 1,
      /** Sub-items are lettered after the item's own tasks when those are lettered too. */
      letterOffset: item.tasks.length > 1 ? item.tasks.length : 0,
      subitems: item.subitems.map((s) => ({ title: s.title, tasks: s.tasks.map(taskView), many: s.tasks.length > 1 })),
    })),
    tasks: summary.tasks.map(taskView),
    unreportedTasks: summary.unreportedTasks.map(taskView),
    /** Every added-up indicator of every task, one row each (tables cannot count across nested loops). */
    indicators: summary.tasks.flatMap((t) =>
      t.indicators.map((i) => ({ task: { id: t.taskId, title: t.title }, name: i.name, unit: i.unit, total: i.total, contributions: i.contributions.map((c) => ({ unit: unitView(c.unit), value: c.value })) })),
    ),
    overdueTasks: summary.overdueTasks.map(taskView),
    funding: {
      sources: summary.funding.sources.map((s) => ({ name: s.name, short: s.short })),
      byTask: summary.funding.byTask.map((t) => ({ id: t.taskId, title: t.title, amounts: t.amounts.map((a) => ({ short: a.short, amount: a.dong })), total: t.total })),
      totals: summary.funding.totals.map((s) => ({ name: s.name, short: s.short, amount: s.dong })),
      total: summary.funding.total,
    },
    assessment: {
      achievements: summary.assessment.achievements.map((a) => ({ unit: unitView(a.unit), text: a.text })),
      limitations: summary.assessment.limitations.map((a) => ({ unit: unitView(a.unit), text: a.text })),
      causes: summary.assessment.causes.map((a) => ({ unit: unitView(a.unit), text: a.text })),
    },
    proposals: summary.proposals.map((p) => ({ unit: unitView(p.unit), items: p.items })),
    submissions: summary.submissions.map((s) => ({
      unit: unitView(s.unit),
      status: kebab(s.status),
      late: s.late,
      daysLate: s.daysLate,
      number: s.number,
      submitted: s.submitted,
      file: s.file,
      replaces: s.replaces,
      problem: problemText(s.problem),
      problemLine: s.problem?.range?.start.line ?? null,
      problemFile: s.problemFile,
    })),
    leftOut: summary.leftOut.map((f) => ({
      file: f.file,
      verdict: f.verdict,
      reason: kebab(f.reason),
      unit: f.unit ? unitView(f.unit) : null,
      agency: f.agency,
      agencyName: f.agencyName,
      problem: problemText(f.problem),
      problemLine: f.problem?.range?.start.line ?? null,
    })),
    progress: {
      tasks: summary.tasks.map((t) => ({ id: t.taskId, title: t.title })),
      rows: summary.progress.map((r) => ({ unit: unitView(r.unit), cells: r.cells.map(kebab) })),
    },
    emptyGroups: summary.emptyGroups.map((g) => ({ name: g.name, tasks: g.taskIds })),
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
    issuer: { ...header.issuer },
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
    headerLines = {
      title: line(settings.title),
      summary: line(settings.summary),
      recipients: settings.recipients.map(line),
      authority: settings.signer.authority.map(line),
      name: line(settings.signer.name),
      recipientsHeading: settings.recipientsHeading === null ? null : line(settings.recipientsHeading),
    };
  } catch (e) {
    return { ok: false, diagnostics: [templateError(settingsFile, e)] };
  }
  try {
    const context: Record<string, unknown> = escapeStrings(summaryContext(plan, summary, header, number));
    // The department's own text may use the same fields, and is Markdown as it stands.
    context.text = Object.fromEntries(Object.entries(settings.text).map(([k, v]) => [k, compileText(v)(context)]));
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
