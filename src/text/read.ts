// A file as text: its bytes read (io/) and decoded, or a Diagnostic saying why there is no text.
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { readFileBytes } from '../io/files.js';
import { decodeText, MAX_REPORT_BYTES, type DecodeProblem } from './decode.js';

export type TextRead = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** Reads and decodes one file; `shown` is the path as the user should see it. */
export function readTextFile(path: string, shown: string, maxBytes = MAX_REPORT_BYTES): TextRead {
  const read = readFileBytes(path, shown, maxBytes);
  if (!read.ok) return read;
  const decoded = decodeText(read.bytes, { maxBytes });
  if (decoded.ok) return { ok: true, text: decoded.value.text };
  return { ok: false, diagnostic: decodeDiagnostic(decoded.problem, shown) };
}

/** Why decoded bytes are no text, as a finding on `file`. */
export function decodeDiagnostic(p: DecodeProblem, file: string): Diagnostic {
  const at = (line: number, column: number) => ({ file, range: { start: { line, column }, end: { line, column } } });
  switch (p.kind) {
    case 'too-large':
      return diagnostic('file-too-large', 'error', { size: p.size, limit: p.limit }, { file });
    case 'empty':
      return diagnostic('file-empty', 'error', {}, { file });
    case 'binary':
      return diagnostic('file-binary', 'error', {}, { file });
    case 'utf16':
      return diagnostic('file-utf16', 'error', { endianness: p.endianness }, { file });
    case 'not-utf8':
      return diagnostic('file-not-utf8', 'error', { guess: p.guess }, at(p.line, p.column));
    case 'legacy-font-text':
      return diagnostic('legacy-font-text', 'error', { guess: p.guess, sample: p.sample }, at(p.line, p.column));
    case 'utf7':
      return diagnostic('file-utf7', 'error', { sample: p.sample, decoded: p.decoded }, at(p.line, p.column));
  }
}
