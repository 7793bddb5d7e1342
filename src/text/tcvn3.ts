// TCVN3 (TCVN 5712:1993 "VN3", the ABC keyboard's .VnTime fonts): one byte per letter.
// Capital letters with tone marks were typed with the lowercase codes in the ".VnTimeH" font,
// so only the capitals without a tone have codes of their own (0xA1–0xA7). The table covers the
// letters of the common subset that Vietnamese offices used; bytes outside it decode to U+FFFD,
// which no Vietnamese syllable contains.
import { windowsPunctuation } from './windows-1258.js';

// Runs of consecutive codes: the first code, then the letters from there on. A code in no run is
// not a letter of the encoding.
const RUNS: ReadonlyArray<readonly [number, string]> = [
  [0xa1, 'ĂÂÊÔƠƯĐăâêôơưđ'], [0xb5, 'àảãáạ'], [0xbb, 'ằẳẵắ'], [0xc6, 'ặầẩẫấậè'],
  [0xce, 'ẻẽéẹềểễếệìỉ'], [0xdc, 'ĩíịò'], [0xe1, 'ỏõóọồổỗốộờởỡớợù'], [0xf1, 'ủũúụừửữứựỳỷỹýỵ'],
];
const TCVN3_HIGH: string[] = Array.from({ length: 0x60 }, () => '\uFFFD');
for (const [first, letters] of RUNS) [...letters].forEach((letter, k) => (TCVN3_HIGH[first - 0xa0 + k] = letter));

export function decodeTcvn3(bytes: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    out += b < 0x80 ? String.fromCharCode(b) : b < 0xa0 ? windowsPunctuation(b) : TCVN3_HIGH[b - 0xa0]!;
  }
  return out;
}
