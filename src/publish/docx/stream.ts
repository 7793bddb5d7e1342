// The body of a long report written as XML one block at a time. docx keeps the whole document as
// objects and then as a second tree for its XML writer, so a year of 1,000 units (120,000
// paragraphs) needed about 2 GiB. Here each paragraph or table is turned into its XML as soon as it
// is made, and its objects are dropped; the document that docx packs holds one marker paragraph per
// section, replaced by that section's XML when the package is written (repack.ts).
import { Paragraph, Table, type FileChild, type TableRow } from 'docx';

/** What docx's `prepForXml` returns: `{ name: children | { _attr } | text }`. */
type Xmlable = { [name: string]: unknown };

// As docx escapes text and attributes alike: the five XML characters, and the control characters
// XML 1.0 cannot hold dropped.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (v: string) => v.replace(/[&<>"'\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');

function attributes(attr: unknown): string {
  let out = '';
  for (const [key, value] of Object.entries(attr as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    out += ` ${key}="${typeof value === 'string' ? escapeXml(value) : String(value)}"`;
  }
  return out;
}

/** The XML of one element as docx's writer prints it (no indentation). */
function write(element: Xmlable, out: string[]): void {
  const name = Object.keys(element)[0];
  if (name === undefined) return;
  const value = element[name];
  if (Array.isArray(value)) {
    let attrs = '';
    const children: unknown[] = [];
    for (const child of value) {
      if (child !== null && typeof child === 'object' && '_attr' in (child as object) && Object.keys(child as object).length === 1) attrs += attributes((child as { _attr: unknown })._attr);
      else children.push(child);
    }
    if (children.length === 0) {
      out.push(`<${name}${attrs}/>`);
      return;
    }
    out.push(`<${name}${attrs}>`);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) write(child as Xmlable, out);
      else out.push(escapeXml(String(child)));
    }
    out.push(`</${name}>`);
  } else if (value !== null && typeof value === 'object') {
    const attr = (value as { _attr?: unknown })._attr;
    out.push(`<${name}${attr ? attributes(attr) : ''}/>`);
  } else {
    out.push(`<${name}>${escapeXml(String(value))}</${name}>`);
  }
}

/** A table whose body rows are made when it is written: its head (a Table with the header row), then the rows. */
export class TableInParts {
  constructor(
    readonly head: Table,
    readonly rows: () => Iterable<TableRow>,
  ) {}
}

export type Block = FileChild | TableInParts;

export const isTable = (block: Block | undefined): boolean => block instanceof Table || block instanceof TableInParts;

const TABLE_END = '</w:tbl>';

/** The XML of a body block (a paragraph or a table that needs nothing of the package). */
export function blockXml(block: Block): string {
  if (block instanceof TableInParts) {
    const head = blockXml(block.head);
    const end = head.lastIndexOf(TABLE_END);
    if (end < 0) throw new Error('A table was written without its end');
    const parts = [head.slice(0, end)];
    for (const row of block.rows()) parts.push(elementXml(row));
    parts.push(TABLE_END);
    return parts.join('');
  }
  return elementXml(block);
}

function elementXml(block: FileChild | TableRow): string {
  const prepared = (block as unknown as { prepForXml(context: { stack: unknown[] }): Xmlable | undefined }).prepForXml({ stack: [] });
  if (prepared === undefined) return '';
  const out: string[] = [];
  write(prepared, out);
  return out.join('');
}

/** The text of the paragraph that stands in for section `i` until its XML is put in its place. */
export const sectionMarker = (i: number): string => `\u2063kt-bio-section-${i}\u2063`;

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const P_START = utf8('<w:p>');
const P_END = utf8('</w:p>');

export interface SectionXml {
  before: Uint8Array[];
  last: string;
  /** docx puts a section's properties into its last paragraph, or into a paragraph of their own after a table. */
  lastIsParagraph: boolean;
}

const SECTION_PROPERTIES = /<w:sectPr[ >][\s\S]*<\/w:sectPr>/;

/** The section's closing block carrying the section properties, as docx writes it. */
function withSectionProperties(section: SectionXml, properties: string): string {
  if (!section.lastIsParagraph) return `${section.last}<w:p><w:pPr>${properties}</w:pPr></w:p>`;
  const p = section.last;
  if (p.startsWith('<w:p><w:pPr>')) {
    const end = p.indexOf('</w:pPr>');
    return `${p.slice(0, end)}${properties}${p.slice(end)}`;
  }
  if (p === '<w:p/>') return `<w:p><w:pPr>${properties}</w:pPr></w:p>`;
  return `<w:p><w:pPr>${properties}</w:pPr>${p.slice('<w:p>'.length)}`;
}

/**
 * document.xml (UTF-8) with each section's marker paragraph replaced by that section's XML; the
 * section properties docx wrote into the marker paragraph move to the section's last block.
 */
export function spliceSections(documentXml: Uint8Array, sections: readonly SectionXml[]): Uint8Array<ArrayBuffer> {
  const xml = Buffer.from(documentXml.buffer, documentXml.byteOffset, documentXml.byteLength);
  const pieces: Uint8Array[] = [];
  let from = 0;
  sections.forEach((section, i) => {
    const marker = xml.indexOf(utf8(sectionMarker(i)), from);
    const start = marker < 0 ? -1 : xml.lastIndexOf(P_START, marker);
    const end = marker < 0 ? -1 : xml.indexOf(P_END, marker);
    if (marker < 0 || start < from || end < 0) throw new Error(`The packed document has no place for section ${i + 1}`);
    const properties = SECTION_PROPERTIES.exec(xml.subarray(start, end).toString('utf8'))?.[0];
    pieces.push(xml.subarray(from, start), ...section.before, utf8(properties === undefined ? section.last : withSectionProperties(section, properties)));
    from = end + P_END.length;
  });
  pieces.push(xml.subarray(from));
  return Buffer.concat(pieces);
}

/**
 * A section's blocks as they are made: each is written as XML when the next one arrives, so that
 * the last one can still be looked at or replaced (a paragraph kept with the signature after it).
 */
export class BlockList {
  /** UTF-8, the form the package stores: half the memory of the same text as strings. */
  private readonly written: Uint8Array[] = [];
  private pending: Block | undefined;
  private count = 0;

  constructor(blocks: readonly Block[] = []) {
    for (const block of blocks) this.push(block);
  }

  get length(): number {
    return this.count;
  }

  /** The block made last, not yet written. */
  get last(): Block | undefined {
    return this.pending;
  }

  push(block: Block): void {
    if (this.pending !== undefined) this.written.push(utf8(blockXml(this.pending)));
    this.pending = block;
    this.count++;
  }

  replaceLast(block: Block): void {
    if (this.pending === undefined) throw new Error('no block to replace');
    this.pending = block;
  }

  /** The section's XML: the blocks before the last as UTF-8, the last as text; the list is then empty. */
  xml(): SectionXml {
    const last = this.pending;
    this.pending = undefined;
    return { before: this.written.splice(0), last: last === undefined ? '' : blockXml(last), lastIsParagraph: last instanceof Paragraph };
  }
}
