// Measures and text runs shared by the heading, the body and the closing block (Decree 30/2020/NĐ-CP,
// Appendix I). Sizes are in half-points (13 pt = 26), lengths in twips (1 cm = 567).

import { Tab, TextRun } from 'docx';
import { sanitizeForXml } from './xml-text.js';

export const FONT = 'Times New Roman';
export const BLACK = '000000';

export const PT = (points: number): number => points * 2;
export const CM = (centimetres: number): number => Math.round(centimetres * 567);
/** The decree's conversion, 1 mm = 56.7 twips, so 15 mm is the 851 its tables give (not 850.4). */
export const mmToTwips = (millimetres: number): number => Math.round((millimetres * 567) / 10);

export const A4 = { width: 11906, height: 16838 } as const;

/** Body paragraphs: 14 pt, first-line indent 1 cm, 6 pt before. */
export const BODY_SIZE = PT(14);
export const FIRST_LINE_INDENT = CM(1);
export const SPACING_BEFORE = 120;
/**
 * Line spacing "at least 18 pt": about 1.15 lines of 14-pt Times New Roman, and unlike a multiple it
 * is the same in Word and LibreOffice; taller content (a break inside a table cell) still fits.
 */
export const BODY_LINE = 360;
export const TABLE_CELL_SIZE = PT(11);
/** Single spacing for the heading block, table cells and the closing block. */
export const SINGLE_LINE = 240;

export interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
}

/**
 * The one place text becomes runs: control characters are dropped here, and line breaks and tabs
 * in the text become Word's break and tab elements rather than characters inside `<w:t>`.
 */
export function textRuns(text: string, style: RunStyle): TextRun[] {
  const lines = sanitizeForXml(text).replace(/\r\n?/g, '\n').split('\n');
  const runs: TextRun[] = [];
  lines.forEach((line, i) => {
    if (line === '' && i === 0) return;
    const children: (string | Tab)[] = [];
    line.split('\t').forEach((piece, j) => {
      if (j > 0) children.push(new Tab());
      if (piece !== '') children.push(piece);
    });
    runs.push(
      new TextRun({
        ...runProperties(style),
        ...(i > 0 ? { break: 1 } : {}),
        children,
      }),
    );
  });
  return runs;
}

export function runProperties(style: RunStyle): { size: number; bold?: boolean; italics?: boolean; strike?: boolean } {
  return {
    size: style.size,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.strike ? { strike: true } : {}),
  };
}

/**
 * Rough width of a line of Times New Roman, for the decorative rules whose length the decree ties to
 * the text above them. Advance widths are averages of the face (capitals ~0.7 em, lower case ~0.47 em).
 */
export function estimateTextWidth(text: string, size: number, bold: boolean): number {
  const em = size * 10; // half-points → twips
  let ems = 0;
  for (const ch of text) {
    if (ch === ' ') ems += 0.25;
    else if (/\p{Lu}/u.test(ch)) ems += bold ? 0.72 : 0.68;
    else if (/\p{Ll}/u.test(ch)) ems += bold ? 0.5 : 0.46;
    else if (/\p{Nd}/u.test(ch)) ems += 0.5;
    else ems += 0.33;
  }
  return Math.round(ems * em);
}
