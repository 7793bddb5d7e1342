// One unit report, from parsed YAML to a checked report: not-a-map → placeholders of the blank
// form → source text of amounts → JSON Schema → draft → semantic rules → blank? → ReportModel.
// Pure: no I/O, never throws; every problem is a Diagnostic.
import { diagnostic, hasErrors, sortDiagnostics, type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
import { bestEffortData, locate, type DataPath, type ParsedYaml, type SourceDocument } from '../yaml/read.js';
import { parseDate, type IsoDate } from '../text/calendar.js';
import type { PlanModel } from '../plan/model.js';
import { isPlaceholder, type CheckedReport, type ReportModel } from './model.js';
import { draftReport, type ReportDraft } from './draft.js';
import { hasText, REPORT_RULES, type RuleContext } from './rules.js';
import { fieldName, jsonType, schemaDiagnostics } from '../schema/errors.js';
import { validatorFor } from '../schema/validators.js';
import { typeBySchema } from '../schema/typing.js';

export interface ReportCheckContext {
  plan: PlanModel;
  today: IsoDate;
  /** The year the file's folder is named after (reports/2025/), if it is one. */
  folderYear?: number | undefined;
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
  const whole = new Set(placeholders.filter((p) => p.whole).map((p) => key(p.path)));
  const isPlaceholderAt = (path: DataPath) => whole.size > 0 && whole.has(key(path));
  // Texts become numbers where the schema wants them; amounts of money stay as written.
  const typed = typeBySchema(value, 'report');
  const data = typed.value as Record<string, unknown>;
  const numberFindings = typed.problems.map((p) => diagnostic(p.reason === 'too-large' ? 'number-too-large' : 'number-format', 'error', { field: fieldName(p.path), value: p.value, reason: p.reason }, { file: source.file, path: p.path, range: locate(source, p.path) }));
  const numberPaths = new Set(typed.problems.map((p) => key(p.path)));

  // A placeholder stands for a field not written yet: whatever the schema says about it is the
  // blank form's business, not an error of its own.
  const validate = validatorFor('report');
  const schemaFindings = [
    ...numberFindings,
    ...(validate(data) ? [] : schemaDiagnostics(validate.errors ?? [], source, data).filter((d) => !d.path || (!underAny(d.path, whole) && !numberPaths.has(key(d.path))))),
  ];
  const invalid = new Set(schemaFindings.map((d) => key(d.path ?? [])));

  const draft = draftReport({ data, isPlaceholder: isPlaceholderAt, isInvalid: (p) => invalid.size > 0 && invalid.has(key(p)) });
  const ruleContext: RuleContext = {
    plan: ctx.plan,
    today: ctx.today,
    folderYear: ctx.folderYear,
    at: (path, target = 'value') => ({ file: source.file, path, range: locate(source, path, target) }),
  };
  const ruleFindings = REPORT_RULES.flatMap((rule) => rule(draft, ruleContext));

  // With a schema error the missing results may be its echo (a misspelt "result:"): no blank then.
  const blankFinding = blankReport(placeholders, schemaFindings.length > 0 ? undefined : draft, source);
  // A blank report's one finding already lists what is left: no warning per empty task.
  const findings = [...schemaFindings, ...ruleFindings.filter((d) => !(blankFinding && d.code === 'report-no-results'))];
  if (blankFinding) findings.unshift(blankFinding);

  const diagnostics = sortDiagnostics(findings);
  const claimed = claimedBy(data, isPlaceholderAt);
  if (blankFinding) return { blank: true, claimed, diagnostics };
  if (hasErrors(diagnostics)) return { blank: false, claimed, diagnostics };
  return { blank: false, claimed, diagnostics, report: toModel(draft) };
}

interface PlaceholderAt {
  path: DataPath;
  /** The whole value is the placeholder (the field is not written yet). */
  whole: boolean;
}

function findPlaceholders(value: unknown): PlaceholderAt[] {
  const found: PlaceholderAt[] = [];
  // One path, grown and shrunk on the way: copied only where a placeholder is.
  const path: (string | number)[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      if (!v.includes('<<')) return;
      if (isPlaceholder(v)) found.push({ path: [...path], whole: true });
      else if (EMBEDDED_PLACEHOLDER.test(v)) found.push({ path: [...path], whole: false });
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
  const first = narrowToPlaceholder(ranges.reduce((a, b) => (b.start.line < a.start.line ? b : a)), source);
  return diagnostic(
    'report-blank',
    'error',
    { reason, count: placeholders.length, lines: lines.slice(0, MAX_LINES_LISTED).map(String), more: Math.max(0, lines.length - MAX_LINES_LISTED) },
    { file: source.file, range: first, path: paths[0] },
  );
}

/** Within text that holds a placeholder among other words, the caret goes under the placeholder. */
function narrowToPlaceholder(range: Range, source: SourceDocument): Range {
  const line = source.text.split('\n')[range.start.line - 1] ?? '';
  const m = EMBEDDED_PLACEHOLDER.exec(line.slice(range.start.column - 1));
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

function toModel(draft: ReportDraft): ReportModel {
  const model: ReportModel = {
    agency: draft.agency!,
    year: draft.year!,
    submitted: draft.submitted!,
    tasks: (draft.tasks ?? []).map((t) => {
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
  };
  if (draft.proposalsTo.some((a) => a !== null)) model.proposalsTo = [...draft.proposalsTo];
  if (draft.nextYear.length > 0) model.nextYear = draft.nextYear.map((p) => p.trim());
  if (draft.number !== undefined) model.number = draft.number.trim();
  if (draft.signer.name !== undefined || draft.signer.title !== undefined) model.signer = { ...draft.signer };
  if (draft.period.from !== undefined && draft.period.to !== undefined) model.period = { from: draft.period.from, to: draft.period.to };
  return model;
}

const key = (path: DataPath): string => JSON.stringify(path);

function underAny(path: DataPath, prefixes: ReadonlySet<string>): boolean {
  for (let n = path.length; n >= 0; n--) if (prefixes.has(key(path.slice(0, n)))) return true;
  return false;
}
