// The parts of the report around the body: the national heading, the title block and the closing
// ("Nơi nhận" and the signature), per Decree 30/2020/NĐ-CP Appendix I and its sample Mẫu 1.4.

import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  VerticalAlignTable,
  WidthType,
  type ParagraphChild,
} from 'docx';
import {
  BLACK,
  CM,
  PT,
  SINGLE_LINE,
  estimateTextWidth,
  textRuns,
  type RunStyle,
} from './typography.js';

/** The national name and motto are fixed by the decree (Appendix I, section II.1). */
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Left column ~7.5 cm for the issuer; right column 10 cm so the national name stays on one line. */
export const HEADING_LEFT_COLUMN = CM(7.5);
export const HEADING_RIGHT_COLUMN = CM(10);
const CELL_PADDING = 216; // Word's default 0.19 cm on each side of a cell's text
/** Room left empty under the signer's authority for the signature and the seal. */
export const SIGNATURE_SPACE_LINES = 5;
/** Share of the text width given to "Nơi nhận"; the signature block takes the rest. */
const CLOSING_LEFT_SHARE = 0.45;

export interface HeadingData {
  parentAuthority: string;
  issuingBody: string;
  number: string;
  placeAndDate: string;
  title: string;
  summary: string;
  /**
   * An official letter (công văn): the "V/v …" line under the number, in the issuer's column;
   * the letter has no title, so `title` and `summary` are then left empty.
   */
  subject?: string;
  /** "Kính gửi:" and the addressees, before the body (a letter, or a report sent upward). */
  salutation?: Salutation;
}

export interface Salutation {
  heading: string;
  /** One addressee: on the heading's line; several: one per line, each as written (with its "- " and ";"). */
  addressees: string[];
}

export interface ClosingData {
  recipientsHeading: string;
  recipients: string[];
  authority: string[];
  signerName: string;
}

const upper = (text: string) => text.toUpperCase();

function line(
  text: string,
  style: RunStyle,
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType],
  spacingBefore = 0,
): Paragraph {
  return new Paragraph({
    alignment,
    spacing: { before: spacingBefore, after: 0, line: SINGLE_LINE, lineRule: LineRuleType.AUTO },
    children: textRuns(text, style) as ParagraphChild[],
  });
}

/**
 * A short solid rule, centred under the text above it: an empty paragraph with a bottom border,
 * narrowed by indents. Word and LibreOffice both draw it, and it needs no image or drawing.
 */
function rule(length: number, availableWidth: number, spacingAfter = 0): Paragraph {
  const side = Math.max(0, Math.round((availableWidth - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 0, after: spacingAfter, line: SINGLE_LINE, lineRule: LineRuleType.AUTO },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: BLACK, space: 1 } },
    // The empty paragraph's height is its mark's: keep it small so the rule hugs the text.
    run: { size: PT(2) },
    children: [],
  });
}

const longestLine = (text: string, size: number, bold: boolean) =>
  Math.max(...text.split('\n').map((l) => estimateTextWidth(l, size, bold)));

function cell(width: number, children: Paragraph[], padded = true): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.TOP, ...(padded ? {} : { margins: { left: 0, right: 0 } }), children });
}

function borderlessTable(widths: number[], indent: number, rows: TableRow[]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    ...(indent !== 0 ? { indent: { size: indent, type: WidthType.DXA } } : {}),
    borders: TableBorders.NONE,
    rows,
  });
}

/**
 * Estimated widths fall short of LibreOffice's by up to about 3% on bold capitals ("SỞ KHOA HỌC VÀ
 * CÔNG NGHỆ": 3,882 estimated, 3,976 twips printed): a line is taken to fit only with this margin.
 */
const FIT_MARGIN = 1.05;

/**
 * The issuing body's size: the decree sets it in 12 to 13 pt, bold capitals. 13 pt; 12 pt when
 * that keeps on one line a name that 13 pt would break (with the national name's 9.8 cm on the
 * right, "SỞ KHOA HỌC VÀ CÔNG NGHỆ" needs 7.0 cm at 13 pt and the left column has 6.7); a name too
 * long for one line even at 12 pt keeps 13 pt and wraps.
 */
export function issuingBodySize(text: string, width: number): number {
  const fits = (size: number) => longestLine(text, size, true) * FIT_MARGIN <= width;
  return fits(PT(13)) || !fits(PT(12)) ? PT(13) : PT(12);
}

/** The two-column heading (issuer | national name), then the title and summary. */
export function openingBlocks(data: HeadingData, textWidth: number): (Table | Paragraph)[] {
  // Both columns stay inside the margins: the right one keeps the 10 cm the national name needs
  // (never below 9.8 cm), the left one takes the rest of the text width; the cells have no inner
  // padding so that every twip of the text width carries text.
  const right = Math.min(HEADING_RIGHT_COLUMN, Math.max(CM(9.8), textWidth - CM(6.8)));
  const left = Math.min(HEADING_LEFT_COLUMN, textWidth - right);
  const indent = 0;
  const leftText = left;
  const rightText = right;

  const issuingBody = upper(data.issuingBody);
  const issuerSize = issuingBodySize(issuingBody, leftText);
  // 0.4 of the issuing body's longest printed line; a long name wraps at the cell's width.
  const issuerRule = Math.max(CM(2), Math.round(0.4 * Math.min(leftText, longestLine(issuingBody, issuerSize, true))));
  const mottoRule = Math.min(rightText, estimateTextWidth(NATIONAL_MOTTO, PT(14), true));

  const heading = borderlessTable([left, right], indent, [
    new TableRow({
      children: [
        cell(left, [
          line(upper(data.parentAuthority), { size: PT(13) }, AlignmentType.CENTER),
          line(issuingBody, { size: issuerSize, bold: true }, AlignmentType.CENTER),
          rule(issuerRule, leftText),
        ], false),
        cell(right, [
          line(NATIONAL_NAME, { size: PT(13), bold: true }, AlignmentType.CENTER),
          line(NATIONAL_MOTTO, { size: PT(14), bold: true }, AlignmentType.CENTER),
          rule(mottoRule, rightText),
        ], false),
      ],
    }),
    new TableRow({
      children: [
        cell(left, [
          line(`Số: ${data.number}`, { size: PT(13) }, AlignmentType.CENTER, 120),
          // Decree 30: the summary of a letter under the number, upright, 12–13 pt, 6 pt after it.
          ...(data.subject !== undefined ? [line(data.subject, { size: PT(12) }, AlignmentType.CENTER, 120)] : []),
        ], false),
        cell(right, [line(data.placeAndDate, { size: PT(14), italics: true }, AlignmentType.CENTER, 120)], false),
      ],
    }),
  ]);

  const salutation = data.salutation ? salutationBlocks(data.salutation) : [];
  if (data.title === '' && data.summary === '') return [heading, ...salutation];
  const summaryRule = Math.max(CM(2.5), Math.round(Math.min(textWidth, longestLine(data.summary, PT(14), true)) / 3));
  return [
    heading,
    line(upper(data.title), { size: PT(14), bold: true }, AlignmentType.CENTER, 480),
    line(data.summary, { size: PT(14), bold: true }, AlignmentType.CENTER),
    rule(summaryRule, textWidth, 120),
    ...salutation,
  ];
}

/** Where "Kính gửi:" starts, and where the addressees line up after it. */
const SALUTATION_INDENT = CM(2);
const ADDRESSEES_INDENT = CM(4.6);

/**
 * "Kính gửi:" 14 pt: one addressee on the same line; several one per line, lined up after the
 * heading (a hanging indent, so a long name wraps under its own first letter).
 */
function salutationBlocks(s: Salutation): Paragraph[] {
  return s.addressees.map((addressee, i) =>
    new Paragraph({
      alignment: AlignmentType.LEFT,
      indent: { left: ADDRESSEES_INDENT, ...(i === 0 ? { hanging: ADDRESSEES_INDENT - SALUTATION_INDENT } : {}) },
      tabStops: i === 0 ? [{ type: TabStopType.LEFT, position: ADDRESSEES_INDENT }] : [],
      spacing: { before: i === 0 ? 360 : 0, after: i === s.addressees.length - 1 ? 240 : 0, line: SINGLE_LINE, lineRule: LineRuleType.AUTO },
      children: textRuns(i === 0 ? `${s.heading}\t${addressee}` : addressee, { size: PT(14) }) as ParagraphChild[],
    }),
  );
}

/** "Nơi nhận" and the recipients on the left, the signer's authority, room to sign, and name on the right. */
export function closingBlocks(data: ClosingData, textWidth: number): Table[] {
  const left = Math.round(textWidth * CLOSING_LEFT_SHARE);
  const right = textWidth - left;
  const authority = data.authority.map((text, i) =>
    line(upper(text), { size: PT(14), bold: true }, AlignmentType.CENTER, i === 0 ? 240 : 0),
  );
  const signatureSpace = Array.from({ length: SIGNATURE_SPACE_LINES }, () => line('', { size: PT(14) }, AlignmentType.CENTER));
  return [
    borderlessTable([left, right], 0, [
      new TableRow({
        cantSplit: true,
        children: [
          cell(left, [
            line(data.recipientsHeading, { size: PT(12), bold: true, italics: true }, AlignmentType.LEFT, 240),
            ...data.recipients.map((recipient) => line(`- ${recipient}`, { size: PT(11) }, AlignmentType.LEFT)),
          ]),
          cell(right, [...authority, ...signatureSpace, line(data.signerName, { size: PT(14), bold: true }, AlignmentType.CENTER)]),
        ],
      }),
    ]),
  ];
}
