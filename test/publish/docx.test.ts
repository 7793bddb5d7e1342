import { estimateTextWidth } from '../../src/publish/docx/typography.js';
import { strFromU8, unzipSync } from 'fflate';
import type { Tokens } from 'marked';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownCell, formatVietnameseDate, renderDocx } from '../../src/publish/docx/index.js';
import { issuingBodySize } from '../../src/publish/docx/frame.js';
import { columnWidths, inlineText, lexMarkdown, typicalLength } from '../../src/publish/docx/markdown.js';
import { sanitizeForXml } from '../../src/publish/docx/xml-text.js';
import { HOSTILE, HOSTILE_PRINTED, fixtureReport } from '../fixtures/docx/report.js';
import { runsOf, sha256, textOf, xmlPart, type DocxParts } from '../helpers/docx.js';
import { attr, child, childElements, descendants, parseXml, path, type XmlElement } from '../helpers/xml.js';

interface Section {
  blocks: XmlElement[];
  properties: XmlElement;
}
/** The body split at its section breaks (a paragraph whose properties end a section, and the last). */
function sectionsOf(document: XmlElement): Section[] {
  const body = child(document, 'w:body');
  if (!body) throw new Error('no w:body');
  const sections: Section[] = [];
  let blocks: XmlElement[] = [];
  for (const block of childElements(body)) {
    if (block.name === 'w:sectPr') {
      sections.push({ blocks, properties: block });
      blocks = [];
      continue;
    }
    blocks.push(block);
    const properties = path(block, 'w:pPr', 'w:sectPr');
    if (properties) {
      sections.push({ blocks, properties });
      blocks = [];
    }
  }
  return sections;
}

const paragraphs = (root: XmlElement) => descendants(root, 'w:p');
/** The one paragraph of the body itself (not of a table) whose text starts with `start`. */
function paragraphStartingWith(root: XmlElement, start: string): XmlElement {
  const body = child(root, 'w:body') as XmlElement;
  const found = childElements(body, 'w:p').filter((p) => textOf(p).startsWith(start));
  if (found.length !== 1) throw new Error(`${found.length} paragraphs start with "${start}"`);
  return found[0] as XmlElement;
}

function headerPart(parts: DocxParts, document: XmlElement, sectionProperties: XmlElement, type: 'default' | 'first'): XmlElement {
  const reference = childElements(sectionProperties, 'w:headerReference').find((h) => attr(h, 'w:type') === type);
  if (!reference) throw new Error(`no ${type} header`);
  const rels = xmlPart(parts, 'word/_rels/document.xml.rels');
  const target = childElements(rels).find((r) => attr(r, 'Id') === attr(reference, 'r:id'));
  expect(document.name).toBe('w:document');
  return xmlPart(parts, `word/${attr(target, 'Target')}`);
}

/** Names and DOS timestamps of the zip's entries, read from its local headers in file order. */
function zipEntries(zip: Uint8Array): { name: string; date: number; time: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const entries = [];
  let offset = 0;
  while (view.getUint32(offset, true) === 0x04034b50) {
    const compressed = view.getUint32(offset + 18, true);
    const nameLength = view.getUint16(offset + 26, true);
    const extraLength = view.getUint16(offset + 28, true);
    entries.push({
      name: strFromU8(zip.subarray(offset + 30, offset + 30 + nameLength)),
      time: view.getUint16(offset + 10, true),
      date: view.getUint16(offset + 12, true),
    });
    offset += 30 + nameLength + extraLength + compressed;
  }
  return entries;
}

let zip: Uint8Array;
let parts: DocxParts;
let document: XmlElement;
let sections: Section[];

beforeAll(async () => {
  zip = await renderDocx(fixtureReport());
  parts = unzipSync(zip);
  document = xmlPart(parts, 'word/document.xml');
  sections = sectionsOf(document);
});

describe('renderDocx package', () => {
  it('is a zip whose every XML part is well-formed, [Content_Types].xml first', () => {
    const names = zipEntries(zip).map((e) => e.name);
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names).toContain('word/document.xml');
    expect(names.slice(1)).toEqual([...names.slice(1)].sort());
    for (const name of names.filter((n) => /\.(xml|rels)$/.test(n))) {
      expect(() => xmlPart(parts, name), name).not.toThrow();
    }
  });

  it('is checked by an XML reader that rejects what Word would refuse', () => {
    for (const bad of ['<a>\u0000</a>', '<a>\u000b</a>', '<a><b></a>', '<a>&nbsp;</a>', '<a>x & y</a>', '<a x="<"/>', '<a/><b/>']) {
      expect(() => parseXml(bad), JSON.stringify(bad)).toThrow();
    }
    expect(parseXml('<?xml version="1.0"?><a x="&amp;"><b>&#233;&lt;</b></a>').children).toEqual([
      { name: 'b', attributes: {}, children: ['é<'] },
    ]);
  });

  it('produces the same bytes for the same input, even renders made seconds apart', async () => {
    const first = await renderDocx(fixtureReport());
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await renderDocx(fixtureReport());
    expect(sha256(second)).toBe(sha256(first));
    expect(sha256(first)).toBe(sha256(zip));
  });

  it('does not depend on the machine time zone', async () => {
    const zoneBefore = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Ho_Chi_Minh';
      const hanoi = await renderDocx(fixtureReport());
      process.env.TZ = 'Pacific/Kiritimati';
      const kiritimati = await renderDocx(fixtureReport());
      expect(sha256(hanoi)).toBe(sha256(zip));
      expect(sha256(kiritimati)).toBe(sha256(zip));
    } finally {
      process.env.TZ = zoneBefore;
    }
  });

  it('stamps the document date, not the clock, into core.xml and the zip entries', () => {
    const core = xmlPart(parts, 'docProps/core.xml');
    expect(child(core, 'dcterms:created')?.children.join('')).toBe('2025-12-05T00:00:00Z');
    expect(child(core, 'dcterms:modified')?.children.join('')).toBe('2025-12-05T00:00:00Z');
    expect(child(core, 'dc:creator')?.children.join('')).toBe('Sở Khoa học và Công nghệ');
    expect(child(core, 'dc:title')?.children.join('')).toBe(
      'BÁO CÁO Kết quả thực hiện Kế hoạch số 1693/KH-UBND ngày 07/6/2023 của Ủy ban nhân dân tỉnh năm 2025',
    );
    const dosDate = ((2025 - 1980) << 9) | (12 << 5) | 5;
    const dosNoon = 12 << 11;
    for (const entry of zipEntries(zip)) expect({ name: entry.name, date: entry.date, time: entry.time }).toEqual({ name: entry.name, date: dosDate, time: dosNoon });
  });

  it('leaves no random ids, revision ids or Word numbering in the parts', () => {
    const all = Object.entries(parts)
      .filter(([name]) => name.endsWith('.xml'))
      .map(([, bytes]) => strFromU8(bytes))
      .join('\n');
    expect(all).not.toMatch(/w:rsid/);
    expect(all).not.toMatch(/w14:paraId|w14:textId|w:nsid/);
    expect(strFromU8(parts['word/document.xml'] as Uint8Array)).not.toMatch(/<w:numPr>/);
  });

  it('writes hostile core properties safely', async () => {
    const hostileTitle = await renderDocx(fixtureReport({ coreProperties: { title: 'A & <b> \u0000\u000b{{x}}', creator: 'B\u200b' } }));
    const core = xmlPart(unzipSync(hostileTitle), 'docProps/core.xml');
    expect(child(core, 'dc:title')?.children.join('')).toBe('A & <b> \n{{x}}');
    expect(child(core, 'dc:creator')?.children.join('')).toBe('B');
  });
});

describe('page layout', () => {
  it('is A4 portrait with margins 20/20/30/15 mm by default', () => {
    const first = sections[0]?.properties as XmlElement;
    expect(child(first, 'w:pgSz')?.attributes).toMatchObject({ 'w:w': '11906', 'w:h': '16838', 'w:orient': 'portrait' });
    expect(child(first, 'w:pgMar')?.attributes).toMatchObject({ 'w:top': '1134', 'w:bottom': '1134', 'w:left': '1701', 'w:right': '851' });
  });

  it('takes the margins from the layout settings', async () => {
    const custom = xmlPart(
      unzipSync(await renderDocx(fixtureReport({ layout: { marginTopMm: 25, marginBottomMm: 25, marginLeftMm: 35, marginRightMm: 20 } }))),
      'word/document.xml',
    );
    const first = sectionsOf(custom)[0]?.properties as XmlElement;
    expect(child(first, 'w:pgMar')?.attributes).toMatchObject({ 'w:top': '1418', 'w:bottom': '1418', 'w:left': '1985', 'w:right': '1134' });
  });

  it('rejects margins that are not lengths', async () => {
    await expect(renderDocx(fixtureReport({ layout: { marginLeftMm: Number.NaN } }))).rejects.toThrow(/marginLeftMm/);
  });

  it('sets Times New Roman 14 pt black as the default of every run, and no run names another font', () => {
    const styles = xmlPart(parts, 'word/styles.xml');
    const defaults = path(styles, 'w:docDefaults', 'w:rPrDefault', 'w:rPr');
    expect(child(defaults, 'w:rFonts')?.attributes).toMatchObject({
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman',
      'w:cs': 'Times New Roman',
      'w:eastAsia': 'Times New Roman',
    });
    expect(attr(child(defaults, 'w:sz'), 'w:val')).toBe('28');
    expect(attr(child(defaults, 'w:color'), 'w:val')).toBe('000000');
    for (const name of Object.keys(parts).filter((n) => /^word\/(document|header\d+|styles)\.xml$/.test(n))) {
      for (const fonts of descendants(xmlPart(parts, name), 'w:rFonts')) {
        expect(Object.values(fonts.attributes).every((font) => font === 'Times New Roman'), name).toBe(true);
      }
      for (const color of descendants(xmlPart(parts, name), 'w:color').filter((c) => c !== child(defaults, 'w:color'))) {
        // Only the unused built-in styles (hyperlink, caption) keep their colours; used ones are black.
        expect(name === 'word/styles.xml' || attr(color, 'w:val') === '000000', name).toBe(true);
      }
    }
    const headingStyles = descendants(styles, 'w:style').filter((s) => /^Heading[1-6]$/.test(attr(s, 'w:styleId') ?? ''));
    expect(headingStyles).toHaveLength(6);
    for (const style of headingStyles) expect(attr(path(style, 'w:rPr', 'w:color'), 'w:val')).toBe('000000');
  });

  it('does not stretch justified lines that end in a line break', () => {
    expect(path(xmlPart(parts, 'word/settings.xml'), 'w:compat', 'w:doNotExpandShiftReturn')).toBeDefined();
  });
});

describe('first-page heading', () => {
  const headingTable = () => sections[0]?.blocks[0] as XmlElement;
  const cellParagraphs = (row: number, column: number) =>
    childElements(childElements(childElements(headingTable(), 'w:tr')[row] as XmlElement, 'w:tc')[column] as XmlElement, 'w:p');

  it('is a borderless two-column table, the right column wide enough for the national name', () => {
    expect(headingTable().name).toBe('w:tbl');
    const borders = childElements(path(headingTable(), 'w:tblPr', 'w:tblBorders') as XmlElement);
    expect(borders.map((b) => attr(b, 'w:val'))).toEqual(['none', 'none', 'none', 'none', 'none', 'none']);
    const grid = childElements(path(headingTable(), 'w:tblGrid') as XmlElement, 'w:gridCol').map((g) => Number(attr(g, 'w:w')));
    expect(grid).toHaveLength(2);
    expect(grid[0]).toBeGreaterThanOrEqual(3400); // ~6 cm and more
    expect(grid[1]).toBeGreaterThanOrEqual(5557); // ≥ 9.8 cm
    // Inside the margins: never wider than the text, never pulled into the left margin.
    const textWidth = 11906 - 1701 - 851;
    expect(grid[0]! + grid[1]!).toBeLessThanOrEqual(textWidth);
    expect(path(headingTable(), 'w:tblPr', 'w:tblInd')).toBeUndefined();
    expect(attr(path(headingTable(), 'w:tblPr', 'w:tblLayout'), 'w:type')).toBe('fixed');
  });

  it('puts the parent authority (13 pt) and the issuing body (bold, 12 pt where 13 would break it) on the left, with a short rule', () => {
    const [parent, body, rule] = cellParagraphs(0, 0) as [XmlElement, XmlElement, XmlElement];
    expect(runsOf(parent)).toEqual([{ text: 'UBND TỈNH KON TUM', bold: false, italic: false, size: 26 }]);
    // 7.0 cm at 13 pt in a 6.7-cm column: the decree's 12 pt keeps it on one line.
    expect(runsOf(body)).toEqual([{ text: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', bold: true, italic: false, size: 24 }]);
    for (const p of [parent, body]) expect(attr(path(p, 'w:pPr', 'w:jc'), 'w:val')).toBe('center');
    expect(textOf(rule)).toBe('');
    expect(attr(path(rule, 'w:pPr', 'w:pBdr', 'w:bottom'), 'w:val')).toBe('single');
    // One third to one half of the issuing body's width: the indents leave 2–4 cm of the 7.1-cm cell.
    const indent = path(rule, 'w:pPr', 'w:ind');
    const ruleLength = 4253 - 216 - Number(attr(indent, 'w:left')) - Number(attr(indent, 'w:right'));
    expect(ruleLength).toBeGreaterThanOrEqual(1134);
    expect(ruleLength).toBeLessThanOrEqual(2268);
  });

  it('keeps 13 pt for an issuing body that fits, and for one too long for a line even at 12 pt', () => {
    const left = 9354 - 5557;
    expect(issuingBodySize('SỞ Y TẾ', left)).toBe(26);
    expect(issuingBodySize('SỞ KHOA HỌC VÀ CÔNG NGHỆ', left)).toBe(24);
    expect(issuingBodySize('BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP VÀ KHU KINH TẾ TỈNH', left)).toBe(26);
    // A wider left column (narrower margins) takes the name at 13 pt.
    expect(issuingBodySize('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 4400)).toBe(26);
  });

  it('puts the national name (13 pt bold) and the motto (14 pt bold) on the right, with a rule as long as the motto', () => {
    const [name, motto, rule] = cellParagraphs(0, 1) as [XmlElement, XmlElement, XmlElement];
    expect(runsOf(name)).toEqual([{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, italic: false, size: 26 }]);
    expect(runsOf(motto)).toEqual([{ text: 'Độc lập - Tự do - Hạnh phúc', bold: true, italic: false, size: 28 }]);
    const indent = path(rule, 'w:pPr', 'w:ind');
    const ruleLength = 5670 - 216 - Number(attr(indent, 'w:left')) - Number(attr(indent, 'w:right'));
    expect(ruleLength).toBeGreaterThanOrEqual(3100); // about 6 cm
    expect(ruleLength).toBeLessThanOrEqual(3900);
  });

  it('puts "Số" (13 pt) and the place and date (14 pt italic) on the second row', () => {
    expect(runsOf(cellParagraphs(1, 0)[0] as XmlElement)).toEqual([{ text: 'Số: 125/BC-SKHCN', bold: false, italic: false, size: 26 }]);
    expect(runsOf(cellParagraphs(1, 1)[0] as XmlElement)).toEqual([
      { text: 'Kon Tum, ngày 05 tháng 12 năm 2025', bold: false, italic: true, size: 28 },
    ]);
  });

  it('keeps the blank "Số" of an unnumbered draft', async () => {
    const draft = xmlPart(unzipSync(await renderDocx(fixtureReport({ number: '      /BC-SKHCN' }))), 'word/document.xml');
    expect(paragraphs(draft).map(textOf)).toContain('Số:       /BC-SKHCN');
  });

  it('follows with the title and summary, bold and centred, and a short rule', () => {
    const [title, summary, rule] = sections[0]?.blocks.slice(1, 4) as [XmlElement, XmlElement, XmlElement];
    expect(runsOf(title)).toEqual([{ text: 'BÁO CÁO', bold: true, italic: false, size: 28 }]);
    expect(runsOf(summary)).toEqual([
      {
        text: 'Kết quả thực hiện Kế hoạch số 1693/KH-UBND ngày 07/6/2023 của Ủy ban nhân dân tỉnh năm 2025',
        bold: true,
        italic: false,
        size: 28,
      },
    ]);
    for (const p of [title, summary, rule]) expect(attr(path(p, 'w:pPr', 'w:jc'), 'w:val')).toBe('center');
    expect(attr(path(rule, 'w:pPr', 'w:pBdr', 'w:bottom'), 'w:val')).toBe('single');
  });
});

describe('page numbers', () => {
  it('shows none on the first page: titlePage with an empty first-page header', () => {
    const first = sections[0]?.properties as XmlElement;
    expect(child(first, 'w:titlePg')).toBeDefined();
    const firstHeader = headerPart(parts, document, first, 'first');
    expect(textOf(firstHeader)).toBe('');
    expect(descendants(firstHeader, 'w:instrText')).toHaveLength(0);
  });

  it('centres a 14-pt PAGE field in the header of every other page, in every section', () => {
    expect(sections.length).toBeGreaterThan(1);
    for (const section of sections) {
      const header = headerPart(parts, document, section.properties, 'default');
      const [p] = paragraphs(header);
      expect(attr(path(p, 'w:pPr', 'w:jc'), 'w:val')).toBe('center');
      expect(descendants(header, 'w:instrText').map((i) => i.children.join('').trim())).toEqual(['PAGE']);
      expect(descendants(header, 'w:fldChar').map((f) => attr(f, 'w:fldCharType'))).toEqual(['begin', 'separate', 'end']);
      for (const size of descendants(header, 'w:sz')) expect(attr(size, 'w:val')).toBe('28');
    }
  });
});

describe('body', () => {
  it('sets paragraphs in 14 pt, justified, 1-cm first-line indent, 6 pt before, at least 18 pt lines', () => {
    const p = paragraphStartingWith(document, 'Thực hiện Kế hoạch số 1693');
    expect(attr(path(p, 'w:pPr', 'w:jc'), 'w:val')).toBe('both');
    expect(attr(path(p, 'w:pPr', 'w:ind'), 'w:firstLine')).toBe('567');
    expect(path(p, 'w:pPr', 'w:spacing')?.attributes).toMatchObject({ 'w:before': '120', 'w:line': '360', 'w:lineRule': 'atLeast' });
    expect(runsOf(p).every((r) => r.size === 28 && !r.bold && !r.italic)).toBe(true);
  });

  it('maps # to bold part headings, ## to bold items and ###/#### to italic sub-items', () => {
    const look = (start: string) => {
      const p = paragraphStartingWith(document, start);
      return {
        style: attr(path(p, 'w:pPr', 'w:pStyle'), 'w:val'),
        indent: attr(path(p, 'w:pPr', 'w:ind'), 'w:firstLine'),
        runs: runsOf(p).map(({ bold, italic, size }) => ({ bold, italic, size })),
      };
    };
    expect(look('I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN')).toEqual({ style: 'Heading1', indent: '567', runs: [{ bold: true, italic: false, size: 28 }] });
    expect(look('1. Công tác tuyên truyền')).toEqual({ style: 'Heading2', indent: '567', runs: [{ bold: true, italic: false, size: 28 }] });
    expect(look('a) Lĩnh vực Y - dược')).toEqual({ style: 'Heading3', indent: '567', runs: [{ bold: false, italic: true, size: 28 }] });
    expect(look('Đơn vị báo cáo nguyên văn').runs).toEqual([{ bold: false, italic: true, size: 28 }]);
  });

  it('writes list items as body paragraphs that start with a dash or their number, nested ones indented', () => {
    const texts = paragraphs(document).map(textOf);
    expect(texts).toContain('- Ứng dụng công nghệ sinh học trong chẩn đoán và điều trị:');
    expect(texts).toContain('- Danh sách dùng dấu sao vẫn in gạch đầu dòng.');
    // A list written with "+" is a second-level list at the same indent.
    expect(texts).toContain('+ Danh sách dùng dấu cộng là mục cấp hai, in dấu cộng.');
    expect(path(paragraphStartingWith(document, '+ Danh sách dùng dấu cộng'), 'w:pPr', 'w:ind')?.attributes).toMatchObject({ 'w:left': '0', 'w:firstLine': '567' });
    expect(texts).toContain('1. Mục thứ nhất có đánh số;');
    expect(texts).toContain('2. Mục thứ hai có đánh số.');
    const outer = paragraphStartingWith(document, '- Ứng dụng công nghệ sinh học');
    // A second-level item starts with "+", as Vietnamese documents write it.
    const nested = paragraphStartingWith(document, '+ Bệnh viện Đa khoa tỉnh');
    expect(path(outer, 'w:pPr', 'w:ind')?.attributes).toMatchObject({ 'w:left': '0', 'w:firstLine': '567' });
    expect(path(nested, 'w:pPr', 'w:ind')?.attributes).toMatchObject({ 'w:left': '567', 'w:firstLine': '567' });
    expect(descendants(document, 'w:numPr')).toHaveLength(0);
  });

  it('renders bold, italic, both, code spans, hard breaks and <br>; other HTML as written', () => {
    const p = paragraphStartingWith(document, 'Các sở, ban ngành');
    const runs = runsOf(p);
    expect(runs.find((r) => r.text === '12 hội nghị')).toMatchObject({ bold: true, italic: false });
    expect(runs.find((r) => r.text === 'hơn 900 lượt')).toMatchObject({ bold: false, italic: true });
    expect(runs.find((r) => r.text === '3 hội nghị')).toMatchObject({ bold: true, italic: true });
    expect(textOf(p)).toContain('Mã nhiệm vụ NV-01* được ghi nguyên văn. Câu này nối tiếp');
    expect(textOf(paragraphStartingWith(document, 'Dòng thứ nhất'))).toBe(
      'Dòng thứ nhất kết thúc bằng ngắt dòng cứng\ndòng thứ hai sau dấu gạch chéo ngược,\n' +
        'dòng thứ ba sau hai dấu cách\ndòng thứ tư sau thẻ br, và thẻ <span>span</span> được in nguyên văn.',
    );
  });

  it('ignores ordinary HTML comments and prints nothing for a thematic break', () => {
    const all = paragraphs(document).map(textOf).join('\n');
    expect(all).not.toContain('Fixture body');
    expect(paragraphs(document).map(textOf)).not.toContain('---');
    expect(all).not.toMatch(/kt-bio/);
    expect(all).toContain('Đoạn sau đường kẻ ngang vẫn là nội dung bình thường.');
  });

  it('starts a new page at <!-- kt-bio:page-break -->', () => {
    const p = paragraphStartingWith(document, 'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ');
    expect(path(p, 'w:pPr', 'w:pageBreakBefore')).toBeDefined();
  });

  it('prints hostile unit text verbatim, minus the control characters, in a paragraph, a list item and a table cell', () => {
    const expected = HOSTILE_PRINTED;
    expect(textOf(paragraphStartingWith(document, '1. Ký tự lạ'))).toBe(expected);
    expect(textOf(paragraphStartingWith(document, '- Ý kiến của đơn vị: '))).toBe(`- Ý kiến của đơn vị: ${expected}`);
    expect(textOf(paragraphStartingWith(document, '1. Ký tự lạ'))).not.toMatch(/[\u0000\u000b\u000c\u200b]/);
    const cell = descendants(document, 'w:tc').find((tc) => textOf(tc).startsWith('1. Ký tự lạ'));
    expect(cell && textOf(cell)).toBe(expected);
  });
});

describe('tables', () => {
  const resultsTable = () => descendants(document, 'w:tbl').find((t) => textOf(t).includes('Đơn vị chủ trì')) as XmlElement;

  it('spans the text width with a fixed layout and single black borders', () => {
    const table = resultsTable();
    expect(path(table, 'w:tblPr', 'w:tblW')?.attributes).toMatchObject({ 'w:w': '9354', 'w:type': 'dxa' });
    expect(attr(path(table, 'w:tblPr', 'w:tblLayout'), 'w:type')).toBe('fixed');
    const grid = childElements(child(table, 'w:tblGrid') as XmlElement).map((g) => Number(attr(g, 'w:w')));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(9354);
    for (const border of childElements(path(table, 'w:tblPr', 'w:tblBorders') as XmlElement)) {
      expect(border.attributes).toMatchObject({ 'w:val': 'single', 'w:color': '000000' });
    }
  });

  it('repeats a bold, centred header row on every page', () => {
    const [header, ...rows] = childElements(resultsTable(), 'w:tr');
    expect(path(header, 'w:trPr', 'w:tblHeader')).toBeDefined();
    for (const row of rows) expect(path(row, 'w:trPr', 'w:tblHeader')).toBeUndefined();
    for (const p of descendants(header as XmlElement, 'w:p')) {
      expect(attr(path(p, 'w:pPr', 'w:jc'), 'w:val')).toBe('center');
      expect(runsOf(p).every((r) => r.bold && r.size === 22)).toBe(true);
    }
  });

  it('sets cells in 11 pt with numbers as written and the column alignment of the Markdown', () => {
    const [, first, second] = childElements(resultsTable(), 'w:tr') as XmlElement[];
    const cells = (row: XmlElement | undefined) => childElements(row as XmlElement, 'w:tc');
    expect(cells(second).map(textOf)).toEqual(['2', 'Ứng dụng công nghệ sinh học trong sản xuất giống cây trồng', 'Sở Nông nghiệp và Môi trường', '1.250,5 ha']);
    const alignments = cells(first).map((c) => attr(path(child(c, 'w:p'), 'w:pPr', 'w:jc'), 'w:val'));
    expect(alignments).toEqual(['center', 'left', 'left', 'right']);
    for (const run of cells(first).flatMap((c) => runsOf(c))) expect(run).toMatchObject({ size: 22, bold: false });
  });

  it('sizes columns to their text: short columns keep their line, long ones take the rest', () => {
    const widths = columnWidths(['STT', 'Nhiệm vụ', 'Kết quả'], [['1', 'Một nhiệm vụ có tên rất dài cần nhiều chỗ hơn hẳn các cột khác trong bảng', '12 hội nghị']], 9354);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9354);
    expect(widths[0]).toBeGreaterThanOrEqual(680);
    expect(widths[2]).toBeGreaterThanOrEqual(11 * 110 + 216);
    expect(widths[1]).toBeGreaterThan((widths[0] ?? 0) + (widths[2] ?? 0));
    // More minimum than room: every column shrinks in proportion, the total still holds.
    const crowded = columnWidths(Array.from({ length: 20 }, () => 'Tiêu-đề-dài'), [], 9354);
    expect(crowded.reduce((a, b) => a + b, 0)).toBe(9354);
  });

  it('weighs columns by their typical cell: a short-titled column of long names beats a mostly empty notes column', () => {
    const names = ['Ủy ban nhân dân huyện Kon Plông', 'Sở Nông nghiệp và Phát triển nông thôn', 'Ủy ban nhân dân huyện Sa Thầy', 'Sở Giáo dục và Đào tạo'];
    const note = 'Thay thế báo cáo số 245/BC-SYT ngày 15/11/2024 vì số liệu xét nghiệm được đính chính';
    const rows = Array.from({ length: 12 }, (_, i) => [String(i + 1), names[i % names.length] ?? '', i === 5 ? note : '']);
    const widths = (total: number) => columnWidths(['STT', 'Đơn vị', 'Ghi chú'], rows, total) as [number, number, number];
    // Room for every name on one line (38 characters): the names get it, the one note takes what is left.
    const [stt] = widths(9354);
    // "STT" in bold never breaks: its column is at least its width (a word is never split).
    expect(stt).toBeGreaterThanOrEqual(Math.ceil(estimateTextWidth('STT', 22, true) * 1.15) + 216);
    expect(widths(9354)).toEqual([stt, 38 * 110 + 216, 9354 - stt - (38 * 110 + 216)]);
    // Less room: the notes column keeps its longest word ("15/11/2024") and the names take the rest.
    const [, , notes4000] = widths(4000);
    expect(widths(4000)).toEqual([stt, 4000 - stt - notes4000, notes4000]);
    for (const total of [4000, 6000, 9354]) {
      const [stt, unit, notes] = widths(total);
      expect(stt + unit + notes).toBe(total);
      // Words never break, whatever the room ("Ghi chú" over an empty column is not "Ghi/chú").
      expect(notes).toBeGreaterThanOrEqual(Math.ceil(estimateTextWidth('245/BC-SYT', 22, false) * 1.15) + 216);
      if (total >= 6000) expect(unit, `at ${total}`).toBeGreaterThan(notes);
    }
  });

  it('takes the median cell, not the longest, and discounts a column by its share of empty cells', () => {
    // The header (3 characters) counts half among 2, 4 and 6: the median is 4, and one very long cell does not move it.
    expect(typicalLength('Tên', ['aaaa', 'bbbbbb', 'cc'])).toBe(4);
    expect(typicalLength('Tên', ['aaaa', 'bbbbbb', 'cc', 'x'.repeat(200)])).toBe(4);
    expect(typicalLength('Tên đơn vị dài', ['ab'])).toBe(2);
    // One 40-character note in four rows: its length, times one quarter.
    expect(typicalLength('Ghi chú', ['', '', '', 'x'.repeat(40)])).toBe(10);
    expect(typicalLength('Ghi chú', ['', ''])).toBe(0);
    expect(typicalLength('Tổng số', [])).toBe(7);
  });

  it('never splits a row across pages, the header row included', () => {
    const rows = childElements(resultsTable(), 'w:tr');
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(path(row, 'w:trPr', 'w:cantSplit')).toBeDefined();
  });
});

describe('the widths directive', () => {
  const grids = async (body: string) => {
    const rendered = xmlPart(unzipSync(await renderDocx(fixtureReport({ body }))), 'word/document.xml');
    // The heading table first, the closing last.
    return descendants(rendered, 'w:tbl').slice(1, -1).map((t) => descendants(t, 'w:gridCol').map((c) => Number(attr(c, 'w:w'))));
  };
  const table = '| STT | Cơ quan, đơn vị | Số báo cáo |\n|---|---|---|\n| 1 | Sở Y tế | 377/BC-SLĐTBXH |\n';

  it('gives the next table its columns in the proportions written, never narrower than a word, and only that table', async () => {
    const [given, automatic] = await grids(`<!-- kt-bio:widths 5 60 30 -->\n\n${table}\nGiữa hai bảng.\n\n${table}`);
    // 9354 twips of text width: 5% would split "STT" in bold, so it takes its word's width and the others share the rest 60:30.
    const stt = Math.ceil(estimateTextWidth('STT', 22, true) * 1.15) + 216;
    expect(given?.[0]).toBe(stt);
    expect(given?.reduce((a, b) => a + b, 0)).toBe(9354);
    expect(Math.abs((given?.[1] ?? 0) - 2 * (given?.[2] ?? 0))).toBeLessThanOrEqual(2);
    expect(automatic).toEqual(columnWidths(['STT', 'Cơ quan, đơn vị', 'Số báo cáo'], [['1', 'Sở Y tế', '377/BC-SLĐTBXH']], 9354));
    expect(automatic).not.toEqual(given);
  });

  it('is an error when its count differs from the table\'s columns, or a width is not a positive number', async () => {
    await expect(renderDocx(fixtureReport({ body: `<!-- kt-bio:widths 1 2 -->\n\n${table}` }))).rejects.toThrow(/2 widths to a table of 3 columns/);
    await expect(renderDocx(fixtureReport({ body: `<!-- kt-bio:widths 1 x 2 -->\n\n${table}` }))).rejects.toThrow(/positive number/);
    await expect(renderDocx(fixtureReport({ body: `<!-- kt-bio:center 2 -->\n\nA` }))).rejects.toThrow(/Unknown layout directive/);
  });
});

describe('tables side by side', () => {
  it('keeps a paragraph between consecutive tables (Word would merge them) and ends the document on a paragraph', async () => {
    const body = '| A | B |\n|---|---|\n| 1 | 2 |\n\n| C | D |\n|---|---|\n| 3 | 4 |\n';
    const rendered = xmlPart(unzipSync(await renderDocx(fixtureReport({ body }))), 'word/document.xml');
    const blocks = childElements(child(rendered, 'w:body') as XmlElement).filter((b) => b.name !== 'w:sectPr');
    blocks.forEach((block, i) => {
      if (block.name === 'w:tbl') expect(blocks[i + 1]?.name, `block ${i}`).toBe('w:p');
    });
    expect(descendants(rendered, 'w:tbl')).toHaveLength(4); // heading, two data tables, closing
  });
});

describe('sections', () => {
  it('puts <!-- kt-bio:landscape --> content in an A4 landscape section and returns to portrait', () => {
    expect(sections).toHaveLength(3);
    const [portrait, landscape, back] = sections as [Section, Section, Section];
    expect(child(portrait.properties, 'w:pgSz')?.attributes).toMatchObject({ 'w:orient': 'portrait' });
    expect(child(landscape.properties, 'w:pgSz')?.attributes).toMatchObject({ 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' });
    // The binding margin (left on portrait pages) is at the top of a landscape page.
    expect(child(landscape.properties, 'w:pgMar')?.attributes).toMatchObject({ 'w:top': '1701', 'w:bottom': '851', 'w:left': '1134', 'w:right': '1134' });
    expect(child(landscape.properties, 'w:titlePg')).toBeUndefined();
    expect(landscape.blocks.map(textOf).join('\n')).toContain('PHỤ LỤC');
    const wideTable = landscape.blocks.find((b) => b.name === 'w:tbl') as XmlElement;
    expect(attr(path(wideTable, 'w:tblPr', 'w:tblW'), 'w:w')).toBe(String(16838 - 1134 - 1134));
    expect(child(back.properties, 'w:pgSz')?.attributes).toMatchObject({ 'w:w': '11906', 'w:h': '16838', 'w:orient': 'portrait' });
    expect(back.blocks.map(textOf).join('\n')).toContain('Phụ lục kết thúc');
  });
});

describe('closing', () => {
  const closingTable = () => descendants(document, 'w:tbl').find((t) => textOf(t).startsWith('Nơi nhận:')) as XmlElement;

  it('is a borderless two-column table placed at <!-- kt-bio:closing -->, before the appendix', () => {
    expect(sections[0]?.blocks).toContain(closingTable());
    const borders = childElements(path(closingTable(), 'w:tblPr', 'w:tblBorders') as XmlElement);
    expect(borders.every((b) => attr(b, 'w:val') === 'none')).toBe(true);
    expect(childElements(closingTable(), 'w:tr')).toHaveLength(1);
    expect(path(closingTable(), 'w:tr', 'w:trPr', 'w:cantSplit')).toBeDefined();
  });

  it('lists the recipients under a 12-pt bold italic "Nơi nhận:" in 11 pt', () => {
    const [left] = descendants(closingTable(), 'w:tc') as [XmlElement];
    const [heading, ...recipients] = childElements(left, 'w:p');
    expect(runsOf(heading as XmlElement)).toEqual([{ text: 'Nơi nhận:', bold: true, italic: true, size: 24 }]);
    expect(recipients.map(textOf)).toEqual(['- Ủy ban nhân dân tỉnh (b/c);', '- Các sở, ban, ngành thuộc tỉnh;', '- Lưu: VT, QLCN.']);
    for (const p of recipients) expect(runsOf(p).every((r) => r.size === 22 && !r.bold)).toBe(true);
  });

  it('signs with the authority in 14-pt bold capitals, room for the seal, and the name in 14-pt bold', () => {
    const [, right] = descendants(closingTable(), 'w:tc') as [XmlElement, XmlElement];
    const lines = childElements(right, 'w:p');
    expect(lines.map(textOf)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', '', '', 'Nguyễn Văn An']);
    for (const p of lines.filter((l) => textOf(l) !== '')) {
      expect(runsOf(p)).toEqual([{ text: textOf(p), bold: true, italic: false, size: 28 }]);
      expect(attr(path(p, 'w:pPr', 'w:jc'), 'w:val')).toBe('center');
    }
  });

  it('keeps the paragraph before it on its page, so the signature never stands alone', async () => {
    const plain = xmlPart(unzipSync(await renderDocx(fixtureReport({ body: 'Đoạn thứ nhất.\n\nĐoạn cuối cùng.' }))), 'word/document.xml');
    const [only] = sectionsOf(plain) as [Section];
    const closing = only.blocks.findIndex((b) => b.name === 'w:tbl' && textOf(b).startsWith('Nơi nhận:'));
    const before = only.blocks[closing - 1] as XmlElement;
    expect(textOf(before)).toBe('Đoạn cuối cùng.');
    expect(path(before, 'w:pPr', 'w:keepNext')).toBeDefined();
    expect(path(paragraphStartingWith(plain, 'Đoạn thứ nhất.'), 'w:pPr', 'w:keepNext')).toBeUndefined();
  });

  it('goes at the end of the body when the body does not place it', async () => {
    const plain = xmlPart(unzipSync(await renderDocx(fixtureReport({ body: 'Nội dung báo cáo.' }))), 'word/document.xml');
    const [only] = sectionsOf(plain) as [Section];
    const last = only.blocks.filter((b) => b.name === 'w:tbl').at(-1) as XmlElement;
    expect(textOf(last)).toMatch(/^Nơi nhận:/);
    expect(only.blocks.indexOf(last)).toBeGreaterThan(only.blocks.indexOf(paragraphStartingWith(plain, 'Nội dung báo cáo.')));
  });
});

describe('layout directives', () => {
  it('rejects an unknown kt-bio directive rather than ignoring a typo', async () => {
    await expect(renderDocx(fixtureReport({ body: 'A\n\n<!-- kt-bio:landscap -->\n\nB' }))).rejects.toThrow(/Unknown layout directive.*kt-bio:landscap/);
  });

  it('rejects a directive that does not stand on its own line', async () => {
    await expect(renderDocx(fixtureReport({ body: 'A <!-- kt-bio:page-break --> B' }))).rejects.toThrow(/own line/);
  });
});

describe('escapeMarkdown', () => {
  const nasty = [
    '',
    ' leading and trailing spaces ',
    '\tTab first',
    '1. looks like a list',
    '2) so does this',
    '- dash',
    '+ plus',
    '* star',
    '> quote',
    '# hash',
    '---',
    '===',
    '***',
    '___',
    '```fence```',
    '~~~',
    '~~struck~~',
    '<b>bold</b> <!-- comment --> <br>',
    '&amp; &#9; &copy; & &&',
    '{{x}} {{{y}}} {{#each}}',
    'a\\b\\',
    '\\',
    'a|b|c',
    '| x |',
    '[link](http://x.vn) ![img](y.png) [ref]',
    'http://example.com/a_b_c www.kontum.gov.vn so@kontum.gov.vn',
    '    four-space indent',
    'line1\nline2\n\nline4\n',
    '\n',
    'CRLF\r\nline',
    'x  \ny',
    '👍 ờ Ở',
    'NBSP\u00a0at end\u00a0',
    '\u00a0nbsp first',
    'VT\u000bFF\u000c',
    '1.250,5 ha; 100%',
    '*emph* _u_ __strong__ `code`',
    'a\u2028b\u2029c',
    '\\n literal',
    '2025.',
    'x|',
  ];
  const normalised = (s: string) => s.replace(/\r\n?/g, '\n');

  it.each(nasty)('keeps %j literal in a paragraph', (text) => {
    const [token] = lexMarkdown(escapeMarkdown(text)) as (Tokens.Paragraph | undefined)[];
    expect(inlineText(token?.tokens ?? [])).toBe(normalised(text));
    expect(lexMarkdown(`Ý kiến: ${escapeMarkdown(text)}`).map((t) => t.type).filter((t) => t !== 'space')).toEqual(['paragraph']);
  });

  it.each(nasty)('keeps %j literal in a list item', (text) => {
    const [list] = lexMarkdown(`- Ý kiến: ${escapeMarkdown(text)}`) as unknown as [Tokens.List];
    expect(list.type).toBe('list');
    expect(list.items).toHaveLength(1);
    // The template's own space after "Ý kiến:" is trimmed by Markdown when the unit wrote nothing.
    expect(inlineText((list.items[0]?.tokens[0] as Tokens.Text | undefined)?.tokens ?? [])).toBe(`Ý kiến: ${normalised(text)}`.replace(/ $/, text === '' ? '' : ' '));
  });

  it.each(nasty)('keeps %j literal in a table cell', (text) => {
    const [table] = lexMarkdown(`| A | B |\n|---|---|\n| ${escapeMarkdownCell(text)} | x |`) as unknown as [Tokens.Table];
    expect(table.type).toBe('table');
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]?.map((cell) => inlineText(cell.tokens))).toEqual([normalised(text), 'x']);
  });

  it('escapes the sample from the brief', () => {
    expect(inlineText((lexMarkdown(escapeMarkdown(HOSTILE))[0] as Tokens.Paragraph).tokens)).toBe(HOSTILE);
  });
});

// The renderer's contract with the loader's sanitizer (which has its own tests): what it relies on.
describe('sanitizeForXml, as the renderer uses it', () => {
  it('turns VT and FF into line breaks and drops what XML 1.0 forbids or hides', () => {
    expect(sanitizeForXml('a\u000bb\u000cc')).toBe('a\nb\nc');
    expect(sanitizeForXml('a\u0000b\u0001c\u001fd\u200be\ufefff\ufffeg\uffffh')).toBe('abcdefgh');
    expect(sanitizeForXml('tab\tlf\ncr\r')).toBe('tab\tlf\ncr\r');
    expect(sanitizeForXml('lone \ud800 high, lone \udc00 low, pair 👍')).toBe('lone  high, lone  low, pair 👍');
    expect(sanitizeForXml('Sở Khoa học và Công nghệ')).toBe('Sở Khoa học và Công nghệ');
  });
});

describe('formatVietnameseDate', () => {
  it.each([
    [{ day: 5, month: 12, year: 2025 }, 'Kon Tum, ngày 05 tháng 12 năm 2025'],
    [{ day: 29, month: 6, year: 2019 }, 'Kon Tum, ngày 29 tháng 6 năm 2019'],
    [{ day: 7, month: 1, year: 2024 }, 'Kon Tum, ngày 07 tháng 01 năm 2024'],
    [{ day: 28, month: 2, year: 2026 }, 'Kon Tum, ngày 28 tháng 02 năm 2026'],
    [{ day: 1, month: 3, year: 2025 }, 'Kon Tum, ngày 01 tháng 3 năm 2025'],
    [{ day: 10, month: 10, year: 2025 }, 'Kon Tum, ngày 10 tháng 10 năm 2025'],
  ])('formats %j', (date, expected) => {
    expect(formatVietnameseDate('Kon Tum', date)).toBe(expected);
  });

  it('rejects dates that do not exist', () => {
    expect(() => formatVietnameseDate('Kon Tum', { day: 29, month: 2, year: 2025 })).toThrow(RangeError);
    expect(() => formatVietnameseDate('Kon Tum', { day: 0, month: 1, year: 2025 })).toThrow(RangeError);
    expect(() => formatVietnameseDate('Kon Tum', { day: 1, month: 13, year: 2025 })).toThrow(RangeError);
    expect(formatVietnameseDate('Quảng Ngãi', { day: 29, month: 2, year: 2024 })).toBe('Quảng Ngãi, ngày 29 tháng 02 năm 2024');
  });
});
