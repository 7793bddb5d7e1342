// Vietnamese typed in VIQR (RFC 1456), the 7-bit "Vietnamese Quoted-Readable" of mail and old
// keyboards: each mark is an ASCII character after its vowel, "Việt Nam" is "Vie^.t Nam", "đăng"
// is "dda(ng". The file is plain ASCII and reads without error, but the printed report would show
// the marks as punctuation. A word counts only when it turns into a Vietnamese syllable and a mark
// sits inside it (or is a vowel modifier), so "xong." or "a?" at the end of a sentence, "don't" and
// file names do not.
import { lineColumnAt } from './position.js';
import { isVietnameseSyllable } from './syllable.js';

export interface ViqrText {
  kind: 'viqr';
  /** The first VIQR word as written, and as it reads once converted. */
  sample: string;
  decoded: string;
  line: number;
  column: number;
}

// Modifiers follow their vowel: ( breve, ^ circumflex, + horn; then the tone.
const MODIFIERS: Record<string, { vowels: string; mark: string }> = {
  '(': { vowels: 'aA', mark: '\u0306' },
  '^': { vowels: 'aAeEoO', mark: '\u0302' },
  '+': { vowels: 'oOuU', mark: '\u031B' },
};
const TONES: Record<string, string> = { "'": '\u0301', '`': '\u0300', '?': '\u0309', '~': '\u0303', '.': '\u0323' };
const VOWELS = 'aeiouyAEIOUY';
// Where VIQR shows: a vowel, then a modifier, or a tone mark with a letter after it. Only the words
// around these places are converted, so an ordinary report costs one scan of its text.
const MARK_AFTER_VOWEL = /[aeiouyAEIOUY](?:[(^+]|['`?~.](?=[A-Za-z]))/g;
const WORD_CHAR = /[A-Za-z(^+'`?~.]/;
// Three different words: one "a.m" or "o'clock" in an English phrase is not a way of typing.
const MIN_DISTINCT_WORDS = 3;

/** The word in Unicode, or undefined when a mark does not follow a vowel as VIQR places it. */
function convert(word: string): { text: string; inner: boolean } | undefined {
  let out = '';
  let inner = false;
  let afterVowel = false;
  let toned = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const modifier = MODIFIERS[ch];
    const tone = TONES[ch];
    if (modifier) {
      if (!afterVowel || !modifier.vowels.includes(word[i - 1]!)) return undefined;
      out += modifier.mark;
      inner = true;
    } else if (tone) {
      if (!afterVowel || toned) return undefined;
      out += tone;
      toned = true;
      if (i + 1 < word.length) inner = true;
      afterVowel = false;
    } else if ((ch === 'd' || ch === 'D') && i === 0 && (word[1] === 'd' || word[1] === 'D')) {
      out += ch === 'd' ? 'đ' : 'Đ';
      inner = true;
      i++;
    } else {
      out += ch;
      afterVowel = VOWELS.includes(ch);
    }
  }
  return { text: out.normalize('NFC'), inner };
}

/** The first VIQR word of a text, when at least three different words are typed that way. */
export function findViqrText(text: string): ViqrText | undefined {
  const words = new Set<string>();
  let first: { index: number; sample: string; decoded: string } | undefined;
  let wordEnd = -1;
  for (const m of text.matchAll(MARK_AFTER_VOWEL)) {
    if (m.index < wordEnd) continue;
    let start = m.index;
    while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
    while (start < m.index && !/[A-Za-z]/.test(text[start]!)) start++;
    let end = m.index + 1;
    while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
    wordEnd = end;
    // A sentence's full stop or question mark after the word ("Vie^.t."): punctuation, not a tone.
    let word = text.slice(start, end);
    let converted = convert(word);
    if (!converted && /[.?]$/.test(word)) converted = convert((word = word.slice(0, -1)));
    if (!converted || !converted.inner || converted.text === word) continue;
    if (!isVietnameseSyllable(converted.text)) continue;
    words.add(converted.text.toLowerCase());
    first ??= { index: start, sample: word, decoded: converted.text };
    if (words.size >= MIN_DISTINCT_WORDS) break;
  }
  if (words.size < MIN_DISTINCT_WORDS || first === undefined) return undefined;
  return { kind: 'viqr', sample: first.sample, decoded: first.decoded, ...lineColumnAt(text, first.index) };
}
