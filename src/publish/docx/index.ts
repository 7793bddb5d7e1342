/**
 * Renders a Vietnamese administrative report (.docx) laid out per Decree 30/2020/NĐ-CP, Appendix I:
 * the national heading, title, body and closing, byte-for-byte the same for the same input.
 *
 * The body is Markdown (lexed by marked, GFM). It maps to the report as follows:
 * - `# X` part heading: as written (write it in upper case), bold, 14 pt. `## X` item heading: bold.
 *   `### X` and deeper: sub-item, italic, not bold. Headings are laid out like body paragraphs
 *   (justified, first-line indent 1 cm) and kept with the next paragraph.
 * - Paragraphs: Times New Roman 14 pt, black, justified, first-line indent 1 cm, 6 pt before,
 *   line spacing "at least 18 pt" (about 1.15 lines; one value that Word and LibreOffice agree on).
 * - Lists (`-`, `*`, ordered): body paragraphs that start with "- " (or "1.", "2)" as the list is
 *   written, counting from its first number); a list written with `+`, and any nested list, is a
 *   second-level list whose items start with "+ " (nested ones indented 1 cm more). The marker is
 *   text, not Word numbering. Task items keep "[ ]" / "[x]". A paragraph ending in a colon or wholly
 *   in italics or bold (a label) is kept with the next one, as headings are.
 * - Inline: `**bold**`, `*italic*`, `***both***`, `~~struck~~`; code spans print their text as is;
 *   hard breaks (`\` or two spaces at the end of a line) and `<br>` are line breaks; any other HTML is
 *   printed as written. `&amp; &lt; &gt; &quot; &apos; &nbsp;` and numeric character references are
 *   decoded (`&#10;` is a line break, `&#9;` a tab); other `&name;` stay as written. A link prints its text, then its address in brackets
 *   when that differs; bare URLs are plain text.
 * - GFM tables: Word tables across the text width, thin black borders, 11-pt text as written, single
 *   spaced (appendix tables of thirty units fit a page); the header row bold, centred and repeated
 *   on every page; `:--:` / `--:` align a column; a row never splits across pages. Column widths
 *   follow each column's typical cell (its median text, weighed by how many rows have any), or the
 *   proportions of a `widths` directive, never narrower than its longest word, with a fixed layout
 *   so that Word and LibreOffice agree.
 * - Block quotes: their content, indented 1 cm. Fenced or indented code: its text as written, with
 *   its line breaks, left-aligned.
 * - `---` (thematic break): nothing; use the page-break directive for a new page.
 * - Directives, each an HTML comment on its own line:
 *   `<!-- kt-bio:page-break -->` new page; `<!-- kt-bio:landscape -->` new section on A4 landscape
 *   (wide appendix tables), `<!-- kt-bio:portrait -->` back to portrait; `<!-- kt-bio:closing -->`
 *   puts "Nơi nhận" and the signature here rather than at the end (appendices come after it);
 *   `<!-- kt-bio:center -->` centres the next paragraph or heading, without first-line indent
 *   (the title lines of an appendix); `<!-- kt-bio:widths 6 47 15 14 18 -->` gives the next
 *   table's columns in these proportions (one number per column; a column still never narrower
 *   than its longest word), an error when the count differs.
 *   Other comments are ignored; an unknown `kt-bio:` directive is an error.
 *
 * Text from units must pass through `escapeMarkdown` / `escapeMarkdownCell` before it is put into
 * the Markdown. Control characters (vertical tab and form feed become line breaks) are removed where
 * text becomes runs.
 */

import { Document, Header, Packer, Paragraph, AlignmentType, PageNumber, PageOrientation, TextRun, type ISectionOptions } from 'docx';
import { closingBlocks, openingBlocks, type Salutation } from './frame.js';

export type { Salutation } from './frame.js';
import { renderBody, type Orientation } from './markdown.js';
import { repackDeterministically } from './repack.js';
import { sectionMarker } from './stream.js';
import { sanitizeForXml } from './xml-text.js';
import { A4, BLACK, BODY_SIZE, FONT, PT, mmToTwips } from './typography.js';

export { escapeMarkdown, escapeMarkdownCell } from './escape.js';
import { formatVietnameseDate, type DocumentDate } from './date-words.js';
export { formatDateInWords, formatVietnameseDate, type DocumentDate } from './date-words.js';

export interface IssuerBlock {
  parentAuthority: string;
  issuingBody: string;
  place: string;
}

export interface Signer {
  /** Lines above the signature, e.g. ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']. */
  authority: string[];
  name: string;
}

/** Page margins in millimetres; the decree allows top/bottom 20–25, left 30–35, right 15–20. */
export interface PageLayout {
  marginTopMm: number;
  marginBottomMm: number;
  marginLeftMm: number;
  marginRightMm: number;
}

export const DEFAULT_PAGE_LAYOUT: Readonly<PageLayout> = {
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
};

export interface AdminDocument {
  issuer: IssuerBlock;
  /** Everything after "Số: ", e.g. "125/BC-SKHCN", or "      /BC-SKHCN" for a draft not yet numbered. */
  number: string;
  date: DocumentDate;
  title: string;
  /** The bold line under the title. */
  summary: string;
  /** A letter (công văn): the "V/v …" line under the number; give an empty title and summary. */
  subject?: string;
  /** "Kính gửi:" and the addressees, before the body. */
  salutation?: Salutation;
  recipientsHeading?: string;
  /** Each printed as "- <text>"; the caller writes the closing ";" or ".". */
  recipients: string[];
  signer: Signer;
  /** Markdown; see the mapping at the top of this module. */
  body: string;
  layout?: Partial<PageLayout>;
  coreProperties?: { title?: string; creator?: string };
}

const DEFAULT_RECIPIENTS_HEADING = 'Nơi nhận:';
/** Distance of the page number from the top edge of the page (Word's default, 1.25 cm). */
const HEADER_DISTANCE = 708;

interface PageGeometry {
  margins: { top: number; bottom: number; left: number; right: number };
}

function pageGeometry(layout: Partial<PageLayout> | undefined): PageGeometry {
  const merged = { ...DEFAULT_PAGE_LAYOUT, ...layout };
  for (const [name, value] of Object.entries(merged)) {
    if (!Number.isFinite(value) || value < 0 || value > 100) throw new RangeError(`Page layout ${name} must be 0–100 mm, not ${value}`);
  }
  return {
    margins: {
      top: mmToTwips(merged.marginTopMm),
      bottom: mmToTwips(merged.marginBottomMm),
      left: mmToTwips(merged.marginLeftMm),
      right: mmToTwips(merged.marginRightMm),
    },
  };
}

/**
 * A landscape page is read turned a quarter clockwise in the bound report, so the binding margin
 * (left on portrait pages) is at its top.
 */
function marginsFor(orientation: Orientation, { margins }: PageGeometry): PageGeometry['margins'] {
  if (orientation === 'portrait') return margins;
  return { top: margins.left, right: margins.top, bottom: margins.right, left: margins.bottom };
}

function textWidthFor(orientation: Orientation, geometry: PageGeometry): number {
  const m = marginsFor(orientation, geometry);
  const pageWidth = orientation === 'portrait' ? A4.width : A4.height;
  return pageWidth - m.left - m.right;
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: BODY_SIZE, children: [PageNumber.CURRENT] })],
      }),
    ],
  });
}

export async function renderDocx(doc: AdminDocument): Promise<Uint8Array> {
  const placeAndDate = formatVietnameseDate(doc.issuer.place, doc.date);
  const geometry = pageGeometry(doc.layout);
  const textWidth = (orientation: Orientation) => textWidthFor(orientation, geometry);
  if (textWidth('portrait') < 6000) throw new RangeError('The page margins leave less than 10.6 cm for the text');

  const sections = renderBody(doc.body, {
    opening: openingBlocks(
      {
        parentAuthority: doc.issuer.parentAuthority,
        issuingBody: doc.issuer.issuingBody,
        number: doc.number,
        placeAndDate,
        title: doc.title,
        summary: doc.summary,
        ...(doc.subject !== undefined ? { subject: doc.subject } : {}),
        ...(doc.salutation !== undefined ? { salutation: doc.salutation } : {}),
      },
      textWidth('portrait'),
    ),
    closing: (width) =>
      closingBlocks(
        {
          recipientsHeading: doc.recipientsHeading ?? DEFAULT_RECIPIENTS_HEADING,
          recipients: doc.recipients,
          authority: doc.signer.authority,
          signerName: doc.signer.name,
        },
        width,
      ),
    textWidth,
  });

  const sectionOptions: ISectionOptions[] = sections.map((section, i) => ({
    properties: {
      // Page 1 carries the national heading and no page number.
      ...(i === 0 ? { titlePage: true } : {}),
      page: {
        ...(section.restartNumbering ? { pageNumbers: { start: 1 } } : {}),
        size: {
          width: A4.width,
          height: A4.height,
          orientation: section.orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
        },
        margin: { ...marginsFor(section.orientation, geometry), header: HEADER_DISTANCE, footer: HEADER_DISTANCE },
      },
    },
    headers: i === 0 ? { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) } : { default: pageNumberHeader() },
    children: [new Paragraph({ children: [new TextRun(sectionMarker(i))] })],
  }));
  // Each section's blocks were written as XML as they were made; docx packs only the frame around them.
  const sectionXml = sections.map((section) => section.blocks.xml());

  const creator = sanitizeForXml(doc.coreProperties?.creator ?? doc.issuer.issuingBody);
  const document = new Document({
    title: sanitizeForXml(doc.coreProperties?.title ?? `${doc.title} ${doc.summary}`),
    creator,
    lastModifiedBy: creator,
    revision: 1,
    // Lines ending in a line break inside a justified paragraph are not stretched across the page.
    compatibility: { doNotExpandShiftReturn: true },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY_SIZE, color: BLACK, language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
        // Word's own heading styles are blue sans-serif; these match the body headings instead.
        heading1: { run: { font: FONT, size: BODY_SIZE, color: BLACK, bold: true } },
        heading2: { run: { font: FONT, size: BODY_SIZE, color: BLACK, bold: true } },
        heading3: { run: { font: FONT, size: BODY_SIZE, color: BLACK, italics: true } },
        heading4: { run: { font: FONT, size: BODY_SIZE, color: BLACK, italics: true } },
        heading5: { run: { font: FONT, size: BODY_SIZE, color: BLACK, italics: true } },
        heading6: { run: { font: FONT, size: BODY_SIZE, color: BLACK, italics: true } },
        title: { run: { font: FONT, size: PT(14), color: BLACK, bold: true } },
      },
    },
    sections: sectionOptions,
  });

  const packed = new Uint8Array(await Packer.toArrayBuffer(document));
  return repackDeterministically(packed, doc.date, sectionXml);
}
