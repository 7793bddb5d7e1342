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
  if (errors.length > 0) return errors.map((e) => fromYaml(source, e));
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
