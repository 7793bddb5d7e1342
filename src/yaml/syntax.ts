// A file js-yaml refused, named: `yaml` parses it again and its error codes (not its English
// text) choose the finding, with the position the clerk must look at.
import { YAMLException } from 'js-yaml';
import { visit, type YAMLError } from 'yaml';
import { diagnostic, type Diagnostic, type DiagnosticCode } from '../diagnostics/diagnostic.js';
import { MAX_DEPTH, rangeAt, type SourceDocument } from './source.js';

const SYNTAX_CODES: Partial<Record<string, DiagnosticCode>> = {
  TAB_AS_INDENT: 'yaml-tab-indent',
  MULTILINE_IMPLICIT_KEY: 'yaml-missing-colon',
  BLOCK_AS_IMPLICIT_KEY: 'yaml-colon-in-value',
  BAD_INDENT: 'yaml-bad-indent',
  DUPLICATE_KEY: 'yaml-duplicate-key',
  MULTIPLE_DOCS: 'yaml-multiple-documents',
};

/** The findings of a file js-yaml could not read (`error` is what it threw). */
export function syntaxFindings(source: SourceDocument, error: unknown): Diagnostic[] {
  const file = source.file;
  if (error instanceof RangeError || (error instanceof YAMLException && /^nesting exceeded/.test(error.reason))) {
    // js-yaml stops at MAX_DEPTH; a stack overflow is the same story told late.
    const at = error instanceof YAMLException ? Math.min(error.mark.position, source.text.length) : deepestOffset(source.text);
    return [diagnostic('yaml-too-deep', 'error', { limit: MAX_DEPTH }, { file, range: rangeAt(source, at, at + 1) })];
  }
  if (error instanceof YAMLException && /^unknown tag/.test(error.reason)) {
    const at = tagBefore(source.text, error.mark.position);
    return [diagnostic('yaml-tag', 'error', { tag: /^\S*/.exec(source.text.slice(at))![0] }, { file, range: rangeAt(source, at, at + 1) })];
  }
  // After a syntax error the parser is derailed, and what it reports next is mostly an echo of
  // the first error (a Tab gives five). Duplicate keys are found apart from parsing: all count.
  const errors = [...source.doc.errors].sort((a, b) => a.pos[0] - b.pos[0]).filter((e, i) => i === 0 || e.code === 'DUPLICATE_KEY');
  if (errors.length > 0) {
    const explained = explain(source, errors);
    if (explained) return [explained];
    return errors.map((e) => fromYaml(source, e));
  }
  // `yaml` took what js-yaml refused: js-yaml's position, in general words.
  const mark = error instanceof YAMLException ? error.mark : undefined;
  const offset = mark ? Math.min(mark.position, source.text.length) : 0;
  const detail = error instanceof YAMLException ? error.reason : '';
  return [diagnostic('yaml-syntax', 'error', { detail }, { file, range: rangeAt(source, offset, offset + 1) })];
}

function fromYaml(source: SourceDocument, e: YAMLError): Diagnostic {
  const file = source.file;
  const { code, message, pos } = e;
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
      if (isScalarNode(pair.key) && pair.key.range && pair.key.range[0] === offset) found = { name: String(pair.key.value), start: pair.key.range[0], end: pair.key.range[1] };
    },
  });
  return found;
}

function isScalarNode(n: unknown): n is { value: unknown; range?: [number, number, number] } {
  return n !== null && typeof n === 'object' && 'value' in n && !('items' in n);
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

/** The `!` that starts the tag js-yaml stopped after. */
function tagBefore(text: string, offset: number): number {
  const re = /(?:^|[\s[{,])(!\S*)/g;
  let best = 0;
  for (let m = re.exec(text); m && m.index <= offset; m = re.exec(text)) best = m.index + m[0].length - m[1]!.length;
  return best;
}

/** Where brackets or indentation first go deeper than MAX_DEPTH levels. */
function deepestOffset(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === ']' || c === '}') depth--;
  }
  // Indentation: the first line indented past MAX_DEPTH levels of one space or more.
  const m = new RegExp(`^ {${MAX_DEPTH},}`, 'm').exec(text);
  return m ? m.index + m[0].length : 0;
}

/** One line of the text: its indentation, and its key when it is `key: value` (after a dash). */
interface Line {
  text: string;
  indent: number;
  /** Column (0-based) of the key, after `- ` if any. */
  keyAt?: number;
  key?: string;
  /** Offset in the line of what follows `key:` and its spaces. */
  valueAt?: number;
  dash: boolean;
}
const KEY_LINE = /^( *)((?:- +)*)([^\s#:"'[\]{}][^:#]*?):( +|$)/;

function lineInfo(text: string): Line {
  const indent = /^ */.exec(text)![0].length;
  const m = KEY_LINE.exec(text);
  const dash = /^ *- /.test(text);
  if (!m) return { text, indent, dash };
  return { text, indent, keyAt: m[1]!.length + m[2]!.length, key: m[3]!, valueAt: m[0].length, dash };
}
const isContent = (t: string) => t.trim() !== '' && !/^\s*#/.test(t);

/**
 * The clerk's slips that `yaml` names only in general words, recognised from the line it stops
 * at and those above it: each gets its own finding, and a fix that keeps every word.
 */
function explain(source: SourceDocument, errors: YAMLError[]): Diagnostic | undefined {
  const file = source.file;
  const lines = source.text.split('\n');
  // Positions counted on the lines as split here, the column kept inside its line.
  const at = (line: number, column: number, length = 1) => {
    const c = Math.min(column, (lines[line] ?? '').length);
    return { file, range: { start: { line: line + 1, column: c + 1 }, end: { line: line + 1, column: Math.min(c + length, (lines[line] ?? '').length) + 1 } } };
  };

  // Four keys repeated, `id:` among them: a task whose `- ` was forgotten has merged into the one above.
  const repeatedId = errors.find((e) => e.code === 'DUPLICATE_KEY' && /^id\s*:/.test(source.text.slice(e.pos[0], e.pos[0] + 10)));
  if (repeatedId) {
    const line = source.lineCounter.linePos(repeatedId.pos[0]).line - 1;
    const info = lineInfo(lines[line]!);
    return diagnostic('yaml-forgotten-dash', 'error', { line: line + 1, key: 'id' }, at(line, info.keyAt ?? info.indent, 2));
  }
  const first = errors[0]!;
  const line = source.lineCounter.linePos(first.pos[0]).line - 1;
  const here = lineInfo(lines[line] ?? '');

  // A list item after a first item written without its dash: `id:` sits deeper, with no `- `.
  if (here.dash) {
    let undashed: number | undefined;
    for (let i = line - 1; i >= 0; i--) {
      const t = lines[i]!;
      if (!isContent(t)) continue;
      const info = lineInfo(t);
      if (info.indent <= here.indent) break;
      if (!info.dash && info.key === 'id' && info.indent === here.indent + 2) undashed = i;
    }
    if (undashed !== undefined) return diagnostic('yaml-forgotten-dash', 'error', { line: undashed + 1, key: 'id' }, at(undashed, here.indent + 2, 2));
  }

  // Checked on the line yaml stops at and the one before (a slip often shows on the next line).
  for (const l of [line, line - 1]) {
    const t = lines[l];
    if (t === undefined || !isContent(t)) continue;
    // A no-break space after the colon (copied from Word): looks right, is not a space to YAML.
    const nbsp = /^ *(?:- +)*[^\s#:]+:(\u00a0|\u202f)/.exec(t);
    if (nbsp) return diagnostic('yaml-nbsp', 'error', { key: t.slice(0, nbsp[0].length - 2).replace(/^[ -]*/, '') }, at(l, nbsp[0].length - 1));
    // `status:"ongoing"`: the colon needs a space after it.
    const glued = /^ *(?:- +)*([A-Za-z_][\w.-]*):(["'\p{L}\p{N}])/u.exec(t);
    if (glued && !/^ *(?:- +)*[A-Za-z_][\w.-]*:\/\//.test(t)) return diagnostic('yaml-no-space-after-colon', 'error', { key: glued[1]!, value: t.slice(glued[0].length - 1).trim() }, at(l, glued[0].length - 1));
  }

  // Text under `results: |` that is not indented deeper than `results`.
  for (let i = line - 1; i >= 0; i--) {
    const t = lines[i]!;
    if (!isContent(t)) continue;
    const info = lineInfo(t);
    // Lines deeper than this one may be the block's own text.
    if (info.indent > here.indent) continue;
    if (info.key !== undefined && /^[|>][-+0-9]*\s*(?:#.*)?$/.test(t.slice(info.valueAt))) {
      if (here.indent <= info.keyAt!) return diagnostic('yaml-block-not-indented', 'error', { key: info.key, line: i + 1, indent: info.keyAt! + 2 }, at(line, here.indent));
    }
    break;
  }

  // Text whose first character means something to YAML, or with quotes inside.
  if (here.key !== undefined && here.valueAt !== undefined) {
    const value = here.text.slice(here.valueAt).replace(/\s+$/, '');
    const c = value[0];
    if (c !== undefined && '-*[{@`%&!|>'.includes(c) && !(c === '|' || c === '>') ) {
      return diagnostic('yaml-value-start', 'error', { key: here.key, char: c, value, indent: here.keyAt! + 2 }, at(line, here.valueAt));
    }
    if (c === '"' || c === "'") return diagnostic('yaml-inner-quotes', 'error', { key: here.key, value, indent: here.keyAt! + 2 }, at(line, here.valueAt));
  }

  // A line indented one or two spaces off the fields of its group (yaml may stop on the line above).
  if (['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR', 'UNEXPECTED_TOKEN'].includes(first.code)) {
    for (const l of [line + 1, line]) {
      const t = lines[l];
      if (t === undefined || !isContent(t)) continue;
      const info = lineInfo(t);
      const expected = expectedIndent(lines, l, info);
      if (expected !== undefined && info.indent !== expected && Math.abs(info.indent - expected) <= 2) {
        return diagnostic('yaml-bad-indent', 'error', { found: info.indent, expected }, at(l, info.indent));
      }
    }
  }
  return undefined;
}

/** Where line `l` should start: in line with the item dashes or the keys of its group above. */
function expectedIndent(lines: string[], l: number, info: Line): number | undefined {
  for (let i = l - 1; i >= 0; i--) {
    const t = lines[i]!;
    if (!isContent(t)) continue;
    const above = lineInfo(t);
    if (info.dash) {
      if (above.dash && above.indent <= info.indent + 2) return above.indent;
      if (above.indent < info.indent - 2) return undefined;
      continue;
    }
    if (above.keyAt === undefined) return undefined;
    // A key with nothing after it opens a group: the next line goes deeper.
    return /:\s*(?:#.*)?$/.test(t) ? undefined : above.keyAt;
  }
  return undefined;
}
