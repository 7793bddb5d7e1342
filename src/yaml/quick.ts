// The quick reading of a YAML file, for the common case of a file with nothing wrong in it.
//
// `yaml` (yaml/read.ts) keeps a node with its position for every value: what findings need to
// point at a line and column, but ~8 MB/s. js-yaml builds only the data, ~9 × faster. A file is
// read with js-yaml first; `yaml` reads it again only when a finding needs a position, or when
// js-yaml refuses the file (then `yaml` gives the syntax diagnostics). So both must read every
// file they both accept into the same data:
// - the schema below resolves unquoted scalars by the YAML 1.2 core schema (spec §10.3.2), the
//   one `yaml` applies by default; js-yaml's own core schema differs in the details;
// - files using what the two could read differently (tags, directives, explicit or collection
//   keys, Tabs, quoted or plain text over several lines, brackets whose next lines are not
//   indented, anchors and aliases other than `key: &name text` and `key: *name`, and the rest
//   listed at NEEDS_FULL_PARSER) go to `yaml` (needsFullParser, MultiLineNodes, settle);
// - test/yaml/quick.test.ts reads with both every YAML file of the project, a corpus of
//   edge cases, seeded generated documents and seeded typing slips, and compares.
import { FAILSAFE_SCHEMA, load, Type, type EventType, type State } from 'js-yaml';
import type { DataPath } from './data-path.js';

/**
 * An unquoted scalar YAML reads as null, a boolean or a number, with its text as written: an
 * amount like `350.000` is 350 to YAML but 350 000 đồng to the clerk (report/validate.ts).
 * Lives only during loading; `toStringTag` makes js-yaml turn it into a key by `toString`.
 */
class PlainScalar {
  constructor(
    readonly value: null | boolean | number,
    readonly source: string,
  ) {}
  get [Symbol.toStringTag](): string {
    return 'PlainScalar';
  }
  toString(): string {
    // As `yaml` names a key that is null, a boolean or a number.
    return this.value === null ? '' : String(this.value);
  }
}

// YAML 1.2.2, §10.3.2 "Tag Resolution" of the core schema: null, bool, int (10, 8, 16), float.
const CORE_SCALARS: readonly (readonly [RegExp, (s: string) => null | boolean | number])[] = [
  [/^(?:null|Null|NULL|~)$/, () => null],
  [/^(?:true|True|TRUE|false|False|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T'],
  [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
  [/^0o[0-7]+$/, (s) => parseInt(s.slice(2), 8)],
  [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.slice(2), 16)],
  [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/, (s) => parseFloat(s)],
  [/^[-+]?\.(?:inf|Inf|INF)$/, (s) => (s[0] === '-' ? -Infinity : Infinity)],
  [/^\.(?:nan|NaN|NAN)$/, () => NaN],
];
/** The first characters of the scalars above: every other plain scalar is text, tested no further. */
const MAY_BE_CORE_SCALAR = /^[-+.0-9nNtTfF~]/;

/**
 * One implicit type for the four of the core schema: js-yaml asks each implicit type in turn
 * about every unquoted scalar, keys included, and most are text. The tag is never shown: tags
 * in a file send it to `yaml` (NEEDS_FULL_PARSER).
 */
function coreScalarType(): Type {
  // js-yaml calls construct right after the resolve that accepted the scalar.
  let matched: ((s: string) => null | boolean | number) | undefined;
  return new Type('tag:yaml.org,2002:core-scalar', {
    kind: 'scalar',
    resolve: (data: unknown) => {
      matched = typeof data === 'string' && MAY_BE_CORE_SCALAR.test(data) ? CORE_SCALARS.find(([re]) => re.test(data))?.[1] : undefined;
      return matched !== undefined;
    },
    construct: (data: string) => new PlainScalar(matched!(data), data),
  });
}

const CORE_SCHEMA_AS_YAML_READS_IT = FAILSAFE_SCHEMA.extend({ implicit: [coreScalarType()] });

/**
 * What the two parsers could read differently, each found by the comparison test: a tag (`!x`,
 * `!!str`); a comment glued to what comes before it (`"x"# c`, `[x]#c`, `{"a":#c`); an empty
 * key in brackets (`[a, : b]`) or a list or map as a key (`[a]: `, `{a: 1}: `, `{{a: 1}}`,
 * `{a,\n [b]}`); a directive (`%YAML`); a document marker with something on its line (`---a`,
 * `--- a: 1`); an explicit key (`? `); the key `__proto__`; a Tab anywhere; a byte order mark
 * past the start; a line that is a bare `-` (an empty item); a block scalar header with an
 * indentation number (`|2`); a `\U` escape; a line break that is a lone CR. Each may also occur
 * in plain text ("xin chào !ok"); such a file is merely read the slow way. (`\s` would take a
 * no-break space for a separator, which YAML does not: the patterns name spaces, Tabs and line
 * breaks.)
 */
const NEEDS_FULL_PARSER: readonly RegExp[] = [
  /(?:^|[\s[{,])!/m,
  // Outside brackets `a, : b` is an error to both parsers.
  /[[{,][ \t]*:(?:[ \t]|$)/m,
  /[\]}][ \t]*:(?:[ \t]|$)/m,
  /[{,](?:[ \t\n]|#[^\n]*\n)*[[{]/,
  /^%/m,
  /^(?:---|\.\.\.)(?:[^ \t\n]|[ \t]+[^# \t\n])/m,
  /^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|$)/m,
  /__proto__/,
  /\t/,
  /\ufeff/,
  /\\U/,
  /\r/,
];
/** What each pattern above needs at least one of: most reports hold none. */
const RARE = /[!{}[\]%?\t\r\ufeff]|---|\.\.\.|__proto__|\\U/;
/** In every report: comments, block scalars, list items. */
const GLUED_COMMENT = /[\]}[{,"']:?#/;
const BLOCK_HEADER_WITH_INDENT = /[|>](?:[-+]?[1-9]|[1-9][-+]?)/;
const MAYBE_BARE_ITEM = /-[ ]*(?:#|$)/m;
const BARE_ITEM = /^[ ]*(?:-[ ]+)*-[ ]*(?:#.*)?$/m;

function needsFullParser(text: string): boolean {
  if (RARE.test(text) && NEEDS_FULL_PARSER.some((pattern) => pattern.test(text))) return true;
  if (GLUED_COMMENT.test(text) || BLOCK_HEADER_WITH_INDENT.test(text)) return true;
  if ((text.includes('&') || text.includes('*')) && !plainAnchorsOnly(text)) return true;
  return (MAYBE_BARE_ITEM.test(text) && BARE_ITEM.test(text)) || keepsTrailingSpaceUnended(text);
}

/** A kept block scalar (`|+`, `>+`) at the end of a file without a final line break. */
function keepsTrailingSpaceUnended(text: string): boolean {
  return !text.endsWith('\n') && /[|>][1-9]?\+/.test(text);
}

/** Aliases expand on load: a few is normal, thousands is a "billion laughs" file. */
export const MAX_YAML_ALIASES = 50;

// Anchors and aliases are read the quick way in two forms only, the ones a plan or report has a
// use for: `key: &name text` (an anchor on text that ends on its line, with no key after it)
// and `key: *name` (an alias as a value, before `,`, `}`, `]`, a comment or the line's end).
// Every other `&` or `*` that may start one sends the file to `yaml`.
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,:])[&*][^ \t\n,[\]{}]/g;
const PLAIN_ANCHOR = /:[ ]+&[A-Za-z0-9_-]+[ ]+(?=["'\p{L}\p{N}])(?![^\n]*:(?:[ \t]|$))/gmu;
const PLAIN_ALIAS = /:[ ]+\*[A-Za-z0-9_-]+(?:[ ]*(?=[,}\]\n]|$)|[ ]+(?=#))/g;

function plainAnchorsOnly(text: string): boolean {
  const all = text.match(ANCHOR_OR_ALIAS)?.length ?? 0;
  if (all === 0) return true;
  const aliases = text.match(PLAIN_ALIAS)?.length ?? 0;
  // Past the cap `yaml` refuses the file (yaml-alias-limit).
  return aliases <= MAX_YAML_ALIASES && all === aliases + (text.match(PLAIN_ANCHOR)?.length ?? 0);
}

export interface QuickRead {
  value: unknown;
  /** The text of the unquoted scalar at `path` read as null, a boolean or a number (ParsedYaml.plainSource). */
  plainSource(path: DataPath): string | undefined;
}

/** The data of a YAML file in the common case, or undefined where `yaml` must read it. */
export function quickRead(text: string): QuickRead | undefined {
  if (needsFullParser(text)) return undefined;
  const multiLine = new MultiLineNodes(text);
  let raw: unknown;
  try {
    raw = load(text, { schema: CORE_SCHEMA_AS_YAML_READS_IT, listener: multiLine.listener });
  } catch {
    return undefined;
  }
  if (multiLine.found) return undefined;
  // No node at all (nothing but comments): null, as `yaml` reads it, written as nothing.
  if (raw === undefined || raw === null) return { value: null, plainSource: () => undefined };
  const read: Settling = { sources: new Map(), seen: new Set(), refused: false };
  const value = settle(raw, read);
  if (read.refused) return undefined;
  return { value, plainSource: (path) => sourceAt(value, path, read.sources) };
}

interface Settling {
  /** By list or map: the text of its entries that were unquoted non-text scalars, by key or index. */
  sources: Map<object, Map<string | number, string>>;
  /** The lists and maps met so far. */
  seen: Set<object>;
  /**
   * A list or map met twice (an alias of it: a later change to one would show in both, and a nest
   * of them is how a file makes validation run without end), or a map with the key "null" (js-yaml
   * names an empty key so, `yaml` names it ""): left to `yaml`.
   */
  refused: boolean;
}

function sourceAt(root: unknown, path: DataPath, sources: Settling['sources']): string | undefined {
  if (path.length === 0) return undefined;
  let container: unknown = root;
  for (const step of path.slice(0, -1)) {
    if (container === null || typeof container !== 'object') return undefined;
    container = (container as Record<string | number, unknown>)[step];
  }
  if (container === null || typeof container !== 'object') return undefined;
  return sources.get(container)?.get(path[path.length - 1]!);
}

/**
 * Notes a key of over 1,024 characters (`yaml` refuses it, js-yaml takes it), and what spans
 * several lines where the two parsers differ on how far the next lines must be indented: a quoted or plain scalar (js-yaml takes `"168.00` + a line `0.000"` at column 1 as
 * one text, `yaml` as an unclosed quote), and a list or map in brackets whose next lines are not
 * indented past its first line. Such a file is left to `yaml`. Block scalars (`|`, `>`) are
 * how reports write long text, and lists in brackets indented deeper are how the plan writes
 * long lists: both are read alike.
 */
class MultiLineNodes {
  static readonly MAX_IMPLICIT_KEY = 1024;
  found = false;
  /** position and line of each node open, innermost last */
  readonly #open: number[] = [];
  constructor(readonly text: string) {}
  readonly listener = (event: EventType, state: State): void => {
    if (event === 'open') {
      this.#open.push(state.position, state.line);
      return;
    }
    const line = this.#open.pop()!;
    const position = this.#open.pop()!;
    if (this.found || state.kind === null) return;
    if (state.line === line) {
      // `yaml` refuses an implicit key of over 1,024 characters; js-yaml takes it.
      if (state.kind === 'scalar' && state.position - position > MultiLineNodes.MAX_IMPLICIT_KEY - 200) {
        // `yaml` counts from the key's first character to the colon, spaces before it included.
        const colon = /^[ \t]*:/.exec(this.text.slice(state.position, state.position + 400));
        if (colon && state.position + colon[0].length - position > MultiLineNodes.MAX_IMPLICIT_KEY) this.found = true;
      }
      return;
    }
    // A node opens before the spaces and line breaks ahead of it: find its first character.
    const start = this.text.slice(position, state.position).search(/[^\s]/);
    if (start < 0) return;
    const first = this.text[position + start];
    // A block scalar of blank lines only: the two differ on where it ends.
    if (state.kind === 'scalar') this.found = (first !== '|' && first !== '>') || (typeof state.result === 'string' && state.result.trim() === '');
    else if (first === '[' || first === '{') this.found = !indentedPastFirstLine(this.text, position + start, state.position);
  };
}

/**
 * Whether every line after the first of text[from, to) is indented deeper than the map or list
 * the first line opens (`- a: [x,` opens a map at column 3).
 */
function indentedPastFirstLine(text: string, from: number, to: number): boolean {
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const indent = (at: number) => /^ */.exec(text.slice(at, at + 200))![0].length;
  const first = /^[ ]*(?:-[ ]+)*/.exec(text.slice(lineStart, from))![0].length;
  for (let nl = text.indexOf('\n', from); nl >= 0 && nl < to - 1; nl = text.indexOf('\n', nl + 1)) {
    if (indent(nl + 1) <= first) return false;
  }
  return true;
}

/**
 * Unwraps the scalars of the schema above inside a list or map, noting their text (an empty
 * value was written as nothing), and notes a list or map met twice. An alias of a scalar is only
 * a value: kept.
 */
function settle(v: unknown, read: Settling): unknown {
  if (v instanceof PlainScalar) return v.value;
  if (v === null || typeof v !== 'object' || read.refused) return v;
  if (read.seen.has(v) || (!Array.isArray(v) && Object.hasOwn(v, 'null'))) {
    read.refused = true;
    return v;
  }
  read.seen.add(v);
  // Most lists and maps hold text only: the map of texts is made for those that do not.
  let texts: Map<string | number, string> | undefined;
  const note = (key: string | number, text: string) => {
    if (!texts) read.sources.set(v, (texts = new Map()));
    texts.set(key, text);
  };
  const entry = (key: string | number, item: unknown): unknown => {
    if (item instanceof PlainScalar) note(key, item.source);
    else if (item === null) note(key, '');
    return settle(item, read);
  };
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = entry(i, v[i]);
  } else {
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = entry(k, o[k]);
  }
  return v;
}
