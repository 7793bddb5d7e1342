// YAML text → data, with the position of every node so that any later finding (schema, rule,
// deadline) can point at the exact line and column of the source. The data of most files comes
// from the quick reading (yaml/quick.ts); `yaml` parses a file with positions when a finding
// asks for one, and reads alone the files the quick reading leaves.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Pair } from 'yaml';
import { diagnostic, type Diagnostic, type DiagnosticCode, type Range } from '../diagnostics/diagnostic.js';
import { MAX_YAML_ALIASES, quickRead } from './quick.js';

export { MAX_YAML_ALIASES };

import type { DataPath } from './data-path.js';
export type { DataPath } from './data-path.js';

export interface SourceDocument {
  /** The file as shown to the user. */
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export interface ParsedYaml {
  source: SourceDocument;
  /** The data, or undefined when the syntax is too broken to trust it. */
  value: unknown;
  diagnostics: Diagnostic[];
  /**
   * The text of the unquoted scalar at `path` (an entry of a map or list) as written, when YAML
   * read it as null, a boolean or a number (`350.000` → "350.000", an empty value → "");
   * undefined for text, quoted values and the document itself.
   */
  plainSource(path: DataPath): string | undefined;
}

/**
 * A file read quickly (yaml/quick.ts) is parsed with positions only when something asks
 * for one: a file with no findings never is.
 */
class PositionsOnDemand implements SourceDocument {
  #parsed: { doc: Document.Parsed; lineCounter: LineCounter } | undefined;
  constructor(
    readonly file: string,
    readonly text: string,
  ) {}
  get doc(): Document.Parsed {
    return this.#parse().doc;
  }
  get lineCounter(): LineCounter {
    return this.#parse().lineCounter;
  }
  #parse() {
    this.#parsed ??= parseWithPositions(this.text);
    return this.#parsed;
  }
}

function parseWithPositions(text: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
}

export function parseYaml(text: string, file: string): ParsedYaml {
  const quick = quickRead(text);
  if (quick) {
    return { source: new PositionsOnDemand(file, text), value: quick.value, diagnostics: [], plainSource: quick.plainSource };
  }
  return parseYamlWithPositions(text, file);
}

/** The reading by `yaml` alone: what parseYaml gives for every file the quick reading leaves. */
export function parseYamlWithPositions(text: string, file: string): ParsedYaml {
  const { doc, lineCounter } = parseWithPositions(text);
  const source: SourceDocument = { file, text, doc, lineCounter };
  const plainSource = (path: DataPath) => plainSourceIn(doc, path);
  // After a syntax error the parser is derailed, and what it reports next is mostly an echo of
  // the first error (a Tab gives five). Duplicate keys are found apart from parsing: all count.
  const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]).filter((e, i) => i === 0 || e.code === 'DUPLICATE_KEY');
  const diagnostics = errors.map((e) => syntaxDiagnostic(source, e.code, e.message, e.pos));
  if (diagnostics.length > 0) return { source, value: undefined, diagnostics, plainSource };
  try {
    return { source, value: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }), diagnostics, plainSource };
  } catch {
    // toJS throws only when aliases expand beyond the cap.
    return { source, value: undefined, diagnostics: [diagnostic('yaml-alias-limit', 'error', { limit: MAX_YAML_ALIASES }, { file, range: rangeAt(source, 0, 0) })], plainSource };
  }
}

function plainSourceIn(doc: Document.Parsed, path: DataPath): string | undefined {
  // Only an entry of a map or list has a source here; keys are matched as text, as in the data.
  const steps = walk(doc.contents as Node | null, path);
  if (path.length === 0 || steps.length !== path.length + 1) return undefined;
  let node = steps[steps.length - 1]!.node;
  // An alias is written as what its anchor holds.
  if (isAlias(node)) node = node.resolve(doc) as Node | null;
  // A key with no value at all, as in `{a, b}`: written as nothing, like `a:`.
  if (node === null || node === undefined) return '';
  if (!isScalar(node) || node.type !== 'PLAIN' || typeof node.value === 'string') return undefined;
  return typeof node.source === 'string' ? node.source : undefined;
}

const SYNTAX_CODES: Partial<Record<string, DiagnosticCode>> = {
  TAB_AS_INDENT: 'yaml-tab-indent',
  MULTILINE_IMPLICIT_KEY: 'yaml-missing-colon',
  BLOCK_AS_IMPLICIT_KEY: 'yaml-colon-in-value',
  BAD_INDENT: 'yaml-bad-indent',
  DUPLICATE_KEY: 'yaml-duplicate-key',
  MULTIPLE_DOCS: 'yaml-multiple-documents',
};

function syntaxDiagnostic(source: SourceDocument, code: string, message: string, pos: [number, number]): Diagnostic {
  const file = source.file;
  if (code === 'MISSING_CHAR' && /closing ("|')quote/.test(message)) {
    // yaml reports the end of the file; the clerk needs the line where the quote was opened.
    const quote = message.includes('"') ? '"' : "'";
    const start = openingQuoteOffset(source, quote, pos[0]);
    return diagnostic('yaml-unclosed-quote', 'error', { quote }, { file, range: rangeAt(source, start, start + 1) });
  }
  if (code === 'MISSING_CHAR' && /without - indicator/.test(message)) {
    return diagnostic('yaml-missing-dash', 'error', {}, { file, range: rangeAt(source, pos[0], pos[1]) });
  }
  const mapped = SYNTAX_CODES[code];
  if (mapped === 'yaml-duplicate-key') {
    // yaml points at the first character of the repeated key: name and underline all of it.
    const key = keyScalarAt(source, pos[0]);
    if (key) return diagnostic(mapped, 'error', { key: key.name }, { file, range: rangeAt(source, key.start, key.end) });
    return diagnostic(mapped, 'error', { key: source.text.slice(pos[0], pos[1]).trim() }, { file, range: rangeAt(source, pos[0], pos[1]) });
  }
  if (mapped) return diagnostic(mapped, 'error', {}, { file, range: rangeAt(source, pos[0], pos[1]) });
  return diagnostic('yaml-syntax', 'error', { detail: message.split('\n')[0]!.replace(/\.$/, '') }, { file, range: rangeAt(source, pos[0], pos[1]) });
}

function keyScalarAt(source: SourceDocument, offset: number): { name: string; start: number; end: number } | undefined {
  let found: { name: string; start: number; end: number } | undefined;
  visit(source.doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.range && pair.key.range[0] === offset) found = { name: String(pair.key.value), start: pair.key.range[0], end: pair.key.range[1] };
    },
  });
  return found;
}

function openingQuoteOffset(source: SourceDocument, quote: string, errorOffset: number): number {
  let best = -1;
  visit(source.doc, {
    Scalar(_key, node) {
      const wanted = quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
      if (node.type === wanted && node.range && node.range[0] <= errorOffset && node.range[0] > best) best = node.range[0];
    },
  });
  if (best >= 0) return best;
  const found = source.text.lastIndexOf(quote, Math.max(0, errorOffset - 1));
  return found >= 0 ? found : errorOffset;
}

export function rangeAt(source: SourceDocument, startOffset: number, endOffset: number): Range {
  const s = source.lineCounter.linePos(startOffset);
  const e = source.lineCounter.linePos(Math.max(startOffset, endOffset));
  return { start: { line: s.line, column: s.col }, end: { line: e.line, column: e.col } };
}

/**
 * Where to point for a finding about `path`:
 * - 'value': the value itself (a wrong type, a bad date);
 * - 'key': the key of the last path step (an unknown field);
 * - 'owner': the key that holds the map or list at `path` (a field missing from it).
 * Falls back to the nearest existing ancestor, so there is always a position.
 */
export function locate(source: SourceDocument, path: DataPath, target: 'value' | 'key' | 'owner' = 'value'): Range {
  const steps = walk(source.doc.contents as Node | null, path);
  const last = steps[steps.length - 1];
  const complete = steps.length === path.length + 1;
  if (complete && last) {
    if (target === 'key' && last.pair && isScalar(last.pair.key) && last.pair.key.range) return rangeOf(source, last.pair.key.range);
    if (target === 'owner') {
      if (last.pair && isScalar(last.pair.key) && last.pair.key.range) return rangeOf(source, last.pair.key.range);
      // a list item: point at its first key
      const first = isMap(last.node) ? last.node.items[0] : undefined;
      if (first && isScalar(first.key) && first.key.range) return rangeOf(source, first.key.range);
    }
    if (last.node?.range) return rangeOf(source, last.node.range);
  }
  for (let i = steps.length - 1; i >= 0; i--) {
    const s = steps[i]!;
    if (s.pair && isScalar(s.pair.key) && s.pair.key.range) return rangeOf(source, s.pair.key.range);
    if (s.node?.range) return rangeOf(source, s.node.range);
  }
  return rangeAt(source, 0, 0);
}

interface Step {
  node: Node | null;
  pair?: Pair;
}

/** A key as the data names it: `yaml` turns a null key into "", others into their text. */
function keyText(value: unknown): string {
  return value === null ? '' : String(value);
}

function walk(root: Node | null, path: DataPath): Step[] {
  const steps: Step[] = [{ node: root }];
  let node: Node | null = root;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && keyText(p.key.value) === String(key));
      if (!pair) break;
      node = (pair.value as Node | null) ?? null;
      steps.push({ node, pair: pair as Pair });
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (item === undefined) break;
      node = item;
      steps.push({ node });
    } else {
      break;
    }
  }
  return steps;
}

function rangeOf(source: SourceDocument, r: readonly [number, number, number?]): Range {
  // Point at the first line of a multi-line value, ending where its first line ends.
  const lineEnd = source.text.indexOf('\n', r[0]);
  const end = lineEnd >= 0 && lineEnd < r[1] ? lineEnd : r[1];
  return rangeAt(source, r[0], end);
}
