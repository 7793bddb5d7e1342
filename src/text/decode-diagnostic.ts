// Why bytes are no text, as a finding: shared by the files kt-bio reads (read.ts) and the files a
// clerk opens in the browser form, which has no file system.
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { DecodeProblem } from './decode.js';

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
    case 'viqr':
      return diagnostic('text-viqr', 'error', { sample: p.sample, decoded: p.decoded }, at(p.line, p.column));
  }
}
