// Legacy Vietnamese encodings (TCVN3, VNI, Windows-1258): reading bytes in one of them, and
// telling which one a file that is not UTF-8 was typed in.
import { decodeTcvn3 } from './tcvn3.js';
import { decodeVni } from './vni.js';
import { decodeWindows1258 } from './windows-1258.js';
import { isVietnameseSyllable } from './syllable.js';

const LEGACY_DECODERS = {
  tcvn3: decodeTcvn3,
  vni: decodeVni,
  'windows-1258': decodeWindows1258,
} as const;
export type LegacyEncoding = keyof typeof LEGACY_DECODERS;

/**
 * Reads bytes as a legacy Vietnamese encoding (NFC result), so that a message can show the
 * clerk what the file says. Bytes outside the encoding's letter set become U+FFFD.
 */
export function decodeLegacyVietnamese(bytes: Uint8Array, encoding: LegacyEncoding): string {
  return LEGACY_DECODERS[encoding](bytes).normalize('NFC');
}

// The right legacy encoding turns nearly every word holding high bytes into a well-formed
// Vietnamese syllable; the wrong ones produce stray symbols or impossible letter sequences.
const MIN_VALID_SYLLABLE_SHARE = 0.5;
// One word that happens to read as Vietnamese is not enough to name an encoding.
const MIN_VALID_SYLLABLES = 2;

export function guessLegacyEncoding(bytes: Uint8Array): LegacyEncoding | 'unknown' {
  const words = highByteWords(bytes);
  if (words.length === 0) return 'unknown';
  let best: LegacyEncoding | 'unknown' = 'unknown';
  let bestValid = 0;
  for (const encoding of Object.keys(LEGACY_DECODERS) as LegacyEncoding[]) {
    const decode = LEGACY_DECODERS[encoding];
    const valid = words.filter((w) => isVietnameseSyllable(trimPunctuation(decode(w)))).length;
    if (valid > bestValid) {
      best = encoding;
      bestValid = valid;
    }
  }
  const convincing = bestValid >= MIN_VALID_SYLLABLES && bestValid >= words.length * MIN_VALID_SYLLABLE_SHARE;
  return convincing ? best : 'unknown';
}

/** Runs of ASCII letters and high bytes that contain at least one high byte. */
function highByteWords(bytes: Uint8Array): Uint8Array[] {
  const words: Uint8Array[] = [];
  let start = -1;
  let hasHigh = false;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? bytes[i]! : 0x20;
    const isHigh = b >= 0x80;
    const inWord = isHigh || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
    if (inWord) {
      if (start < 0) start = i;
      hasHigh ||= isHigh;
    } else if (start >= 0) {
      if (hasHigh) words.push(bytes.subarray(start, i));
      start = -1;
      hasHigh = false;
    }
  }
  return words;
}

// Quotes and other punctuation from high bytes (“ ” « » °) may cling to a word;
// U+FFFD stays, since an unmapped byte means the encoding does not fit.
function trimPunctuation(word: string): string {
  return word.replace(/^[^\p{L}\p{M}\uFFFD]+|[^\p{L}\p{M}\uFFFD]+$/gu, '');
}
