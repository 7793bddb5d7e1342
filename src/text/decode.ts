// Turns the bytes of a report file into text, or says precisely why that is not possible.
// Reports are typed by unit clerks in Notepad on Windows, so besides UTF-8 (with or without BOM)
// we meet UTF-16 ("Unicode" in Notepad's Save dialog), and text in the pre-Unicode Vietnamese
// encodings TCVN3 (ABC, .VnTime fonts), VNI (VNI-Times fonts) and Windows-1258.

import { isUtf8 } from 'node:buffer';

export type DecodeProblem =
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'empty' }
  | { kind: 'binary' }
  | { kind: 'utf16'; endianness: 'le' | 'be' }
  | {
      kind: 'not-utf8';
      guess: 'tcvn3' | 'vni' | 'windows-1258' | 'unknown';
      offset: number;
      line: number;
      column: number;
    }
  | { kind: 'legacy-font-text'; guess: 'tcvn3' | 'vni'; sample: string; line: number; column: number };

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

  if (!isUtf8(bytes)) return fail(describeInvalidUtf8(bytes));
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

  const withoutBom = raw.replace(/^\uFEFF+/, '');
  const hadBom = withoutBom.length !== raw.length;
  const hadCrlf = withoutBom.includes('\r');
  const text = hadCrlf ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
  // Only Unicode whitespace or invisible marks left: nothing a reader could see.
  if (/^[\s\u200B\uFEFF]*$/.test(text)) return fail({ kind: 'empty' });

  const legacy = findLegacyFontText(text);
  if (legacy) return fail(legacy);

  const nfc = normalizeNfc(text);
  return { ok: true, value: { text: nfc, hadBom, hadCrlf, wasNfd: nfc !== text } };
}

function fail(problem: DecodeProblem): DecodeResult {
  return { ok: false, problem };
}

// ignoreBOM keeps a leading BOM in the output so that we can record it (and strip repeated ones).
const LENIENT_UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

// ---------------------------------------------------------------------------------------------
// Byte-level checks

function isAsciiWhitespace(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d);
}

function isBlankBytes(bytes: Uint8Array): boolean {
  let i = 0;
  while (bytes[i] === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf) i += 3;
  if (i === 0 && bytes.length >= 2) {
    // A UTF-16 file holding only a BOM and whitespace is just as empty.
    const le = bytes[0] === 0xff && bytes[1] === 0xfe;
    const be = bytes[0] === 0xfe && bytes[1] === 0xff;
    if (le || be) {
      for (let j = 2; j + 1 < bytes.length; j += 2) {
        const lo = le ? bytes[j]! : bytes[j + 1]!;
        const hi = le ? bytes[j + 1]! : bytes[j]!;
        if (hi !== 0 || !isAsciiWhitespace(lo)) return false;
      }
      return true;
    }
  }
  for (; i < bytes.length; i++) if (!isAsciiWhitespace(bytes[i]!)) return false;
  return true;
}

// Without a BOM, UTF-16 shows itself on mostly-ASCII text: every other byte is NUL.
const UTF16_SAMPLE_BYTES = 8192;
const UTF16_MIN_NUL_SHARE = 0.3;
const UTF16_MAX_OTHER_NUL_SHARE = 0.05;

function detectUtf16(bytes: Uint8Array): 'le' | 'be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  const pairs = Math.floor(Math.min(bytes.length, UTF16_SAMPLE_BYTES) / 2);
  if (pairs < 2) return undefined;
  let nulAtEven = 0;
  let nulAtOdd = 0;
  for (let p = 0; p < pairs; p++) {
    if (bytes[2 * p] === 0) nulAtEven++;
    if (bytes[2 * p + 1] === 0) nulAtOdd++;
  }
  if (nulAtOdd >= pairs * UTF16_MIN_NUL_SHARE && nulAtEven <= pairs * UTF16_MAX_OTHER_NUL_SHARE) return 'le';
  if (nulAtEven >= pairs * UTF16_MIN_NUL_SHARE && nulAtOdd <= pairs * UTF16_MAX_OTHER_NUL_SHARE) return 'be';
  return undefined;
}

const BINARY_SAMPLE_BYTES = 65536;
const BINARY_CONTROL_SHARE = 0.1;
// A handful of stray control characters in a short text file is a typing accident, not binary.
const BINARY_MIN_CONTROLS = 4;

function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  const n = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if ((b < 0x20 && !isAsciiWhitespace(b)) || b === 0x7f) controls++;
  }
  return controls >= BINARY_MIN_CONTROLS && controls > n * BINARY_CONTROL_SHARE;
}

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

function describeInvalidUtf8(bytes: Uint8Array): DecodeProblem {
  const offset = Math.max(0, firstInvalidUtf8Offset(bytes));
  const before = LENIENT_UTF8.decode(bytes.subarray(0, offset)).replace(/^\uFEFF+/, '');
  const { line, column } = lineColumnAt(before, before.length);
  return { kind: 'not-utf8', guess: guessLegacyEncoding(bytes), offset, line, column };
}

/** 1-based line and code-point column of `index` in `text`; CRLF, CR and LF each end a line. */
function lineColumnAt(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      column = 1;
    } else if (c === 0x0d) {
      // first half of CRLF: the LF ends the line
    } else if (c >= 0xdc00 && c <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1))) {
      // second half of a surrogate pair: same code point
    } else column++;
  }
  return { line, column };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

// ---------------------------------------------------------------------------------------------
// Legacy Vietnamese encodings.
// Each table covers the letters of the common subset that Vietnamese offices used; bytes
// outside it decode to U+FFFD, which no Vietnamese syllable contains.

// TCVN3 (TCVN 5712:1993 "VN3", the ABC keyboard's .VnTime fonts): one byte per letter.
// Capital letters with tone marks were typed with the lowercase codes in the ".VnTimeH" font,
// so only the capitals without a tone have codes of their own (0xA1–0xA7).
const TCVN3_HIGH: Record<number, string> = {
  0xa1: 'Ă', 0xa2: 'Â', 0xa3: 'Ê', 0xa4: 'Ô', 0xa5: 'Ơ', 0xa6: 'Ư', 0xa7: 'Đ',
  0xa8: 'ă', 0xa9: 'â', 0xaa: 'ê', 0xab: 'ô', 0xac: 'ơ', 0xad: 'ư', 0xae: 'đ',
  0xb5: 'à', 0xb6: 'ả', 0xb7: 'ã', 0xb8: 'á', 0xb9: 'ạ',
  0xbb: 'ằ', 0xbc: 'ẳ', 0xbd: 'ẵ', 0xbe: 'ắ', 0xc6: 'ặ',
  0xc7: 'ầ', 0xc8: 'ẩ', 0xc9: 'ẫ', 0xca: 'ấ', 0xcb: 'ậ',
  0xcc: 'è', 0xce: 'ẻ', 0xcf: 'ẽ', 0xd0: 'é', 0xd1: 'ẹ',
  0xd2: 'ề', 0xd3: 'ể', 0xd4: 'ễ', 0xd5: 'ế', 0xd6: 'ệ',
  0xd7: 'ì', 0xd8: 'ỉ', 0xdc: 'ĩ', 0xdd: 'í', 0xde: 'ị',
  0xdf: 'ò', 0xe1: 'ỏ', 0xe2: 'õ', 0xe3: 'ó', 0xe4: 'ọ',
  0xe5: 'ồ', 0xe6: 'ổ', 0xe7: 'ỗ', 0xe8: 'ố', 0xe9: 'ộ',
  0xea: 'ờ', 0xeb: 'ở', 0xec: 'ỡ', 0xed: 'ớ', 0xee: 'ợ',
  0xef: 'ù', 0xf1: 'ủ', 0xf2: 'ũ', 0xf3: 'ú', 0xf4: 'ụ',
  0xf5: 'ừ', 0xf6: 'ử', 0xf7: 'ữ', 0xf8: 'ứ', 0xf9: 'ự',
  0xfa: 'ỳ', 0xfb: 'ỷ', 0xfc: 'ỹ', 0xfd: 'ý', 0xfe: 'ỵ',
};

function decodeTcvn3(bytes: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    out += b < 0x80 ? String.fromCharCode(b) : b < 0xa0 ? windowsPunctuation(b) : (TCVN3_HIGH[b] ?? '\uFFFD');
  }
  return out;
}

// VNI (VNI-Windows, VNI-Times fonts): a base letter followed by one byte carrying the
// circumflex/breve and/or the tone. Capitals take the capital form of the same mark byte.
// ơ, ư, đ, the toned i's and ỵ have single bytes of their own.
type Tone = 'grave' | 'acute' | 'tilde' | 'hook' | 'dot';
type Modifier = 'circumflex' | 'breve';
interface VniMark {
  modifier?: Modifier;
  tone?: Tone;
}
const VNI_MARKS_LOWER: Array<[number, VniMark]> = [
  [0xf9, { tone: 'acute' }], [0xf8, { tone: 'grave' }], [0xfb, { tone: 'hook' }],
  [0xf5, { tone: 'tilde' }], [0xef, { tone: 'dot' }],
  [0xe2, { modifier: 'circumflex' }],
  [0xe1, { modifier: 'circumflex', tone: 'acute' }], [0xe0, { modifier: 'circumflex', tone: 'grave' }],
  [0xe5, { modifier: 'circumflex', tone: 'hook' }], [0xe3, { modifier: 'circumflex', tone: 'tilde' }],
  [0xe4, { modifier: 'circumflex', tone: 'dot' }],
  [0xea, { modifier: 'breve' }],
  [0xe9, { modifier: 'breve', tone: 'acute' }], [0xe8, { modifier: 'breve', tone: 'grave' }],
  [0xfa, { modifier: 'breve', tone: 'hook' }], [0xfc, { modifier: 'breve', tone: 'tilde' }],
  [0xeb, { modifier: 'breve', tone: 'dot' }],
];
const VNI_MARKS = new Map<number, VniMark>(
  VNI_MARKS_LOWER.flatMap(([byte, mark]) => [
    [byte, mark],
    [byte - 0x20, mark],
  ]),
);
const VNI_SINGLE: Record<number, string> = {
  0xf1: 'đ', 0xd1: 'Đ', 0xf4: 'ơ', 0xd4: 'Ơ', 0xf6: 'ư', 0xd6: 'Ư',
  0xed: 'í', 0xcd: 'Í', 0xec: 'ì', 0xcc: 'Ì', 0xe6: 'ỉ', 0xc6: 'Ỉ',
  0xf3: 'ĩ', 0xd3: 'Ĩ', 0xf2: 'ị', 0xd2: 'Ị', 0xee: 'ỵ', 0xce: 'Ỵ',
};
const TONE_COMBINING: Record<Tone, string> = {
  grave: '\u0300', acute: '\u0301', tilde: '\u0303', hook: '\u0309', dot: '\u0323',
};
const MODIFIER_COMBINING: Record<Modifier, string> = { circumflex: '\u0302', breve: '\u0306' };

function vniBase(b: number): string | undefined {
  if (b < 0x80) {
    const ch = String.fromCharCode(b);
    return /[aeouyAEOUY]/.test(ch) ? ch : undefined;
  }
  return b === 0xf4 || b === 0xd4 || b === 0xf6 || b === 0xd6 ? VNI_SINGLE[b] : undefined;
}

function vniMarkFits(base: string, mark: VniMark): boolean {
  const b = base.toLowerCase();
  if (mark.modifier === 'breve') return b === 'a';
  if (mark.modifier === 'circumflex') return b === 'a' || b === 'e' || b === 'o';
  if (b === 'y') return mark.tone !== 'dot'; // ỵ has its own byte
  return true;
}

function decodeVni(bytes: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const base = vniBase(b);
    const mark = i + 1 < bytes.length ? VNI_MARKS.get(bytes[i + 1]!) : undefined;
    if (base !== undefined && mark && vniMarkFits(base, mark)) {
      const modifier = mark.modifier ? MODIFIER_COMBINING[mark.modifier] : '';
      const tone = mark.tone ? TONE_COMBINING[mark.tone] : '';
      out += (base + modifier + tone).normalize('NFC');
      i++;
    } else if (b < 0x80) out += String.fromCharCode(b);
    else out += b < 0xa0 ? windowsPunctuation(b) : (VNI_SINGLE[b] ?? '\uFFFD');
  }
  return out;
}

// Windows-1258: Latin-1-like, with ă ơ ư đ ₫ and five combining tone marks in place of some
// Latin-1 letters; letters without a precomposed code are written as base + tone mark.
const WINDOWS_1258_HIGH: string =
  '\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\uFFFD\u2039\u0152\uFFFD\uFFFD\uFFFD' +
  '\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\uFFFD\u203A\u0153\uFFFD\uFFFD\u0178' +
  Array.from({ length: 0x20 }, (_, k) => String.fromCharCode(0xa0 + k)).join('') +
  'ÀÁÂĂÄÅÆÇÈÉÊË\u0300ÍÎÏ' +
  'ĐÑ\u0309ÓÔƠÖ×ØÙÚÛÜƯ\u0303ß' +
  'àáâăäåæçèéêë\u0301íîï' +
  'đñ\u0323óôơö÷øùúûüư₫ÿ';

function decodeWindows1258(bytes: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    out += b < 0x80 ? String.fromCharCode(b) : WINDOWS_1258_HIGH[b - 0x80]!;
  }
  return out.normalize('NFC');
}

// The legacy fonts only redrew 0xA0–0xFF; quotes and dashes typed in Word under those fonts
// are still the Windows code page's 0x80–0x9F.
function windowsPunctuation(b: number): string {
  return WINDOWS_1258_HIGH[b - 0x80]!;
}

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

function guessLegacyEncoding(bytes: Uint8Array): LegacyEncoding | 'unknown' {
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

// ---------------------------------------------------------------------------------------------
// Vietnamese syllable shape: (initial consonant) nucleus (final consonant), at most one tone,
// placed on the vowel that carries it. Used to tell real letters from look-alike mojibake.

const TONE_OF_MARK: Record<string, Tone> = {
  '\u0300': 'grave', '\u0301': 'acute', '\u0303': 'tilde', '\u0309': 'hook', '\u0323': 'dot',
};
const VIETNAMESE_MODIFIER_MARKS = new Set(['\u0302', '\u0306', '\u031B']); // ^, breve, horn
const VIETNAMESE_LETTERS = new Set('aăâbcdđeêghiklmnoôơpqrstuưvxy');
const INITIALS = ['ngh', 'ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'qu', 'th', 'tr', 'ch',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];
// 'k' closes Central Highlands names written in the Latin script of their languages (Đắk, Lắk).
const FINALS = ['ch', 'ng', 'nh', 'c', 'k', 'm', 'n', 'p', 't', ''];
// Spelling pairs: gh/ngh (and not g/ng) before front vowels; c is k before them.
const FRONT_VOWEL_INITIALS = new Set(['gh', 'ngh']);
const BACK_VOWEL_INITIALS = new Set(['c', 'ng']);
// Syllables closed by a stop (c, ch, p, t) only take the sắc or nặng tone.
const STOP_FINALS = new Set(['c', 'ch', 'p', 't']);

type TonePlace = 'any' | 'first' | 'last' | 'middle';
interface NucleusRule {
  final: 'none' | 'optional' | 'required';
  tone: TonePlace;
}
const NUCLEI = new Map<string, NucleusRule>();
function nuclei(list: string, rule: NucleusRule): void {
  for (const n of list.split(' ')) NUCLEI.set(n, rule);
}
nuclei('a e ê i o ô ơ u ư y', { final: 'optional', tone: 'any' });
nuclei('ă â', { final: 'required', tone: 'any' });
// Vowel + off-glide (mái, màu, kêu, mía, múa, mưa): the tone sits on the first vowel.
nuclei('ai ao au ay âu ây eo êu iu oi ôi ơi ui ưi ưu ia ua ưa', { final: 'none', tone: 'first' });
// Closed diphthongs (tiến, yến, muốn, người; xoong): the tone sits on the second vowel.
nuclei('iê yê uô ươ oo ôô', { final: 'required', tone: 'last' });
// Medial o/u + main vowel: both old (hòa) and new (hoà) placements are in use.
nuclei('oa oe uê uy uơ', { final: 'optional', tone: 'any' });
nuclei('oă uâ', { final: 'required', tone: 'any' });
nuclei('ươi ươu iêu yêu uôi oai oay oao oeo uây uyu', { final: 'none', tone: 'middle' });
nuclei('uya', { final: 'none', tone: 'any' });
nuclei('uyê', { final: 'required', tone: 'last' });

function isVietnameseSyllable(word: string): boolean {
  const letters: string[] = [];
  let tone: Tone | undefined;
  let toneIndex = -1;
  for (const ch of word.toLowerCase().normalize('NFD')) {
    const toneHere = TONE_OF_MARK[ch];
    if (toneHere) {
      if (tone || letters.length === 0) return false;
      tone = toneHere;
      toneIndex = letters.length - 1;
    } else if (VIETNAMESE_MODIFIER_MARKS.has(ch)) {
      if (letters.length === 0) return false;
      letters[letters.length - 1] += ch;
    } else letters.push(ch);
  }
  const composed = letters.map((l) => l.normalize('NFC'));
  if (composed.length === 0 || !composed.every((l) => VIETNAMESE_LETTERS.has(l))) return false;
  const s = composed.join('');

  for (const initial of INITIALS) {
    if (!s.startsWith(initial)) continue;
    for (const final of FINALS) {
      if (s.length - initial.length - final.length < 1 || !s.endsWith(final)) continue;
      const nucleus = s.slice(initial.length, s.length - final.length);
      const rule = NUCLEI.get(nucleus);
      if (!rule) continue;
      if (final === '' ? rule.final === 'required' : rule.final === 'none') continue;
      const frontVowel = 'ieêy'.includes(nucleus[0]!);
      if (FRONT_VOWEL_INITIALS.has(initial) ? !frontVowel : BACK_VOWEL_INITIALS.has(initial) && frontVowel) continue;
      if ((final === 'ch' || final === 'nh') && !'aêiy'.includes(nucleus[nucleus.length - 1]!)) continue;
      if (STOP_FINALS.has(final) && tone !== 'acute' && tone !== 'dot') continue;
      if (tone && !toneFits(rule.tone, toneIndex - initial.length, nucleus.length)) continue;
      return true;
    }
  }
  return false;
}

function toneFits(place: TonePlace, position: number, nucleusLength: number): boolean {
  if (position < 0 || position >= nucleusLength) return false;
  if (place === 'first') return position === 0;
  if (place === 'last') return position === nucleusLength - 1;
  if (place === 'middle') return position === 1;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Valid UTF-8 that is really TCVN3 or VNI text seen through a Western code page: the clerk
// copied from an old .VnTime/VNI-Times document, and the letters arrived as Latin-1 look-alikes
// ("Së Khoa häc" for "Sở Khoa học", "Sôû Khoa hoïc" for VNI).
//
// A word is suspicious when it mixes ASCII letters with Latin-1 characters, is not a Vietnamese
// syllable as written, and becomes one when its characters are read back as TCVN3 or VNI bytes.
// Genuine Vietnamese does not qualify: its words either hold letters beyond Latin-1 (ở, ệ, đ,
// ư) or are valid as written (có, về). French or German words rarely turn into Vietnamese
// syllables; the few that do ("où" reads as VNI "ó") are outnumbered by their neighbours, hence
// the share below.

const WORD = /[\p{L}\p{M}\u00A1-\u00FF]+/gu;
// Latin-1 symbols that no Latin-script word contains but TCVN3 uses for letters (µ = à, « = ô).
const TCVN3_SYMBOL_LETTER = /[\u00A1-\u00BF\u00D7\u00F7]/;
const GENUINE_VIETNAMESE_LETTER = /[ăĂđĐĩĨũŨơƠưƯ\u1EA0-\u1EF9]/;
// Among the words that are not Vietnamese as written, mojibake must be the majority.
const MIN_SUSPICIOUS_SHARE = 0.5;
const MIN_DISTINCT_SUSPICIOUS = 2;

interface SuspiciousWord {
  word: string;
  index: number;
  tcvn3: boolean;
  vni: boolean;
}

const GENUINE = 'genuine';
const IGNORED = 'ignored';
/** Not Vietnamese as written: whether it becomes a Vietnamese syllable read as TCVN3 or VNI. */
type ForeignWord = { tcvn3: boolean; vni: boolean };
type WordKind = typeof GENUINE | typeof IGNORED | ForeignWord;

// Reports repeat the same few thousand words: each is judged once per process. Bounded, so a
// file of random words cannot grow it without end.
const wordKinds = new Map<string, WordKind>();
const MAX_REMEMBERED_WORDS = 50_000;

function wordKind(word: string): WordKind {
  let kind = wordKinds.get(word);
  if (kind === undefined) {
    kind = judgeWord(word);
    if (wordKinds.size < MAX_REMEMBERED_WORDS) wordKinds.set(word, kind);
  }
  return kind;
}

function judgeWord(word: string): WordKind {
  if (GENUINE_VIETNAMESE_LETTER.test(word.normalize('NFC'))) return GENUINE;
  if (!/[A-Za-z]/.test(word) || !/[\u00A1-\u00FF]/.test(word) || /[^\u0000-\u00FF]/.test(word)) return IGNORED;
  if (isVietnameseSyllable(word)) return IGNORED;
  const bytes = Array.from(word, (ch) => ch.charCodeAt(0));
  return { tcvn3: isVietnameseSyllable(decodeTcvn3(bytes)), vni: isVietnameseSyllable(decodeVni(bytes)) };
}

const LATIN1_LETTER = /[\u00A1-\u00FF]/g;
const WIDE_WORD_CHAR = /^[\p{L}\p{M}]$/u;
const wideWordChars = new Map<number, boolean>();
const NOT_A_LETTER = 0;
const ASCII_LETTER = 1;
const LATIN1 = 2;
const WIDE_LETTER = 3;

/** What a character is to WORD: not in it, or an ASCII, Latin-1 or other letter or mark. */
function letterKind(cp: number): number {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) ? ASCII_LETTER : NOT_A_LETTER;
  if (cp <= 0xff) return cp >= 0xa1 ? LATIN1 : NOT_A_LETTER;
  let is = wideWordChars.get(cp);
  if (is === undefined) {
    is = WIDE_WORD_CHAR.test(String.fromCodePoint(cp));
    wideWordChars.set(cp, is);
  }
  return is ? WIDE_LETTER : NOT_A_LETTER;
}

function hasGenuineVietnameseWord(text: string): boolean {
  for (const match of text.matchAll(WORD)) if (wordKind(match[0]) === GENUINE) return true;
  return false;
}

function findLegacyFontText(text: string): DecodeProblem | undefined {
  const suspicious: SuspiciousWord[] = [];
  let foreign = 0; // Latin-1 words that are not Vietnamese as written
  // Only a word of ASCII and Latin-1 letters, with some of each, can be foreign (judgeWord): a
  // letter beyond Latin-1 makes a word genuine or ignored. So the words looked at are those
  // around each Latin-1 letter, and the rest of a report's text is skipped by the regex engine.
  LATIN1_LETTER.lastIndex = 0;
  while (LATIN1_LETTER.test(text)) {
    const hit = LATIN1_LETTER.lastIndex - 1;
    let ascii = false;
    let plain = true; // no letter beyond Latin-1
    /** Takes in the character at `i` if it belongs to the word. */
    const takes = (i: number): boolean => {
      const kind = letterKind(text.codePointAt(i)!);
      if (kind === ASCII_LETTER) ascii = true;
      else if (kind === WIDE_LETTER) plain = false;
      return kind !== NOT_A_LETTER;
    };
    let start = hit;
    while (start > 0) {
      // Backwards, a surrogate pair is met at its second half.
      const i = (text.charCodeAt(start - 1) & 0xfc00) === 0xdc00 && start > 1 && (text.charCodeAt(start - 2) & 0xfc00) === 0xd800 ? start - 2 : start - 1;
      if (!takes(i)) break;
      start = i;
    }
    let end = hit + 1;
    while (end < text.length && takes(end)) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
    LATIN1_LETTER.lastIndex = end;
    if (!ascii || !plain) continue;
    const word = text.slice(start, end);
    const kind = wordKind(word);
    if (kind !== GENUINE && kind !== IGNORED) {
      foreign++;
      if (kind.tcvn3 || kind.vni) suspicious.push({ word, index: start, tcvn3: kind.tcvn3, vni: kind.vni });
    }
  }
  if (suspicious.length === 0 || suspicious.length < foreign * MIN_SUSPICIOUS_SHARE) return undefined;

  const distinct = (pick: (s: SuspiciousWord) => boolean) =>
    new Set(suspicious.filter(pick).map((s) => s.word)).size;
  const tcvn3Count = distinct((s) => s.tcvn3);
  const vniCount = distinct((s) => s.vni);
  const unmistakable =
    suspicious.some((s) => s.tcvn3 && TCVN3_SYMBOL_LETTER.test(s.word)) && !hasGenuineVietnameseWord(text);
  if (distinct(() => true) < MIN_DISTINCT_SUSPICIOUS && !unmistakable) return undefined;

  const first = suspicious[0]!;
  const guess =
    tcvn3Count > vniCount ? 'tcvn3' : vniCount > tcvn3Count ? 'vni' : first.tcvn3 ? 'tcvn3' : 'vni';
  const sample = suspicious.find((s) => s[guess])!;
  const { line, column } = lineColumnAt(text, sample.index);
  return { kind: 'legacy-font-text', guess, sample: sample.word, line, column };
}

// ---------------------------------------------------------------------------------------------
// XML-safe text for the .docx writer.

// Invisible characters Word and web pages leave behind; none belongs in an administrative report.
const INVISIBLE_FORMAT_CHARS = new Set([
  0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff,
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);

/**
 * Removes what XML 1.0 forbids (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, lone
 * surrogates), plus DEL/C1 controls (allowed but meaningless, usually code-page debris) and
 * zero-width/format characters. Line and paragraph separators, NEL, vertical tab (Word's manual
 * line break) and form feed become LF.
 */
export function sanitizeForXml(text: string): string {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHighSurrogate(c)) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out.push(text.slice(i, i + 2));
        i++;
      }
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    if (c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029) out.push('\n');
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) continue;
    else if (c >= 0x7f && c <= 0x9f) continue;
    else if (c === 0xfffe || c === 0xffff || INVISIBLE_FORMAT_CHARS.has(c)) continue;
    else out.push(text[i]!);
  }
  return out.join('');
}
