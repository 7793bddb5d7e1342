// VNI (VNI-Windows, VNI-Times fonts): a base letter followed by one byte carrying the
// circumflex/breve and/or the tone. Capitals take the capital form of the same mark byte.
// ơ, ư, đ, the toned i's and ỵ have single bytes of their own.
import { TONE_COMBINING, type Tone } from './syllable.js';
import { windowsPunctuation } from './windows-1258.js';

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

export function decodeVni(bytes: ArrayLike<number>): string {
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
