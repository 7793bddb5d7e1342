// What the raw bytes of a file are before any decoding: blank, UTF-16 (with or without a byte
// order mark), or not text at all.

function isAsciiWhitespace(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d);
}

export function isBlankBytes(bytes: Uint8Array): boolean {
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

export function detectUtf16(bytes: Uint8Array): 'le' | 'be' | undefined {
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

export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  const n = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if ((b < 0x20 && !isAsciiWhitespace(b)) || b === 0x7f) controls++;
  }
  return controls >= BINARY_MIN_CONTROLS && controls > n * BINARY_CONTROL_SHARE;
}
