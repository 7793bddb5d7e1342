// Lays out the report body: the Markdown the templates produce, lexed by marked, as Word
// paragraphs and tables in the Decree 30 body style. The mapping itself is documented in index.ts.

import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  LineRuleType,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { Lexer, Tokenizer, getDefaults, type Token, type Tokens } from 'marked';
import { BlockList, isTable, TableInParts } from './stream.js';
import {
  BLACK,
  BODY_LINE,
  BODY_SIZE,
  FIRST_LINE_INDENT,
  PT,
  SINGLE_LINE,
  SPACING_BEFORE,
  TABLE_CELL_SIZE,
  estimateTextWidth,
  textRuns,
  type RunStyle,
} from './typography.js';

export type Orientation = 'portrait' | 'landscape';

export interface BodySection {
  orientation: Orientation;
  blocks: BlockList;
  /** An appendix: its pages are numbered on their own, from 1 (Decree 30/2020, Appendix I). */
  restartNumbering?: boolean;
}

export interface BodyFrame {
  /** Blocks that open the first section (the national heading and the title). */
  opening: FileChild[];
  /** The "Nơi nhận" / signature block, laid out for the text width where it lands. */
  closing: (textWidth: number) => FileChild[];
  textWidth: (orientation: Orientation) => number;
}

/** Bare URLs and e-mail addresses stay text: a report has no hyperlinks, and GFM's autolinks would
 * keep the backslashes of escaped unit text inside the link. */
class ReportTokenizer extends Tokenizer {
  override url(_src: string): undefined {
    return undefined;
  }
}

export function lexMarkdown(markdown: string): Token[] {
  return new Lexer({ ...getDefaults(), gfm: true, breaks: false, pedantic: false, tokenizer: new ReportTokenizer() }).lex(
    markdown,
  );
}

const DIRECTIVES = ['page-break', 'landscape', 'portrait', 'closing', 'center', 'appendix', 'widths'] as const;
type DirectiveName = (typeof DIRECTIVES)[number];
/** A directive; `widths` carries the relative widths of the next table's columns. */
type Directive = Exclude<DirectiveName, 'widths'> | { widths: number[] };
const COMMENT = /<!--([\s\S]*?)-->/g;
const DIRECTIVE_PREFIX = 'kt-bio:';
const LINE_BREAK_TAG = /^<br\s*\/?>$/i;

/** marked leaves character references to the renderer; these are the ones a template may use. */
const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };
const CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

export function decodeCharacterReferences(text: string): string {
  return text.replace(CHARACTER_REFERENCE, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_REFERENCES[name] ?? whole;
    const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
    // As CommonMark: NUL, surrogates and out-of-range code points become U+FFFD.
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
    return String.fromCodePoint(code);
  });
}

function directiveOf(comment: string): Directive | undefined {
  const body = comment.trim();
  if (!body.startsWith(DIRECTIVE_PREFIX)) return undefined;
  const [name = '', ...args] = body.slice(DIRECTIVE_PREFIX.length).trim().split(/\s+/);
  if (name === 'widths') {
    const widths = args.map(Number);
    if (widths.length === 0 || widths.some((w) => !Number.isFinite(w) || w <= 0)) {
      throw new Error(`<!-- ${body} --> needs one positive number per column of the next table, e.g. <!-- kt-bio:widths 1 6 2 -->`);
    }
    return { widths };
  }
  if ((DIRECTIVES as readonly string[]).includes(name) && args.length === 0) return name as Directive;
  throw new Error(
    `Unknown layout directive <!-- ${body} --> in the report body; known: ${DIRECTIVES.map((d) => DIRECTIVE_PREFIX + d).join(', ')}`,
  );
}

type ParagraphKind = 'body' | 'part' | 'item' | 'subitem' | 'code';

const HEADING_STYLE: Record<Exclude<ParagraphKind, 'body' | 'code'>, { style: RunStyle; level: (typeof HeadingLevel)[keyof typeof HeadingLevel] }> = {
  part: { style: { size: BODY_SIZE, bold: true }, level: HeadingLevel.HEADING_1 },
  item: { style: { size: BODY_SIZE, bold: true }, level: HeadingLevel.HEADING_2 },
  subitem: { style: { size: BODY_SIZE, italics: true }, level: HeadingLevel.HEADING_3 },
};

const TABLE_BORDER = { style: BorderStyle.SINGLE, size: 4, color: BLACK } as const;
const CELL_PADDING = 216; // Word's default 0.19 cm on each side
const MIN_COLUMN = 680; // 1.2 cm: room for "STT" or a three-digit number in 11 pt
const CELL_CHAR = 110; // average advance of 11-pt Times New Roman, bold header included
/** The header is one cell among many, and often longer than the data under it ("Tổng số"). */
const HEADER_WEIGHT = 0.5;

/**
 * Column widths for a table of `total` twips, served in levels, each to every column before the
 * next: its longest word (words never break mid-way, nor under MIN_COLUMN); its typical cell (see
 * `typicalLength`), so that an ordinary row needs about as many lines in every column; its longest
 * line counted for the share of rows that have text, so that one long note in a mostly empty
 * column does not take the width the other columns need on every row; its longest line. The first
 * level that does not fit is shared out as `shareOut` describes; when every line fits, the spare
 * goes out in proportion to the lines.
 */
export function columnWidths(header: string[], rows: string[][], total: number): number[] {
  const columns = header.map((_, i) => ({ header: header[i] ?? '', cells: rows.map((row) => row[i] ?? '') }));
  const width = (n: number) => n * CELL_CHAR + CELL_PADDING;
  const minimum = wordMinimums(header, rows);
  const typical = columns.map((c, i) => Math.max(minimum[i] ?? 0, width(typicalLength(c.header, c.cells))));
  const longest = columns.map((c, i) => Math.max(typical[i] ?? 0, width(Math.max(cellLength(c.header), ...c.cells.map(cellLength)))));
  const reach = columns.map((c, i) => (typical[i] ?? 0) + ((longest[i] ?? 0) - (typical[i] ?? 0)) * filledShare(c.cells));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

  let widths: number[];
  if (sum(minimum) >= total) {
    widths = minimum.map((m) => (m * total) / sum(minimum));
  } else if (sum(longest) <= total) {
    widths = longest.map((w) => w + ((total - sum(longest)) * w) / sum(longest));
  } else {
    const levels = [minimum, typical, reach, longest];
    const over = levels.findIndex((level) => sum(level) > total);
    widths = shareOut(levels[over - 1] ?? minimum, levels[over] ?? longest, total);
  }
  const rounded = widths.map((w) => Math.floor(w));
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest] = (rounded[widest] ?? 0) + total - sum(rounded);
  return rounded;
}

/**
 * Each column's narrowest width: its longest word never breaks (measured in bold for the header,
 * with room to spare for the differences between Word's and LibreOffice's glyph widths), and never
 * under MIN_COLUMN.
 */
function wordMinimums(header: string[], rows: string[][]): number[] {
  const longestWord = (s: string) => Math.max(0, ...s.split(/\s+/).map(charCount));
  const wordWidth = (s: string, bold: boolean) => Math.max(0, ...s.split(/\s+/).map((w) => Math.ceil(estimateTextWidth(w, TABLE_CELL_SIZE, bold) * 1.15)));
  return header.map((h, i) => {
    const cells = rows.map((row) => row[i] ?? '');
    return Math.max(MIN_COLUMN, Math.max(longestWord(h), ...cells.map(longestWord)) * CELL_CHAR + CELL_PADDING, wordWidth(h, true) + CELL_PADDING, ...cells.map((cell) => wordWidth(cell, false) + CELL_PADDING));
  });
}

const charCount = (s: string) => [...s].length;
/** A cell's length is its longest line: its breaks are kept whatever the width. */
const cellLength = (s: string) => Math.max(0, ...s.split('\n').map(charCount));
const hasText = (cell: string) => cell.trim() !== '';
/** The share of rows with text in the column; a table of headers only counts as full. */
const filledShare = (cells: string[]) => (cells.length === 0 ? 1 : cells.filter(hasText).length / cells.length);

/**
 * The length, in characters, of a column's typical cell: the median length of its cells that have
 * text (the header counting for HEADER_WEIGHT of a cell), times the share of rows that have text,
 * so that a mostly empty column ("Ghi chú") weighs little however long its few notes are. A median,
 * unlike a total or a maximum, is not pulled by one long cell.
 */
export function typicalLength(header: string, cells: string[]): number {
  const filled = cells.filter(hasText).map(cellLength);
  const weighted = [...filled.map((n) => ({ n, weight: 1 })), ...(header.trim() === '' ? [] : [{ n: cellLength(header), weight: HEADER_WEIGHT }])];
  if (weighted.length === 0) return 0;
  weighted.sort((a, b) => a.n - b.n);
  const half = weighted.reduce((a, w) => a + w.weight, 0) / 2;
  let seen = 0;
  const median = weighted.find((w) => (seen += w.weight) >= half)?.n ?? 0;
  return median * filledShare(cells);
}

/**
 * Widths between `floor` (which fits in `total`) and `wanted` (which does not). Columns that want no
 * more than an even share of the width left get what they want (short columns stay on one line);
 * the others get their floor plus a share of the rest in proportion to how much more they want,
 * as a browser lays out an automatic table.
 */
function shareOut(floor: number[], wanted: number[], total: number): number[] {
  const widths: (number | undefined)[] = wanted.map(() => undefined);
  let left = total;
  for (;;) {
    const open = widths.flatMap((w, i) => (w === undefined ? [i] : []));
    const evenShare = left / open.length;
    const satisfied = open.filter((i) => (wanted[i] ?? 0) <= evenShare);
    if (satisfied.length === 0 || satisfied.length === open.length) break;
    for (const i of satisfied) {
      widths[i] = wanted[i] ?? 0;
      left -= wanted[i] ?? 0;
    }
  }
  const open = widths.flatMap((w, i) => (w === undefined ? [i] : []));
  const openFloor = open.reduce((a, i) => a + (floor[i] ?? 0), 0);
  const openStretch = open.reduce((a, i) => a + (wanted[i] ?? 0) - (floor[i] ?? 0), 0);
  if (openFloor > left || openStretch <= 0) {
    // The short columns took too much: share the stretch over every column instead.
    const stretch = wanted.map((w, i) => w - (floor[i] ?? 0));
    const room = total - floor.reduce((a, b) => a + b, 0);
    const allStretch = stretch.reduce((a, b) => a + b, 0);
    return floor.map((m, i) => m + (room * (stretch[i] ?? 0)) / allStretch);
  }
  for (const i of open) {
    widths[i] = (floor[i] ?? 0) + ((left - openFloor) * ((wanted[i] ?? 0) - (floor[i] ?? 0))) / openStretch;
  }
  return widths.map((w) => w ?? 0);
}

interface BlockContext {
  /** Left indent of the paragraphs, for nested lists and block quotes. */
  leftIndent: number;
  /** How many lists this one sits in: "-" for the first level, "+" below it. */
  listDepth?: number;
}

class BodyRenderer {
  private readonly sections: BodySection[];
  private pendingPageBreak = false;
  /** `center` applies to the next paragraph or heading only (an appendix title). */
  private pendingCenter = false;
  /** `widths` applies to the next table only. */
  private pendingWidths: number[] | undefined;
  private closingPlaced = false;

  constructor(private readonly frame: BodyFrame) {
    this.sections = [{ orientation: 'portrait', blocks: new BlockList(frame.opening) }];
  }

  render(markdown: string): BodySection[] {
    // Each top-level token is let go once laid out: a long report's tokens need not all stay alive.
    const tokens: (Token | undefined)[] = lexMarkdown(markdown);
    for (let i = 0; i < tokens.length; i++) {
      this.block(tokens[i]!, { leftIndent: 0 });
      tokens[i] = undefined;
    }
    if (!this.closingPlaced) this.placeClosing();
    const sections = this.sections.filter((section, i) => i === 0 || section.blocks.length > 0);
    // Word expects the document to end with a paragraph, not a table.
    const last = sections.at(-1);
    if (isTable(last?.blocks.last)) last!.blocks.push(spacer());
    return sections;
  }

  private get current(): BodySection {
    const section = this.sections.at(-1);
    if (section === undefined) throw new Error('no section');
    return section;
  }

  /** The last body paragraph written, to tie it to the signature that follows it. */
  private lastParagraph: { blocks: BlockList; index: number; options: IParagraphOptions } | undefined;

  private paragraph(options: IParagraphOptions): void {
    const breakBefore = this.pendingPageBreak;
    this.pendingPageBreak = false;
    const final: IParagraphOptions = { ...options, ...(breakBefore ? { pageBreakBefore: true } : {}) };
    const blocks = this.current.blocks;
    this.lastParagraph = { blocks, index: blocks.length, options: final };
    blocks.push(new Paragraph(final));
  }

  /**
   * Tables cannot carry "page break before", so a pending break gets a paragraph of its own; and
   * two tables with nothing between them would be merged into one by Word and LibreOffice.
   */
  private table(block: Table | TableInParts): void {
    this.pendingCenter = false;
    if (this.pendingPageBreak) {
      this.pendingPageBreak = false;
      this.current.blocks.push(spacer([new PageBreak()]));
    } else if (isTable(this.current.blocks.last)) {
      this.current.blocks.push(spacer([], PT(6)));
    }
    this.current.blocks.push(block);
  }

  private placeClosing(): void {
    this.closingPlaced = true;
    // The closing row never splits; keeping the paragraph before it on the same page means the
    // signature never stands alone on a page of its own.
    const last = this.lastParagraph;
    if (last !== undefined && last.blocks === this.current.blocks && last.index === last.blocks.length - 1) {
      last.blocks.replaceLast(new Paragraph({ ...last.options, keepNext: true }));
    }
    for (const block of this.frame.closing(this.frame.textWidth(this.current.orientation))) {
      if (block instanceof Table) this.table(block);
      else this.current.blocks.push(block);
    }
  }

  private apply(directive: Directive): void {
    if (typeof directive === 'object') {
      this.pendingWidths = directive.widths;
      return;
    }
    switch (directive) {
      case 'page-break':
        this.pendingPageBreak = true;
        return;
      case 'center':
        this.pendingCenter = true;
        return;
      case 'appendix':
        // A section of its own, so that its page numbers start again at 1.
        this.pendingPageBreak = false;
        this.sections.push({ orientation: 'portrait', blocks: new BlockList(), restartNumbering: true });
        return;
      case 'closing':
        if (this.closingPlaced) throw new Error('The report body places <!-- kt-bio:closing --> twice');
        this.placeClosing();
        return;
      case 'landscape':
      case 'portrait':
        if (this.current.orientation === directive) return;
        // A new section starts on a new page anyway.
        this.pendingPageBreak = false;
        if (this.sections.length > 1 && this.current.blocks.length === 0) this.current.orientation = directive;
        else this.sections.push({ orientation: directive, blocks: new BlockList() });
        return;
    }
  }

  private blocks(tokens: Token[], context: BlockContext): void {
    for (const token of tokens) this.block(token, context);
  }

  private block(token: Token, context: BlockContext): void {
    const t = token as Tokens.Generic;
    switch (t.type) {
      case 'space':
      case 'def':
      case 'hr': // a rule has no place in an administrative report; page breaks have their directive
        return;
      case 'heading': {
        const heading = token as Tokens.Heading;
        const kind: ParagraphKind = heading.depth === 1 ? 'part' : heading.depth === 2 ? 'item' : 'subitem';
        this.textParagraph(heading.tokens, kind, context);
        return;
      }
      case 'paragraph':
      case 'text':
        this.textParagraph((token as Tokens.Paragraph).tokens ?? this.plain(t.text), 'body', context);
        return;
      case 'list':
        this.list(token as Tokens.List, context);
        return;
      case 'blockquote':
        this.blocks((token as Tokens.Blockquote).tokens, { leftIndent: context.leftIndent + FIRST_LINE_INDENT });
        return;
      case 'code':
        this.textParagraph(this.plain((token as Tokens.Code).text), 'code', context);
        return;
      case 'table': {
        const weights = this.pendingWidths;
        this.pendingWidths = undefined;
        this.table(markdownTable(token as Tokens.Table, this.frame.textWidth(this.current.orientation), weights));
        return;
      }
      case 'html':
        this.htmlBlock((token as Tokens.HTML).text, context);
        return;
      default:
        // Never drop text the lexer did not expect: print it as written.
        this.textParagraph(this.plain(String(t.raw ?? '').trimEnd()), 'body', context);
    }
  }

  /** Text to print exactly as given: a code span is the inline token the renderer never reinterprets. */
  private plain(text: string): Token[] {
    return [{ type: 'codespan', raw: text, text } satisfies Tokens.Codespan];
  }

  private htmlBlock(html: string, context: BlockContext): void {
    const directives: Directive[] = [];
    const rest = html.replace(COMMENT, (_whole, body: string) => {
      const directive = directiveOf(body);
      if (directive !== undefined) directives.push(directive);
      return '';
    });
    const literal = rest.trim();
    if (directives.length > 0 && literal !== '') {
      throw new Error(`A kt-bio layout directive must stand on its own line, not with "${literal}"`);
    }
    directives.forEach((d) => this.apply(d));
    if (literal === '') return;
    // Only <br> is HTML the report understands; anything else is printed as written.
    const tokens: Token[] = literal
      .split(/(<br\s*\/?>)/i)
      .filter((piece) => piece !== '')
      .map((piece) =>
        LINE_BREAK_TAG.test(piece)
          ? ({ type: 'br', raw: piece } satisfies Tokens.Br)
          : ({ type: 'codespan', raw: piece, text: piece } satisfies Tokens.Codespan),
      );
    this.textParagraph(tokens, 'body', context);
  }

  private textParagraph(tokens: Token[], kind: ParagraphKind, context: BlockContext, prefix = ''): void {
    const heading = kind === 'body' || kind === 'code' ? undefined : HEADING_STYLE[kind];
    const style: RunStyle = heading?.style ?? { size: BODY_SIZE };
    const children = [...(prefix === '' ? [] : textRuns(prefix, style)), ...inlineRuns(tokens, style)];
    const centered = this.pendingCenter;
    this.pendingCenter = false;
    // A heading, a lead-in that ends with a colon (a unit's name before its items), or a label
    // wholly in italics or bold (a task's title over its units' "+" items) never stands alone at
    // the foot of a page.
    const leadIn = kind === 'body' && (/:\s*$/.test(inlineText(tokens)) || isLabel(tokens));
    this.paragraph({
      ...(heading ? { heading: heading.level, keepNext: true } : leadIn ? { keepNext: true } : {}),
      alignment: centered ? AlignmentType.CENTER : kind === 'code' ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
      indent: { left: context.leftIndent, firstLine: kind === 'code' || centered ? 0 : FIRST_LINE_INDENT },
      spacing: { before: SPACING_BEFORE, after: 0, line: BODY_LINE, lineRule: LineRuleType.AT_LEAST },
      children,
    });
  }

  private list(list: Tokens.List, context: BlockContext): void {
    const start = typeof list.start === 'number' ? list.start : 1;
    // A list written with "+" is a second-level list at the same indent ("-" items, then "+" items
    // under the last of them), as Vietnamese documents write it; nested lists are second-level too.
    const second = (context.listDepth ?? 0) > 0 || /^\s*\+/.test(list.raw);
    list.items.forEach((item, i) => {
      const delimiter = /^\s*\d{1,9}([.)])/.exec(item.raw)?.[1] ?? '.';
      const marker = list.ordered ? `${start + i}${delimiter}` : second ? '+' : '-';
      let prefix = `${marker} ${item.task ? (item.checked ? '[x] ' : '[ ] ') : ''}`;
      const nested = { leftIndent: context.leftIndent + FIRST_LINE_INDENT, listDepth: (context.listDepth ?? 0) + 1 };
      for (const token of item.tokens) {
        if (token.type === 'text' || token.type === 'paragraph') {
          const inline = (token as Tokens.Paragraph).tokens ?? this.plain((token as Tokens.Text).text);
          this.textParagraph(inline, 'body', context, prefix);
          prefix = '';
          continue;
        }
        if (prefix !== '') {
          this.textParagraph([], 'body', context, prefix.trimEnd());
          prefix = '';
        }
        if (token.type === 'list') this.list(token as Tokens.List, nested);
        else this.block(token, nested);
      }
      if (prefix !== '') this.textParagraph([], 'body', context, prefix.trimEnd());
    });
  }
}

/** Inline content wholly in emphasis or bold ("*Lĩnh vực Y - dược.*"): a label for what follows. */
function isLabel(tokens: Token[]): boolean {
  const shown = tokens.filter((t) => !(t.type === 'text' && (t as Tokens.Text).text.trim() === ''));
  return shown.length > 0 && shown.every((t) => t.type === 'em' || t.type === 'strong');
}

/** An empty, low paragraph: keeps tables apart, ends the document, or carries a page break. */
function spacer(children: ParagraphChild[] = [], size = PT(1)): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: SINGLE_LINE, lineRule: LineRuleType.AUTO },
    run: { size },
    children,
  });
}

/**
 * Column widths given by the template (`<!-- kt-bio:widths 1 6 2 -->`), as shares of `total`; a
 * column never narrower than its longest word (`minimum`), the others giving way in proportion.
 */
export function givenWidths(weights: number[], minimum: number[], total: number): number[] {
  const widths = weights.map(() => 0);
  let open = weights.map((_, i) => i);
  let room = total;
  // Columns whose share is below their longest word take that width; the rest share what is left.
  for (;;) {
    const weight = open.reduce((a, i) => a + (weights[i] ?? 0), 0);
    const short = open.filter((i) => ((weights[i] ?? 0) * room) / weight < (minimum[i] ?? 0));
    if (short.length === 0 || short.length === open.length) {
      for (const i of open) widths[i] = ((weights[i] ?? 0) * room) / weight;
      break;
    }
    for (const i of short) {
      widths[i] = minimum[i] ?? 0;
      room -= minimum[i] ?? 0;
    }
    open = open.filter((i) => !short.includes(i));
  }
  const rounded = widths.map((w) => Math.floor(w));
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest] = (rounded[widest] ?? 0) + total - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}

/** A GFM table as a Word table across the text width, its header row repeated on every page. */
function markdownTable(table: Tokens.Table, total: number, weights?: number[]): TableInParts {
  const header = table.header.map((cell) => inlineText(cell.tokens));
  const rows = table.rows.map((row) => row.map((cell) => inlineText(cell.tokens)));
  if (weights !== undefined && weights.length !== header.length) {
    throw new Error(`<!-- kt-bio:widths ${weights.join(' ')} --> gives ${weights.length} widths to a table of ${header.length} columns (${header.join(' | ')})`);
  }
  const widths = weights !== undefined ? givenWidths(weights, wordMinimums(header, rows), total) : columnWidths(header, rows, total);
  const row = (cells: Tokens.TableCell[], header: boolean) =>
    new TableRow({
      // A row split across pages would leave half a unit's entry under a repeated header.
      cantSplit: true,
      ...(header ? { tableHeader: true } : {}),
      children: widths.map((width, i) => {
        const cell = cells[i];
        const align = header ? 'center' : (cell?.align ?? table.align[i] ?? null);
        return new TableCell({
          width: { size: width, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          children: [
            new Paragraph({
              alignment: align === 'center' ? AlignmentType.CENTER : align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
              spacing: { before: 0, after: 0, line: SINGLE_LINE, lineRule: LineRuleType.AUTO },
              children: inlineRuns(cell?.tokens ?? [], { size: TABLE_CELL_SIZE, bold: header }),
            }),
          ],
        });
      }),
    });
  // The head alone is a Table object; the body rows are made (and written) one at a time.
  const head = new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: TABLE_BORDER,
      bottom: TABLE_BORDER,
      left: TABLE_BORDER,
      right: TABLE_BORDER,
      insideHorizontal: TABLE_BORDER,
      insideVertical: TABLE_BORDER,
    },
    rows: [row(table.header, true)],
  });
  return new TableInParts(head, function* () {
    for (const cells of table.rows) yield row(cells, false);
  });
}

/** The runs of inline Markdown: emphasis adds to the paragraph's own bold/italic. */
export function inlineRuns(tokens: Token[], style: RunStyle): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  tokens.forEach((token, i) => {
    const t = token as Tokens.Generic;
    switch (t.type) {
      case 'text': {
        const text = token as Tokens.Text;
        if (text.tokens) {
          runs.push(...inlineRuns(text.tokens, style));
          return;
        }
        // A soft line break is a space; spaces before a hard break are not printed (as CommonMark).
        // Decoding comes last so that an escaped "&#10;" stays a line break.
        let value = decodeCharacterReferences(text.text.replace(/ *\n */g, ' '));
        if (tokens[i + 1]?.type === 'br') value = value.replace(/ +$/, '');
        runs.push(...textRuns(value, style));
        return;
      }
      case 'escape':
      case 'codespan':
        runs.push(...textRuns(t.text as string, style));
        return;
      case 'br':
        runs.push(...textRuns('\n', style));
        return;
      case 'strong':
        runs.push(...inlineRuns((token as Tokens.Strong).tokens, { ...style, bold: true }));
        return;
      case 'em':
        runs.push(...inlineRuns((token as Tokens.Em).tokens, { ...style, italics: true }));
        return;
      case 'del':
        runs.push(...inlineRuns((token as Tokens.Del).tokens, { ...style, strike: true }));
        return;
      case 'link': {
        const link = token as Tokens.Link;
        runs.push(...inlineRuns(link.tokens, style));
        const shown = inlineText(link.tokens);
        if (link.href !== shown && link.href !== `mailto:${shown}`) runs.push(...textRuns(` (${link.href})`, style));
        return;
      }
      case 'html': {
        const html = (token as Tokens.Tag).text;
        if (LINE_BREAK_TAG.test(html.trim())) {
          runs.push(...textRuns('\n', style));
          return;
        }
        const comment = /^<!--([\s\S]*?)-->$/.exec(html.trim());
        if (comment) {
          if (directiveOf(comment[1] ?? '') !== undefined) {
            throw new Error(`A kt-bio layout directive must stand on its own line: ${html.trim()}`);
          }
          return;
        }
        runs.push(...textRuns(html, style));
        return;
      }
      default:
        runs.push(...textRuns(String(t.raw ?? ''), style));
    }
  });
  return runs;
}

/** The text inline Markdown prints, with breaks as "\n"; used to size table columns. */
export function inlineText(tokens: Token[]): string {
  return tokens
    .map((token) => {
      const t = token as Tokens.Generic;
      switch (t.type) {
        case 'text':
          return (token as Tokens.Text).tokens ? inlineText((token as Tokens.Text).tokens ?? []) : decodeCharacterReferences(t.text as string);
        case 'escape':
        case 'codespan':
          return t.text as string;
        case 'br':
          return '\n';
        case 'strong':
        case 'em':
        case 'del':
        case 'link':
          return inlineText((t.tokens as Token[] | undefined) ?? []);
        case 'html':
          return LINE_BREAK_TAG.test((t.text as string).trim()) ? '\n' : (t.text as string).startsWith('<!--') ? '' : (t.text as string);
        default:
          return String(t.raw ?? '');
      }
    })
    .join('');
}

export function renderBody(markdown: string, frame: BodyFrame): BodySection[] {
  return new BodyRenderer(frame).render(markdown);
}
