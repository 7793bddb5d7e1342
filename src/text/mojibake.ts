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

import { lineColumnAt } from './position.js';
import { isVietnameseSyllable } from './syllable.js';
import { decodeTcvn3 } from './tcvn3.js';
import { decodeVni } from './vni.js';

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

/** Text in a legacy font's letters: the guessed encoding, one word as it reads, and where it is. */
export interface LegacyFontText {
  kind: 'legacy-font-text';
  guess: 'tcvn3' | 'vni';
  sample: string;
  line: number;
  column: number;
}

export function findLegacyFontText(text: string): LegacyFontText | undefined {
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
