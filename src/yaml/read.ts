// YAML text → data, and a locator that turns a data path into a line and column for findings.
//
// One reader of record: js-yaml builds the data, every scalar as the text written (the YAML
// failsafe schema, plus `~`, `null` and nothing as null), so `350.000.000` stays the amount the
// clerk wrote and `year: "2026"` is a year; the JSON Schema of the file gives the types
// (schema/typing.ts). `yaml` parses the file only when something needs it, and its data is never
// used: to name a syntax error by its code, and to position a finding (PositionsOnDemand). A
// clean file is never parsed twice.
//
// What a report has no use for is refused here, each with its own finding on the file: tags
// (`!!str`, `!!merge`), merge keys (`<<:`), an anchor used inside itself, nesting past
// MAX_DEPTH, and more than MAX_YAML_ALIASES aliases.
import { FAILSAFE_SCHEMA, load, Type, type EventType, type State } from 'js-yaml';
import { diagnostic, type Diagnostic, type DiagnosticCode } from '../diagnostics/diagnostic.js';
import { locate } from './locate.js';
import { MAX_DEPTH, MAX_YAML_ALIASES, PositionsOnDemand, rangeAt, type SourceDocument } from './source.js';
import type { DataPath } from './data-path.js';
import { syntaxFindings } from './syntax.js';

export type { DataPath } from './data-path.js';
export type { SourceDocument } from './source.js';
export { locate } from './locate.js';
export { MAX_DEPTH, MAX_YAML_ALIASES, rangeAt } from './source.js';

export interface ParsedYaml {
  source: SourceDocument;
  /** The data (scalars as text, or null), or undefined when the file cannot be trusted. */
  value: unknown;
  diagnostics: Diagnostic[];
}

/** YAML's null, unquoted: nothing, `~`, `null`. */
const NULL = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (s: string) => s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL',
  construct: () => null,
});
const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [NULL] });
/** Values an alias may stand for in all (each alias counts the size of what it repeats). */
const MAX_EXPANDED_NODES = 100_000;

/** What the reading noticed on the way: tags and aliases, with where they start. */
interface Notes {
  tag?: number;
  aliases: number[];
}

export function parseYaml(text: string, file: string): ParsedYaml {
  const source = new PositionsOnDemand(file, text);
  const notes: Notes = { aliases: [] };
  let value: unknown;
  try {
    value = load(text, { schema: SCHEMA, listener: listenerFor(text, notes), maxDepth: MAX_DEPTH } as Parameters<typeof load>[1]);
  } catch (e) {
    return { source, value: undefined, diagnostics: syntaxFindings(source, e) };
  }
  const at = (code: DiagnosticCode, offset: number, args = {}): ParsedYaml => ({
    source,
    value: undefined,
    diagnostics: [diagnostic(code, 'error', args, { file, range: rangeAt(source, offset, offset + 1) })],
  });
  if (notes.tag !== undefined) return at('yaml-tag', notes.tag, { tag: /^\S*/.exec(text.slice(notes.tag))![0] });
  if (notes.aliases.length > MAX_YAML_ALIASES) return at('yaml-alias-limit', notes.aliases[MAX_YAML_ALIASES]!, { limit: MAX_YAML_ALIASES });
  const problem = inspect(value);
  if (problem) {
    const { code, path } = problem;
    if (code === 'yaml-alias-limit') return at(code, notes.aliases[0] ?? 0, { limit: MAX_YAML_ALIASES });
    const range = locate(source, path, code === 'yaml-merge-key' ? 'key' : 'value');
    return { source, value: undefined, diagnostics: [diagnostic(code, 'error', code === 'yaml-too-deep' ? { limit: MAX_DEPTH } : {}, { file, path, range })] };
  }
  // Nothing but comments: null, written as nothing.
  return { source, value: value === undefined ? null : value, diagnostics: [] };
}

/** Notes explicit tags and aliases: the first character of each node tells. */
function listenerFor(text: string, notes: Notes): (event: EventType, state: State) => void {
  const opened: number[] = [];
  return (event, state) => {
    if (event === 'open') {
      opened.push(state.position);
      return;
    }
    const from = opened.pop()!;
    let at = from;
    while (at < state.position && /[\s-]/.test(text[at]!)) at++;
    // An anchor, then a tag: `&a !!str x`.
    if (text[at] === '&') {
      at = text.slice(at).search(/\s/) + at;
      while (at < state.position && /\s/.test(text[at]!)) at++;
    }
    if (text[at] === '!' && notes.tag === undefined) notes.tag = at;
    else if (text[at] === '*') notes.aliases.push(at);
  };
}

type Problem = { code: 'yaml-recursive-alias' | 'yaml-merge-key' | 'yaml-too-deep' | 'yaml-alias-limit'; path: DataPath };

/**
 * Walks the data once: an anchor used inside itself (the data would never end), a merge key,
 * nesting too deep, or aliases that expand too far.
 */
function inspect(root: unknown): Problem | undefined {
  const open = new Set<object>();
  const path: (string | number)[] = [];
  let nodes = 0;
  const walk = (v: unknown): Problem | undefined => {
    if (v === null || typeof v !== 'object') return undefined;
    if (open.has(v)) return { code: 'yaml-recursive-alias', path: [...path] };
    if (path.length >= MAX_DEPTH) return { code: 'yaml-too-deep', path: [...path] };
    if (++nodes > MAX_EXPANDED_NODES) return { code: 'yaml-alias-limit', path: [] };
    open.add(v);
    const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
    for (const [k, item] of entries) {
      path.push(k);
      if (k === '<<') return { code: 'yaml-merge-key', path: [...path] };
      nodes++;
      const p = walk(item);
      path.pop();
      if (p) return p;
    }
    open.delete(v);
    return undefined;
  };
  return walk(root);
}

/** The data `yaml` makes of a broken file, as far as it goes: for grouping a report by its unit. */
export function bestEffortData(source: SourceDocument): unknown {
  try {
    return source.doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch {
    return undefined;
  }
}
