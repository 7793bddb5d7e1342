// Vietnamese syllable shape: (initial consonant) nucleus (final consonant), at most one tone,
// placed on the vowel that carries it. Used to tell real letters from look-alike mojibake.

export type Tone = 'grave' | 'acute' | 'tilde' | 'hook' | 'dot';
export const TONE_COMBINING: Record<Tone, string> = {
  grave: '\u0300', acute: '\u0301', tilde: '\u0303', hook: '\u0309', dot: '\u0323',
};
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

export function isVietnameseSyllable(word: string): boolean {
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
