// A YAML file's text and, on demand, `yaml`'s parse of it with positions: what findings use to
// point at a line and column. Its data is never used (yaml/read.ts reads the data).
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Range } from '../diagnostics/diagnostic.js';

export interface SourceDocument {
  /** The file as shown to the user. */
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/** Aliases expand on load: a few is normal, thousands is a "billion laughs" file. */
export const MAX_YAML_ALIASES = 50;
/** Lists and maps inside each other: a report needs five levels; past this, a file is refused. */
export const MAX_DEPTH = 64;

/** The file is parsed with positions when a finding asks for one: a file with none never is. */
export class PositionsOnDemand implements SourceDocument {
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
  // logLevel 'silent': a library warning must never reach the clerk's terminal.
  try {
    return { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'silent' }), lineCounter };
  } catch {
    // Too deep for `yaml`'s own recursion: positions fall back to the start of the file.
    const empty = new LineCounter();
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) empty.addNewLine(i + 1);
    return { doc: parseDocument('', { lineCounter: new LineCounter(), logLevel: 'silent' }), lineCounter: empty };
  }
}

export function rangeAt(source: SourceDocument, startOffset: number, endOffset: number): Range {
  const s = source.lineCounter.linePos(startOffset);
  const e = source.lineCounter.linePos(Math.max(startOffset, endOffset));
  return { start: { line: s.line, column: s.col }, end: { line: e.line, column: e.col } };
}

