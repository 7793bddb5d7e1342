// A file as text: its bytes read (io/) and decoded, or a Diagnostic saying why there is no text.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readFileBytes } from '../io/files.js';
import { decodeText, MAX_REPORT_BYTES } from './decode.js';
import { decodeDiagnostic } from './decode-diagnostic.js';

export type TextRead = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** Reads and decodes one file; `shown` is the path as the user should see it. */
export function readTextFile(path: string, shown: string, maxBytes = MAX_REPORT_BYTES): TextRead {
  const read = readFileBytes(path, shown, maxBytes);
  if (!read.ok) return read;
  const decoded = decodeText(read.bytes, { maxBytes });
  if (decoded.ok) return { ok: true, text: decoded.value.text };
  return { ok: false, diagnostic: decodeDiagnostic(decoded.problem, shown) };
}
