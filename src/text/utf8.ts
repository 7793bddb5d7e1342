// Where UTF-8 goes wrong: the first ill-formed byte sequence, as a byte offset and as the line and
// column an editor shows.
import { isUtf8 } from 'node:buffer';
import { lineColumnAt } from './position.js';

export { isUtf8 };

// ignoreBOM keeps a leading BOM in the output so that it can be recorded (and repeated ones stripped).
const LENIENT_UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Offset of the first byte of the first ill-formed UTF-8 sequence (Unicode table 3-7, the same
 * rules as the WHATWG decoder: no overlongs, no surrogates, nothing above U+10FFFF), or -1.
 */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let trailing: number;
    let secondMin = 0x80;
    let secondMax = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) trailing = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      trailing = 2;
      if (lead === 0xe0) secondMin = 0xa0;
      if (lead === 0xed) secondMax = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      trailing = 3;
      if (lead === 0xf0) secondMin = 0x90;
      if (lead === 0xf4) secondMax = 0x8f;
    } else return i;
    for (let k = 1; k <= trailing; k++) {
      const b = bytes[i + k];
      if (b === undefined) return i;
      const min = k === 1 ? secondMin : 0x80;
      const max = k === 1 ? secondMax : 0xbf;
      if (b < min || b > max) return i;
    }
    i += trailing + 1;
  }
  return -1;
}

/** Offset, line and column of the first ill-formed UTF-8 sequence of `bytes` (the start when none). */
export function invalidUtf8At(bytes: Uint8Array): { offset: number; line: number; column: number } {
  const offset = Math.max(0, firstInvalidUtf8Offset(bytes));
  const before = LENIENT_UTF8.decode(bytes.subarray(0, offset)).replace(/^\uFEFF+/, '');
  return { offset, ...lineColumnAt(before, before.length) };
}
