// The blank report form (`kt-bio template`), filled with what a clerk typed in the browser form:
// every "<<...>>" spot of the rendered template gets the clerk's words, written as a YAML scalar
// that reads back as the same text; everything else (the plan's wording in comments, field
// order, instructions) stays byte for byte. Unfilled optional fields are removed, as the form's
// instructions ask; unfilled required ones keep their placeholder, so the file still says what
// is left. The reverse, `formValuesOf`, reads a report back into the form's values.
// Pure and browser-safe: no I/O.
import { isMap, isPair, isScalar, isSeq, parseDocument, stringify, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { isPlaceholder } from '../report/model.js';
import { SCHEMAS } from '../schema/files.js';
import type { DataPath } from '../yaml/read.js';
import { yamlScalar } from './report-form.js';

export interface IndicatorValues {
  name: string;
  /** As typed: "1.250" is read by the report's rules as 1 250. */
  value: string;
  unit: string;
}

export interface TaskValues {
  id: string;
  status: string;
  completedOn: string;
  results: string;
  difficulties: string;
  /** By funding source id, the amount as typed ("350.000.000"). */
  funding: Record<string, string>;
  indicators: IndicatorValues[];
}

/** Every field of the form as text, as typed; "" is a field left empty. */
export interface FormValues {
  submitted: string;
  number: string;
  signer: { name: string; title: string };
  period: { from: string; to: string };
  tasks: TaskValues[];
  summary: { achievements: string; limitations: string; causes: string };
  proposals: string[];
}

export function emptyTaskValues(id: string): TaskValues {
  return { id, status: '', completedOn: '', results: '', difficulties: '', funding: {}, indicators: [] };
}

export function emptyFormValues(taskIds: readonly string[]): FormValues {
  return {
    submitted: '',
    number: '',
    signer: { name: '', title: '' },
    period: { from: '', to: '' },
    tasks: taskIds.map(emptyTaskValues),
    summary: { achievements: '', limitations: '', causes: '' },
    proposals: [],
  };
}

export interface FillOptions {
  /**
   * Keep the placeholder of a required field left empty (the saved file: it still says what is
   * left to fill). Without it every empty field is left out, so that the report's checks name
   * each missing one (the form's checks while the clerk types).
   */
  keepRequired: boolean;
}

/** The task ids of a rendered blank form, in its order. */
export function formTaskIds(formText: string): string[] {
  const doc = parseDocument(formText);
  const tasks = doc.get('tasks');
  if (!isSeq(tasks)) return [];
  return tasks.items.map((item) => (isMap(item) ? String(item.get('id') ?? '') : ''));
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The form's text with the values written in. */
export function fillForm(formText: string, values: FormValues, options: FillOptions): string {
  const doc = parseDocument(formText, { keepSourceTokens: false });
  const text = formText;
  const scalars = scalarValues(values, formTaskIds(formText));
  const edits: Edit[] = [];
  const removed = new Set<Pair>();
  const written = new Set<string>();

  // Placeholders of single fields: written, kept (required) or removed (optional).
  const visitMap = (map: YAMLMap, path: DataPath): void => {
    // Pairs whose placeholder stays unfilled (removed, or kept as required).
    const unfilled = new Set<Pair>();
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) continue;
      const at = [...path, key];
      const value = pair.value as Node | null;
      if (isMap(value)) visitMap(value, at);
      else if (isSeq(value)) visitSeq(value, at, pair);
      else if (isScalar(value) && isPlaceholder(value.value)) {
        const v = scalars.get(pathKey(at));
        written.add(pathKey(at));
        if (v !== undefined && v.trim() !== '') edits.push(replaceScalar(text, value, v, lineIndent(text, keyStart(pair))));
        else {
          unfilled.add(pair);
          if (!(options.keepRequired && isRequired(at))) removed.add(pair);
        }
      }
    }
    // A group with nothing filled (signer, period, funding, summary) goes whole, unless required.
    const owner = ownerPair.get(map);
    if (owner && map.items.length > 0 && map.items.every((p) => unfilled.has(p)) && !(options.keepRequired && isRequired(path))) {
      map.items.forEach((p) => removed.delete(p));
      removed.add(owner);
    }
  };
  const ownerPair = new Map<Node, Pair>();
  const visitSeq = (seq: YAMLSeq, path: DataPath, owner: Pair): void => {
    if (seq.items.length > 0 && seq.items.every((item) => isScalar(item) && isPlaceholder(item.value))) {
      // A list the clerk fills item by item (proposals).
      const list = listValues(values, path);
      if (list === undefined) return;
      const items = list.filter((s) => s.trim() !== '');
      if (items.length === 0) {
        if (!(options.keepRequired && isRequired(path))) removed.add(owner);
        return;
      }
      const first = seq.items[0] as Node;
      const indent = lineIndent(text, first.range![0]);
      const start = lineStart(text, first.range![0]);
      const end = lineEnd(text, (seq.items[seq.items.length - 1] as Node).range![1]);
      const lines = items.map((s) => `${' '.repeat(indent)}- ${scalarText(s, indent)}`);
      edits.push({ start, end, text: lines.join('\n') });
      return;
    }
    seq.items.forEach((item, i) => {
      if (isMap(item)) {
        visitMap(item, [...path, i]);
        if (path.length === 1 && path[0] === 'tasks') edits.push(...indicatorEdits(text, item, values, i, formTaskIds(formText)));
      }
    });
  };
  const root = doc.contents;
  if (!isMap(root)) return formText;
  const markOwners = (node: unknown): void => {
    if (isMap(node)) {
      for (const p of node.items) {
        if (isMap(p.value) || isSeq(p.value)) {
          ownerPair.set(p.value as Node, p);
          markOwners(p.value);
        }
      }
    } else if (isSeq(node)) node.items.forEach(markOwners);
  };
  markOwners(root);
  visitMap(root, []);

  // Fields the department's template has no spot for: appended to the map they belong in.
  edits.push(...appendedFields(doc, text, scalars, written));

  for (const pair of removed) edits.push(removePair(text, pair));
  return applyEdits(text, edits);
}

/** The values of single fields, by the data path they have in the report. */
function scalarValues(values: FormValues, taskIds: readonly string[]): Map<string, string> {
  const m = new Map<string, string>();
  const set = (path: DataPath, v: string) => m.set(pathKey(path), v);
  set(['submitted'], values.submitted);
  set(['number'], values.number);
  set(['signer', 'name'], values.signer.name);
  set(['signer', 'title'], values.signer.title);
  set(['period', 'from'], values.period.from);
  set(['period', 'to'], values.period.to);
  for (const k of ['achievements', 'limitations', 'causes'] as const) set(['summary', k], values.summary[k]);
  taskIds.forEach((id, i) => {
    const t = values.tasks.find((x) => x.id === id);
    if (!t) return;
    set(['tasks', i, 'status'], t.status);
    set(['tasks', i, 'completed_on'], t.completedOn);
    set(['tasks', i, 'results'], t.results);
    set(['tasks', i, 'difficulties'], t.difficulties);
    for (const [source, amount] of Object.entries(t.funding)) set(['tasks', i, 'funding', source], amount);
  });
  return m;
}

function listValues(values: FormValues, path: DataPath): string[] | undefined {
  return path.length === 1 && path[0] === 'proposals' ? values.proposals : undefined;
}

/** What the report schema requires at a path (submitted, a task's status...). */
function isRequired(path: DataPath): boolean {
  if (path.length === 0) return true;
  const parent = schemaAt(path.slice(0, -1));
  const key = path[path.length - 1];
  return typeof key === 'string' && Array.isArray(parent?.required) && (parent.required as string[]).includes(key);
}

type SchemaNode = { [k: string]: unknown };

function schemaAt(path: DataPath): SchemaNode | undefined {
  const root = SCHEMAS.report as unknown as SchemaNode;
  const resolve = (s: SchemaNode | undefined): SchemaNode | undefined => {
    const ref = s?.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/definitions/')) return (root.definitions as Record<string, SchemaNode>)[ref.slice('#/definitions/'.length)];
    return s;
  };
  let s: SchemaNode | undefined = root;
  for (const step of path) {
    s = resolve(s);
    if (!s) return undefined;
    if (typeof step === 'number') s = s.items as SchemaNode | undefined;
    else s = ((s.properties as Record<string, SchemaNode> | undefined)?.[step] ?? (typeof s.additionalProperties === 'object' ? (s.additionalProperties as SchemaNode) : undefined));
  }
  return resolve(s);
}

/**
 * The indicators of a task replace the commented example of the template ("# indicators:" and
 * its indented lines); a template without one gets them at the end of the task.
 */
function indicatorEdits(text: string, task: YAMLMap, values: FormValues, index: number, taskIds: readonly string[]): Edit[] {
  const t = values.tasks.find((x) => x.id === taskIds[index]);
  const rows = (t?.indicators ?? []).filter((r) => r.name.trim() !== '' || r.value.trim() !== '' || r.unit.trim() !== '');
  if (rows.length === 0) return [];
  const from = task.range![0];
  const to = task.range![1];
  const region = text.slice(lineStart(text, from), to);
  const example = /^([ ]*)#[ ]?indicators:[ ]*\r?\n(?:\1#[ ]{2,}\S.*\r?\n)*/m.exec(region);
  let indent: number;
  let edit: Omit<Edit, 'text'>;
  if (example) {
    indent = example[1]!.length;
    const start = lineStart(text, from) + example.index;
    edit = { start, end: start + example[0].length };
  } else {
    const firstKey = task.items[0] ? keyStart(task.items[0]) : from;
    indent = lineIndent(text, firstKey);
    const end = lineEnd(text, lastLineOf(text, task));
    edit = { start: end, end };
  }
  const pad = ' '.repeat(indent);
  const lines = [`${pad}indicators:`];
  for (const r of rows) {
    lines.push(`${pad}  - name: ${scalarText(r.name.trim(), indent + 4)}`);
    lines.push(`${pad}    value: ${numberText(r.value.trim())}`);
    lines.push(`${pad}    unit: ${scalarText(r.unit.trim(), indent + 4)}`);
  }
  const block = lines.join('\n');
  return [{ ...edit, text: example ? `${block}\n` : `\n${block}` }];
}

/** A number as typed when YAML reads it as one (the report reads "1.250" as 1 250); else text. */
function numberText(v: string): string {
  return /^\d+(?:[.,]\d+)*$/.test(v) && !v.includes(',') ? v : yamlScalar(v);
}

function appendedFields(doc: Document.Parsed, text: string, scalars: Map<string, string>, written: Set<string>): Edit[] {
  const edits: Edit[] = [];
  for (const [k, v] of scalars) {
    if (written.has(k) || v.trim() === '') continue;
    const path = JSON.parse(k) as DataPath;
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    if (!isMap(parent) || parent.has(path[path.length - 1]) || parent.items.length === 0) continue;
    const indent = lineIndent(text, keyStart(parent.items[0]!));
    const end = lineEnd(text, lastLineOf(text, parent));
    edits.push({ start: end, end, text: `\n${' '.repeat(indent)}${String(path[path.length - 1])}: ${scalarText(v, indent)}` });
  }
  return edits;
}

/** The value's text in place of a placeholder; a block scalar carries the line's comment on its first line. */
function replaceScalar(text: string, node: Node, value: string, indent: number): Edit {
  const [start, end] = node.range!;
  const rendered = scalarText(value, indent);
  if (!rendered.includes('\n')) return { start, end, text: rendered };
  const eol = lineEnd(text, end);
  const rest = text.slice(end, eol);
  const [header, ...body] = rendered.split('\n');
  return { start, end: eol, text: [`${header}${rest}`, ...body].join('\n') };
}

/**
 * Text as a YAML scalar that reads back as the same string, after a key (or a list's dash) at
 * column `indent`: quoted when
 * YAML would misread it (`#`, `: `, a leading `-`, quotes, a number-like text), several lines as
 * a literal block indented under the key.
 */
export function scalarText(value: string, indent: number): string {
  const text = value.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  // Space of any kind at either end (a no-break space, an ideographic space) is kept only in quotes.
  if (!text.includes('\n')) return /^\s|\s$/.test(text) ? stringify(text, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE' }).trimEnd() : yamlScalar(text);
  const out = stringify({ k: text }, { lineWidth: 0, blockQuote: 'literal' }).replace(/\n$/, '');
  const pad = ' '.repeat(indent);
  return out
    .slice('k: '.length)
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join('\n');
}

function removePair(text: string, pair: Pair): Edit {
  const start = lineStart(text, keyStart(pair));
  const value = pair.value as Node | null;
  const last = value ? lastLineOf(text, value) : keyStart(pair);
  let end = lineEnd(text, last);
  if (text[end] === '\n') end++;
  return { start, end, text: '' };
}

/** A position on the last line that holds the node's own content (not comments after it). */
function lastLineOf(text: string, node: Node): number {
  let end = node.range![1];
  while (end > node.range![0] && /\s/.test(text[end - 1]!)) end--;
  return Math.max(node.range![0], end - 1);
}

function keyStart(pair: Pair): number {
  return isPair(pair) && pair.key && (pair.key as Node).range ? (pair.key as Node).range![0] : 0;
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

function lineEnd(text: string, pos: number): number {
  const i = text.indexOf('\n', pos);
  return i === -1 ? text.length : i;
}

function lineIndent(text: string, pos: number): number {
  const start = lineStart(text, pos);
  let i = start;
  while (text[i] === ' ') i++;
  return i - start;
}

function applyEdits(text: string, edits: Edit[]): string {
  // Later edits first, so earlier offsets hold; a removal swallows edits inside it.
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let floor = Infinity;
  for (const e of sorted) {
    if (e.end > floor) continue;
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    floor = e.start;
  }
  return out;
}

const pathKey = (path: DataPath): string => JSON.stringify(path);

/** What of a report could be placed in the form, and what not (paths of the file's data). */
export interface ReadBack {
  values: FormValues;
  /** The file's task index → the form's task index, for findings that point into the file. */
  taskIndex: Map<number, number>;
  /** Entries of the file the form has no place for: a task not assigned, a field not in the form. */
  unplaced: DataPath[];
}

/**
 * A report's data (as kt-bio reads YAML: every scalar as the text written) as the form's values.
 * Text is taken as it is, even when invalid (a date "31/02/2025"), so the form shows it beside its
 * finding; amounts stay as written ("350.000").
 */
export function formValuesOf(data: unknown, taskIds: readonly string[]): ReadBack {
  const values = emptyFormValues(taskIds);
  const unplaced: DataPath[] = [];
  const taskIndex = new Map<number, number>();
  if (!isRecord(data)) return { values, taskIndex, unplaced };
  const str = (v: unknown): string => (v === undefined || v === null || isPlaceholder(v) ? '' : typeof v === 'object' ? '' : String(v));
  values.submitted = str(data.submitted);
  values.number = str(data.number);
  if (isRecord(data.signer)) values.signer = { name: str(data.signer.name), title: str(data.signer.title) };
  if (isRecord(data.period)) values.period = { from: str(data.period.from), to: str(data.period.to) };
  if (isRecord(data.summary)) {
    values.summary = { achievements: str(data.summary.achievements), limitations: str(data.summary.limitations), causes: str(data.summary.causes) };
    for (const k of Object.keys(data.summary)) if (!(k in values.summary)) unplaced.push(['summary', k]);
  }
  if (Array.isArray(data.proposals)) {
    // A proposal written with its addressee ({ text, to }) gives the form its text; the addressee has no field.
    values.proposals = data.proposals.map((p, i) => {
      if (!isRecord(p)) return str(p);
      for (const k of Object.keys(p)) if (k !== 'text') unplaced.push(['proposals', i, k]);
      return str(p.text);
    });
    values.proposals = values.proposals.filter((p) => p !== '');
  }
  if (Array.isArray(data.tasks)) {
    data.tasks.forEach((entry: unknown, i) => {
      const id = isRecord(entry) ? str(entry.id).trim() : '';
      const at = taskIds.indexOf(id);
      if (!isRecord(entry) || at === -1 || taskIndex.has(i) || [...taskIndex.values()].includes(at)) {
        unplaced.push(['tasks', i]);
        return;
      }
      taskIndex.set(i, at);
      const t = values.tasks[at]!;
      t.status = str(entry.status);
      t.completedOn = str(entry.completed_on);
      t.results = str(entry.results);
      t.difficulties = str(entry.difficulties);
      if (isRecord(entry.funding)) {
        for (const [source, amount] of Object.entries(entry.funding)) t.funding[source] = str(amount);
      }
      if (Array.isArray(entry.indicators)) {
        t.indicators = entry.indicators.map((ind: unknown) => (isRecord(ind) ? { name: str(ind.name), value: str(ind.value), unit: str(ind.unit) } : { name: str(ind), value: '', unit: '' }));
      }
    });
  }
  return { values, taskIndex, unplaced };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
