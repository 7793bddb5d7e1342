// Turns text written by units into Markdown that lexes back to exactly that text, so nothing a unit
// types (asterisks, pipes, "1." at a line start, HTML, Handlebars braces) can change the layout.
//
// The result is always ONE Markdown line: line breaks become `<br>` (`&#10;` at the very start),
// which the renderer maps to a line break. A single line cannot end a paragraph, a list item or a table row early, and
// `<br>` works the same in all three places (a trailing `\` does not work in table cells, and is
// literal at the end of a paragraph).
//
// Insert the result unescaped (Handlebars `{{{…}}}` or a SafeString): HTML-escaping it again would
// print `&amp;#9;` and `&lt;br&gt;`.

/** Characters with an inline or block meaning anywhere on a line: backslash-escaped everywhere. */
const ESCAPE_EVERYWHERE = /[\\`*_{}[\]<>#|~&]/g;

/**
 * Characters Markdown (or marked's trimming, which uses JavaScript's notion of white space) would
 * treat as indentation or line structure: written as character references, which the renderer
 * decodes after lexing.
 */
const AS_CHARACTER_REFERENCE = /[\t\v\f\u2028\u2029]/g;

/** White space at the very start or end of the text, which Markdown would strip. */
const LEADING_SPACE = /^\s+/;
const TRAILING_SPACE = /\s+$/;

/** List markers and setext underlines only mean something at the start of a line. */
const LINE_START_MARKER = /^([ \t]*)([-+=]|\d{1,9}[.)])/;

const characterReference = (ch: string): string => `&#${ch.codePointAt(0)};`;

function escapeLine(line: string): string {
  let escaped = line.replace(ESCAPE_EVERYWHERE, '\\$&');
  escaped = escaped.replace(LINE_START_MARKER, (_m, indent: string, marker: string) =>
    // "1." becomes "1\." and "-" becomes "\-": the last character is the one that makes the marker.
    `${indent}${marker.slice(0, -1)}\\${marker.slice(-1)}`,
  );
  return escaped.replace(AS_CHARACTER_REFERENCE, characterReference);
}

/** Encodes the white space at the two ends of the text, which Markdown would strip. */
function encodeEdges(markdown: string): string {
  const encodeAll = (s: string) => Array.from(s, characterReference).join('');
  return markdown.replace(LEADING_SPACE, encodeAll).replace(TRAILING_SPACE, encodeAll);
}

/** Makes arbitrary text literal inside a Markdown paragraph, heading or list item. */
export function escapeMarkdown(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const markdown = encodeEdges(lines.map(escapeLine).join('<br>'));
  // A line that is only "<br>" would be an HTML block, not a break in the paragraph.
  return markdown.startsWith('<br>') ? `&#10;${markdown.slice('<br>'.length)}` : markdown;
}

/**
 * Makes arbitrary text literal inside a GFM table cell. The same rules as `escapeMarkdown` hold: `|`
 * is escaped (marked removes the backslash while splitting the row), the cell's edges are encoded so
 * that trimming keeps them, and line breaks are `<br>`, which keeps the row on one line.
 */
export function escapeMarkdownCell(text: string): string {
  return escapeMarkdown(text);
}
