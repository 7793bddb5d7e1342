// Windows-1258: Latin-1-like, with ă ơ ư đ ₫ and five combining tone marks in place of some
// Latin-1 letters; letters without a precomposed code are written as base + tone mark. Node's
// own decoder (WHATWG encoding index) reads it; the five bytes the code page leaves undefined
// (0x81, 0x8A, 0x8D–0x90, ...) read as U+FFFD, which no Vietnamese syllable contains.

const WINDOWS_1258 = new TextDecoder('windows-1258');
// The WHATWG index maps the undefined bytes to C1 controls; here they are not letters at all.
const UNDEFINED_BYTE = /[\u0080-\u009F]/g;

export function decodeWindows1258(bytes: ArrayLike<number>): string {
  return WINDOWS_1258.decode(Uint8Array.from(bytes)).replace(UNDEFINED_BYTE, '\uFFFD').normalize('NFC');
}

// The legacy fonts only redrew 0xA0–0xFF; quotes and dashes typed in Word under those fonts
// are still the Windows code page's 0x80–0x9F.
const PUNCTUATION = Array.from({ length: 0x20 }, (_, k) => WINDOWS_1258.decode(Uint8Array.of(0x80 + k)).replace(UNDEFINED_BYTE, '\uFFFD'));

/** The character of byte 0x80–0x9F in the Windows code page (quotes, dashes, €). */
export function windowsPunctuation(b: number): string {
  return PUNCTUATION[b - 0x80]!;
}
