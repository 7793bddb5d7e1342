// Vietnamese saved in a 7-bit encoding: every byte is ASCII, so the file is valid UTF-8 and reads
// without error, but its letters are garbled. UTF-7 (Word's "Unicode (UTF-7)" among the plain-text
// encodings, and some mail programs) writes each run of non-ASCII letters as "+", the modified
// base64 of its UTF-16 code units, and an optional "-": "quán triệt" becomes "qu+AOE-n tri+Hsc-t".
import { lineColumnAt } from './position.js';

export interface SevenBitText {
  kind: 'utf7';
  /** The first garbled word as written, and as it reads once decoded. */
  sample: string;
  decoded: string;
  line: number;
  column: number;
}

// "+" then the base64 set; "+-" is a literal "+" and encodes nothing.
const UTF7_RUN = /\+([A-Za-z0-9+/]+)-?/g;
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
// What UTF-7 runs in a Vietnamese report decode to: letters of Latin-1 and Latin Extended (â, đ,
// ơ, ư), the precomposed Vietnamese block, and the combining tone marks.
const VIETNAMESE_RUN = /^[\u00C0-\u024F\u0300-\u0323\u1EA0-\u1EF9]+$/u;
// Two runs are not chance: "+84-" or "a+b-c" decode to no letter at all.
const MIN_RUNS = 2;

/** The UTF-16 code units a run's base64 holds (bits left over at the end are padding). */
function decodeRun(base64: string): string {
  let bits = 0;
  let buffer = 0;
  const units: number[] = [];
  for (const ch of base64) {
    buffer = ((buffer << 6) | BASE64.indexOf(ch)) & 0xffffff;
    bits += 6;
    if (bits >= 16) {
      bits -= 16;
      units.push((buffer >> bits) & 0xffff);
    }
  }
  return String.fromCharCode(...units);
}

/** The word a run stands in: the letters before it, and letters or further runs after it. */
function wordAround(text: string, start: number, end: number): [number, number] {
  while (start > 0 && /[\p{L}\p{M}]/u.test(text[start - 1]!)) start--;
  const after = /^(?:[\p{L}\p{M}]|\+[A-Za-z0-9+/]+-?)*/u.exec(text.slice(end))![0];
  return [start, end + after.length];
}

/** The first word of a report written in UTF-7, when at least two runs decode to Vietnamese letters. */
export function findSevenBitText(text: string): SevenBitText | undefined {
  if (!text.includes('+')) return undefined;
  let runs = 0;
  let first: { start: number; end: number } | undefined;
  for (const m of text.matchAll(UTF7_RUN)) {
    if (!VIETNAMESE_RUN.test(decodeRun(m[1]!).normalize('NFC'))) continue;
    runs++;
    first ??= { start: m.index, end: m.index + m[0].length };
  }
  if (runs < MIN_RUNS || first === undefined) return undefined;
  const [start, end] = wordAround(text, first.start, first.end);
  const sample = text.slice(start, end);
  const decoded = sample.replace(UTF7_RUN, (_, b64: string) => decodeRun(b64)).normalize('NFC');
  return { kind: 'utf7', sample, decoded, ...lineColumnAt(text, start) };
}
