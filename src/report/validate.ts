// One unit report, from parsed YAML to a checked report: not-a-map → placeholders of the blank
// form → source text of amounts → JSON Schema → draft → semantic rules → blank? → ReportModel.
// Pure: no I/O, never throws; every problem is a Diagnostic.
import { diagnostic, hasErrors, sortDiagnostics, type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
import { bestEffortData, locate, type DataPath, type ParsedYaml, type SourceDocument } from '../yaml/read.js';
import { parseDate, type IsoDate } from '../text/calendar.js';
import { exampleReportDate, planTaskId, type PlanModel } from '../plan/model.js';
import { isPlaceholder, type CheckedReport, type ReportModel } from './model.js';
import { draftReport, type ReportDraft } from './draft.js';
import { hasText, REPORT_RULES, tasksNotReported, type RuleContext } from './rules.js';
import { fieldName, jsonType, schemaDiagnostics } from '../schema/errors.js';
import { validatorFor } from '../schema/validators.js';
import { typeBySchema } from '../schema/typing.js';
import { SCHEMAS } from '../schema/files.js';

export interface ReportCheckContext {
  plan: PlanModel;
  today: IsoDate;
  /** The year the file's folder is named after (reports/2025/), if it is one. */
  folderYear?: number | undefined;
  /** The options the user gave that a command printed in a hint needs (` --plan <folder>`), or none. */
  options?: string;
}

export type ReportValidation = Pick<CheckedReport, 'report' | 'blank' | 'claimed' | 'diagnostics'>;

/** A form's unfilled spots can be many; the message lists this many lines, then a count. */
const MAX_LINES_LISTED = 15;
/** Text still holding a placeholder somewhere, e.g. "Đã tổ chức <<số>> hội nghị". */
const EMBEDDED_PLACEHOLDER = /<<[^<>\n]*>>/;

export function validateReport(parsed: ParsedYaml, ctx: ReportCheckContext): ReportValidation {
  const { source } = parsed;
  if (parsed.diagnostics.length > 0) return { blank: false, claimed: claimedBy(bestEffortData(source)), diagnostics: parsed.diagnostics };
  const value = parsed.value;
  if (value === null || value === undefined) {
    // Only comments: nothing a reader could use.
    return { blank: false, claimed: {}, diagnostics: [diagnostic('file-empty', 'error', {}, { file: source.file })] };
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { blank: false, claimed: {}, diagnostics: [diagnostic('yaml-not-a-map', 'error', { actual: jsonType(value) }, { file: source.file, range: locate(source, []) })] };
  }

  const placeholders = findPlaceholders(value);
  const wholeAt = placeholders.filter((p) => p.whole);
  const whole = new Set(wholeAt.map((p) => key(p.path)));
  const isPlaceholderAt = (path: DataPath) => whole.size > 0 && whole.has(key(path));
  // A placeholder stands for a field not written yet: absent. Texts become numbers where the
  // schema wants them; amounts of money stay as written.
  const typed = typeBySchema(withoutFields(value, whole), 'report');
  const data = typed.value as Record<string, unknown>;
  const numberFindings = typed.problems.map((p) => diagnostic(p.reason === 'too-large' ? 'number-too-large' : 'number-format', 'error', { field: fieldName(p.path), value: p.value, reason: p.reason }, { file: source.file, path: p.path, range: locate(source, p.path) }));
  const numberPaths = new Set(typed.problems.map((p) => key(p.path)));

  const validate = validatorFor('report');
  const schemaFindings = [
    ...numberFindings,
    ...(validate(data) ? [] : schemaDiagnostics(validate.errors ?? [], source, data).filter((d) => !d.path || (!underAny(d.path, whole) && !numberPaths.has(key(d.path))))).map((d) => {
      // A required field still holding its placeholder: said at the placeholder.
      const at = d.code === 'missing-field' && d.path ? [...d.path, String(d.args.field)] : undefined;
      return at && whole.has(key(at)) ? diagnostic('report-placeholder-required', 'error', { field: String(d.args.field) }, { file: source.file, path: at, range: locate(source, at) }) : d;
    }),
  ];
  // Examples in hints use the year being reported.
  const year = typeof data.year === 'number' ? data.year : (ctx.folderYear ?? Number(ctx.today.slice(0, 4)));
  for (const [i, d] of schemaFindings.entries()) {
    if (d.code === 'invalid-date') schemaFindings[i] = { ...d, args: { ...d.args, year, example: exampleReportDate(ctx.plan, year) } };
    else if (typeof d.args.example === 'string') schemaFindings[i] = { ...d, args: { ...d.args, example: shiftYears(d.args.example, year) } };
  }
  const invalid = new Set(schemaFindings.filter((d) => d.code !== 'report-placeholder-required').map((d) => key(d.path ?? [])));

  const draft = draftReport({ data, isPlaceholder: isPlaceholderAt, isInvalid: (p) => invalid.size > 0 && invalid.has(key(p)) });
  // A task id spelt another way than the plan's (III.3.dd for III.3.đ) is the plan's task: said
  // in a note, so that the clerk and the officer see which task it was read as.
  const spellings: Diagnostic[] = [];
  for (const t of draft.tasks ?? []) {
    const id = t.id === undefined ? undefined : planTaskId(ctx.plan, t.id);
    if (id === undefined || id === t.id) continue;
    const at = ['tasks', t.index, 'id'];
    spellings.push(diagnostic('report-task-id-spelling', 'info', { id: t.id, planId: id, title: ctx.plan.tasks.find((x) => x.id === id)?.title ?? '' }, { file: source.file, path: at, range: locate(source, at) }));
    t.id = id;
  }
  const ruleContext: RuleContext = {
    plan: ctx.plan,
    today: ctx.today,
    folderYear: ctx.folderYear,
    options: ctx.options ?? '',
    at: (path, target = 'value') => ({ file: source.file, path, range: locate(source, path, target) }),
  };
  const ruleFindings = REPORT_RULES.flatMap((rule) => rule(draft, ruleContext));

  // Blank: not one task with results written. With a schema error and no placeholder the
  // missing results may be its echo (a misspelt "result:"): no blank then.
  const withResults = draft.tasks?.some((t) => hasText(t.results)) ?? false;
  const structural = schemaFindings.some((d) => d.code !== 'report-placeholder-required');
  const blankFinding = withResults ? undefined : blankReport(wholeAt, structural ? undefined : draft, source);
  // A task left as the form wrote it (status and results still placeholders) is not reported:
  // the warning on tasks not reported names it; its required fields are no error of their own.
  const unfilled = new Set(
    (draft.tasks ?? []).filter((t) => t.status === undefined && t.results === undefined && isPlaceholderAt(['tasks', t.index, 'status'])).map((t) => key(['tasks', t.index])),
  );
  const kept = schemaFindings.filter((d) => d.code !== 'report-placeholder-required' || (!blankFinding && !underAny(d.path ?? [], unfilled)));
  // A blank report's one finding already lists what is left: no warning per empty task.
  const findings = [...kept, ...spellings, ...ruleFindings.filter((d) => !(blankFinding && (d.code === 'report-no-results' || d.code === 'report-task-not-reported')))];
  if (blankFinding) findings.unshift(blankFinding);
  else findings.push(...placeholderWarnings(placeholders, whole, schemaFindings, unfilled, source));
  findings.push(...hashesInText(source), ...oversizedTexts(data, source));

  const diagnostics = sortDiagnostics(findings);
  const claimed = claimedBy(data, isPlaceholderAt);
  if (blankFinding) return { blank: true, claimed, diagnostics };
  if (hasErrors(diagnostics)) return { blank: false, claimed, diagnostics };
  return { blank: false, claimed, diagnostics, report: toModel(draft, tasksNotReported(draft, ctx.plan)) };
}

/** The year the schema's examples are written for. */
const EXAMPLES_YEAR = Number((SCHEMAS.report.properties.year as { examples: number[] }).examples[0]);

/** A schema example with its dates moved to the year being reported: "18/11/2025" → "18/11/2026". */
function shiftYears(example: string, year: number): string {
  return example.replace(/\b(20\d\d)\b/g, (y) => String(Number(y) - EXAMPLES_YEAR + year));
}

/**
 * ` #` inside an unquoted value starts a YAML comment: "Đã triển khai #2 hội nghị" would be read
 * as "Đã triển khai". The form's own comments stand two spaces or more after their value; one
 * space (or a Tab) before `#` is the clerk's text, lost: a warning with the fix.
 */
function hashesInText(source: SourceDocument): Diagnostic[] {
  const { text, file } = source;
  if (!/\S[ \t]#/.test(text)) return [];
  const out: Diagnostic[] = [];
  const lines = text.split('\n');
  let blockIndent = -1;
  for (const [i, raw] of lines.entries()) {
    const line = raw.replace(/\r$/, '');
    const indent = /^ */.exec(line)![0].length;
    if (blockIndent >= 0) {
      if (line.trim() === '' || indent > blockIndent) continue;
      blockIndent = -1;
    }
    const m = /^( *(?:- +)*)(?:([^\s#:"'][^:#]*?):[ ]+)?([^\s"'|>#&*!\[{%@`-][^\n]*?\S)([ \t])#(.*)$/.exec(line);
    const header = /^( *(?:- +)*)[^\s#:"'][^:#]*?:[ ]+[|>][-+0-9]*\s*(?:#.*)?$/.exec(line);
    if (header) {
      blockIndent = indent;
      continue;
    }
    if (!m || (m[2] === undefined && !/^ *- /.test(line))) continue;
    const field = m[2] ?? fieldAbove(lines, i, indent);
    const column = m[1]!.length + (m[2] === undefined ? 0 : m[2].length + line.slice(m[1]!.length + m[2].length).search(/[^: ]/)) + m[3]!.length + 1;
    const kept = m[3]!;
    const dropped = `#${m[5]!}`.trim();
    const range = { start: { line: i + 1, column: column + 1 }, end: { line: i + 1, column: line.length + 1 } };
    const whole = `${kept}${m[4]}${dropped}`;
    const quoted = whole.includes('"') ? `'${whole.replace(/'/g, "''")}'` : `"${whole}"`;
    out.push(diagnostic('report-hash-in-text', 'warning', { field, kept, dropped, fix: m[2] === undefined ? `- ${quoted}` : `${field}: ${quoted}` }, { file, range }));
  }
  return out;
}

/** The key of the list a `- item` line belongs to. */
function fieldAbove(lines: string[], i: number, indent: number): string {
  for (let j = i - 1; j >= 0; j--) {
    const m = /^( *)(?:- +)?([^\s#:"'][^:#]*?):/.exec(lines[j]!);
    if (m && m[1]!.length < indent) return m[2]!;
  }
  return '';
}

/**
 * What one field may hold, so that every valid report compiles into a document Word and
 * LibreOffice open in seconds: a field of a few pages, a paragraph of a page.
 */
export const MAX_FIELD_CHARS = 20_000;
export const MAX_LINE_CHARS = 5_000;

function oversizedTexts(data: unknown, source: SourceDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const path: (string | number)[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.length <= MAX_LINE_CHARS) return;
      const at = [...path];
      const where = { file: source.file, path: at, range: locate(source, at) };
      if (v.length > MAX_FIELD_CHARS) out.push(diagnostic('report-text-too-long', 'error', { field: fieldName(at), length: v.length, limit: MAX_FIELD_CHARS }, where));
      else {
        const longest = Math.max(...v.split('\n').map((l) => l.length));
        if (longest > MAX_LINE_CHARS) out.push(diagnostic('report-line-too-long', 'error', { field: fieldName(at), length: longest, limit: MAX_LINE_CHARS }, where));
      }
    } else if (v !== null && typeof v === 'object') {
      for (const [k, item] of Array.isArray(v) ? v.entries() : Object.entries(v)) {
        path.push(k);
        visit(item);
        path.pop();
      }
    }
  };
  visit(data);
  return out;
}

const GONE = Symbol('placeholder');

/**
 * A copy of the data without the fields whose whole value is a placeholder, and without the
 * groups that held nothing else (list items stay).
 */
function withoutFields(value: unknown, paths: ReadonlySet<string>): unknown {
  if (paths.size === 0) return value;
  const path: (string | number)[] = [];
  const copy = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      return v.map((item, i) => {
        path.push(i);
        const c = copy(item);
        path.pop();
        return c === GONE ? {} : c;
      });
    }
    const out: Record<string, unknown> = {};
    let removed = 0;
    for (const [k, item] of Object.entries(v)) {
      path.push(k);
      const c = paths.has(key(path)) ? GONE : copy(item);
      if (c === GONE) removed++;
      else out[k] = c;
      path.pop();
    }
    // A group of fields all left as placeholders (period: from, to) is left out as a whole.
    return removed > 0 && Object.keys(out).length === 0 && path.length > 0 ? GONE : out;
  };
  return copy(value);
}

/**
 * In a report that is not blank: optional fields left as placeholders (absent, one warning
 * listing their lines), placeholders inside written text, and a lone << or >> left in text.
 */
function placeholderWarnings(placeholders: PlaceholderAt[], whole: ReadonlySet<string>, schemaFindings: Diagnostic[], unfilled: ReadonlySet<string>, source: SourceDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const said = new Set(schemaFindings.filter((d) => d.code === 'report-placeholder-required').map((d) => key(d.path ?? [])));
  const left = placeholders.filter((p) => p.whole && !said.has(key(p.path)) && !underAny(p.path, unfilled));
  if (left.length > 0) {
    const ranges = left.map((p) => locate(source, p.path));
    const lines = [...new Set(ranges.map((r) => r.start.line))].sort((a, b) => a - b);
    const first = ranges.reduce((a, b) => (b.start.line < a.start.line ? b : a));
    out.push(
      diagnostic('report-placeholder-left', 'warning', { count: left.length, lines: lines.slice(0, MAX_LINES_LISTED).map(String), more: Math.max(0, lines.length - MAX_LINES_LISTED) }, { file: source.file, range: first, path: left[0]!.path }),
    );
  }
  for (const p of placeholders) {
    if (p.whole || whole.has(key(p.path))) continue;
    const range = narrowTo(locate(source, p.path), source, p.stray ? STRAY_MARK : EMBEDDED_PLACEHOLDER);
    out.push(diagnostic(p.stray ? 'report-stray-marks' : 'report-placeholder-in-text', 'warning', { field: fieldName(p.path) }, { file: source.file, range, path: p.path }));
  }
  return out;
}

interface PlaceholderAt {
  path: DataPath;
  /** The whole value is the placeholder (the field is not written yet). */
  whole: boolean;
  /** Not a placeholder: a lone << or >> left in the text. */
  stray?: boolean;
}

/** A << or >> that is not part of a placeholder. */
const STRAY_MARK = /<<|>>/;

function findPlaceholders(value: unknown): PlaceholderAt[] {
  const found: PlaceholderAt[] = [];
  // One path, grown and shrunk on the way: copied only where a placeholder is.
  const path: (string | number)[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      if (!v.includes('<<') && !v.includes('>>')) return;
      if (isPlaceholder(v)) found.push({ path: [...path], whole: true });
      else if (EMBEDDED_PLACEHOLDER.test(v)) found.push({ path: [...path], whole: false });
      else if (STRAY_MARK.test(v)) found.push({ path: [...path], whole: false, stray: true });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => {
        path.push(i);
        visit(item);
        path.pop();
      });
    } else if (v !== null && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) {
        path.push(k);
        visit(item);
        path.pop();
      }
    }
  };
  visit(value);
  return found;
}

/**
 * Still the form: placeholders left, or not one task with results text. The finding points at
 * the first spot to fill and lists the lines of all of them.
 */
function blankReport(placeholders: PlaceholderAt[], draft: ReportDraft | undefined, source: SourceDocument): Diagnostic | undefined {
  let reason: 'placeholders' | 'no-results';
  let paths: DataPath[];
  if (placeholders.length > 0) {
    reason = 'placeholders';
    paths = placeholders.map((p) => p.path);
  } else if (draft?.tasks !== undefined && !draft.tasks.some((t) => hasText(t.results))) {
    reason = 'no-results';
    paths = draft.tasks.length > 0 ? draft.tasks.map((t) => ['tasks', t.index]) : [['tasks']];
  } else {
    return undefined;
  }
  const ranges = paths.map((p) => locate(source, p, reason === 'no-results' ? 'owner' : 'value'));
  const lines = [...new Set(ranges.map((r) => r.start.line))].sort((a, b) => a - b);
  const first = ranges.reduce((a, b) => (b.start.line < a.start.line ? b : a));
  return diagnostic(
    'report-blank',
    'error',
    { reason, count: placeholders.length, lines: lines.slice(0, MAX_LINES_LISTED).map(String), more: Math.max(0, lines.length - MAX_LINES_LISTED) },
    { file: source.file, range: first, path: paths[0] },
  );
}

/** Within text that holds a placeholder among other words, the caret goes under the placeholder. */
function narrowTo(range: Range, source: SourceDocument, pattern: RegExp): Range {
  const line = source.text.split('\n')[range.start.line - 1] ?? '';
  const m = pattern.exec(line.slice(range.start.column - 1));
  if (!m || m.index === 0 || (m.index === 1 && /["']/.test(line[range.start.column - 1]!))) return range;
  const column = range.start.column + m.index;
  return { start: { line: range.start.line, column }, end: { line: range.start.line, column: column + m[0].length } };
}


/** What the file says it is, for grouping even a broken report under its unit and year. */
function claimedBy(data: unknown, isPlaceholderAt: (p: DataPath) => boolean = () => false): CheckedReport['claimed'] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const d = data as Record<string, unknown>;
  const claimed: CheckedReport['claimed'] = {};
  if (typeof d.agency === 'string' && !isPlaceholderAt(['agency'])) claimed.agency = d.agency.trim();
  if (typeof d.year === 'number' && Number.isInteger(d.year)) claimed.year = d.year;
  if (typeof d.submitted === 'string') {
    const s = parseDate(d.submitted);
    if (s.ok) claimed.submitted = s.date;
  }
  return claimed;
}

function toModel(draft: ReportDraft, notReported: string[]): ReportModel {
  const model: ReportModel = {
    agency: draft.agency!,
    year: draft.year!,
    submitted: draft.submitted!,
    // A task left as the form wrote it is not reported (notReported names it).
    tasks: (draft.tasks ?? []).filter((t) => t.status !== undefined).map((t) => {
      const task: ReportModel['tasks'][number] = {
        id: t.id!,
        status: t.status!,
        indicators: t.indicators,
        funding: Object.fromEntries(t.funding.filter((f) => f.dong !== undefined).map((f) => [f.source, f.dong!])),
      };
      if (t.completedOn !== undefined) task.completedOn = t.completedOn;
      if (hasText(t.results)) task.results = t.results!.trim();
      if (hasText(t.difficulties)) task.difficulties = t.difficulties!.trim();
      return task;
    }),
    summary: Object.fromEntries(Object.entries(draft.summary).filter(([, v]) => hasText(v)).map(([k, v]) => [k, v.trim()])),
    proposals: draft.proposals.map((p) => p.trim()),
    notReported,
  };
  if (draft.proposalsTo.some((a) => a !== null)) model.proposalsTo = [...draft.proposalsTo];
  if (draft.nextYear.length > 0) model.nextYear = draft.nextYear.map((p) => p.trim());
  if (draft.number !== undefined) model.number = draft.number.trim();
  if (draft.request !== undefined) model.request = draft.request.trim();
  if (draft.signer.name !== undefined || draft.signer.title !== undefined) model.signer = { ...draft.signer };
  if (draft.period.from !== undefined && draft.period.to !== undefined) model.period = { from: draft.period.from, to: draft.period.to };
  return model;
}

const key = (path: DataPath): string => JSON.stringify(path);

function underAny(path: DataPath, prefixes: ReadonlySet<string>): boolean {
  for (let n = path.length; n >= 0; n--) if (prefixes.has(key(path.slice(0, n)))) return true;
  return false;
}
