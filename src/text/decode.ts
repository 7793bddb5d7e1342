// Turns the bytes of a report file into text, or says precisely why that is not possible.
// Reports are typed by unit clerks in Notepad on Windows, so besides UTF-8 (with or without BOM)
// we meet UTF-16 ("Unicode" in Notepad's Save dialog), and text in the pre-Unicode Vietnamese
// encodings TCVN3 (ABC, .VnTime fonts), VNI (VNI-Times fonts) and Windows-1258.

import { detectUtf16, isBlankBytes, looksBinary } from './bytes.js';
import { guessLegacyEncoding, type LegacyEncoding } from './legacy.js';
import { findLegacyFontText, type LegacyFontText } from './mojibake.js';
import { findSevenBitText, type SevenBitText } from './seven-bit.js';
import { findViqrText, type ViqrText } from './viqr.js';
import { invalidUtf8At, isUtf8 } from './utf8.js';

export { decodeLegacyVietnamese, type LegacyEncoding } from './legacy.js';

export type DecodeProblem =
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'empty' }
  | { kind: 'binary' }
  | { kind: 'utf16'; endianness: 'le' | 'be' }
  | { kind: 'not-utf8'; guess: LegacyEncoding | 'unknown'; offset: number; line: number; column: number }
  | LegacyFontText
  | SevenBitText
  | ViqrText;

export interface Decoded {
  text: string;
  hadBom: boolean;
  /** True when the file used CRLF or lone CR line breaks (both become LF). */
  hadCrlf: boolean;
  /** True when NFC normalisation changed the text (typically decomposed letters from macOS or Word). */
  wasNfd: boolean;
}

export type DecodeResult = { ok: true; value: Decoded } | { ok: false; problem: DecodeProblem };

// A real report is a few kB of YAML. 1 MiB leaves room for long narrative sections while
// rejecting a wrongly attached file (photo, scanned PDF, database export) before any decoding,
// and bounds the time and memory the YAML parser can spend on one report.
export const MAX_REPORT_BYTES: number = 1024 * 1024;

/** The one place that applies NFC to a string loaded from anywhere. */
export function normalizeNfc(s: string): string {
  return s.normalize('NFC');
}

/**
 * Checks run in a fixed order (size, empty, UTF-16, binary, UTF-8 validity, legacy-font text) so
 * that the cheapest and most fundamental problem is the one reported.
 * Positions are 1-based; columns count Unicode code points on the line, as an editor shows them.
 */
export function decodeText(bytes: Uint8Array, opts?: { maxBytes?: number }): DecodeResult {
  const limit = opts?.maxBytes ?? MAX_REPORT_BYTES;
  if (bytes.length > limit) return fail({ kind: 'too-large', size: bytes.length, limit });
  if (isBlankBytes(bytes)) return fail({ kind: 'empty' });

  const endianness = detectUtf16(bytes);
  if (endianness) return fail({ kind: 'utf16', endianness });
  if (looksBinary(bytes)) return fail({ kind: 'binary' });

  if (!isUtf8(bytes)) return fail({ kind: 'not-utf8', guess: guessLegacyEncoding(bytes), ...invalidUtf8At(bytes) });
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

  const withoutBom = raw.replace(/^\uFEFF+/, '');
  const hadBom = withoutBom.length !== raw.length;
  const hadCrlf = withoutBom.includes('\r');
  const text = hadCrlf ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
  // Only Unicode whitespace or invisible marks left: nothing a reader could see.
  if (/^[\s\u200B\uFEFF]*$/.test(text)) return fail({ kind: 'empty' });

  const legacy = findLegacyFontText(text);
  if (legacy) return fail(legacy);
  const sevenBit = findSevenBitText(text);
  if (sevenBit) return fail(sevenBit);
  const viqr = findViqrText(text);
  if (viqr) return fail(viqr);

  const nfc = normalizeNfc(text);
  return { ok: true, value: { text: nfc, hadBom, hadCrlf, wasNfd: nfc !== text } };
}

function fail(problem: DecodeProblem): DecodeResult {
  return { ok: false, problem };
}
