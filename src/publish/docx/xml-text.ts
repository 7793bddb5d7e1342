// XML-safe text for the .docx writer.

// Invisible characters Word and web pages leave behind; none belongs in an administrative report.
const INVISIBLE_FORMAT_CHARS = new Set([
  0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff,
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);

/** A zero-width joiner between two emoji (👨‍👩‍👧) is part of one picture: kept whole. */
function joinsEmoji(before: string | undefined, after: string): boolean {
  return before !== undefined && /[\p{Extended_Pictographic}\u{FE0F}\u{1F3FB}-\u{1F3FF}]$/u.test(before) && /^\p{Extended_Pictographic}/u.test(after);
}

/**
 * Removes what XML 1.0 forbids (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, lone
 * surrogates), plus DEL/C1 controls (allowed but meaningless, usually code-page debris) and
 * zero-width/format characters (a joiner inside an emoji sequence stays). Line and paragraph
 * separators, NEL, vertical tab (Word's manual line break) and form feed become LF.
 */
export function sanitizeForXml(text: string): string {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
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
    else if (c === 0x200d && joinsEmoji(out[out.length - 1], text.slice(i + 1, i + 3))) out.push(text[i]!);
    else if (c === 0xfffe || c === 0xffff || INVISIBLE_FORMAT_CHARS.has(c)) continue;
    else out.push(text[i]!);
  }
  return out.join('');
}
