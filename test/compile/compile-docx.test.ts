// kt-bio compile on a fixture year, read back from word/document.xml: the Decree 30 layout, the
// parts of the report in order, the appendix tables, totals that match the reports, and unit text
// that prints exactly as written.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kt, REPO } from '../helpers/cli.js';
import { attr, child, childElements, descendants, parseXml, path as xmlPath, type XmlElement } from '../helpers/xml.js';
import { blocks, openDocx, runsOf, sections, tableCells, textOf, type OpenedDocx } from '../helpers/docx.js';
import { strFromU8 } from 'fflate';

const REPORTS = path.join(REPO, 'test/fixtures/compile/reports');

/** The hostile text of so-khcn.yaml as it must print: VT and FF break the line, NUL and U+200B are gone. */
const HOSTILE_PRINTED = '1. Ký tự lạ: * _ | # <b>đậm</b> & &amp; {{x}} \\ \\* [a](b)\n- không phải gạch đầu dòng\n# không phải tiêu đề\n> trích\tTab\nVT\nFF\nNULZWhết';

let dir: string;
let docx: OpenedDocx;
let stderr: string;
let code: number;
let all: ReturnType<typeof blocks>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kt-bio-compile-'));
  const r = await kt(['compile', '--year', '2024', '--today', '2024-12-05', '--reports', REPORTS, '--number', '7', '-o', path.join(dir, 'bao-cao.docx')]);
  ({ code, stderr } = r);
  docx = openDocx(path.join(dir, 'bao-cao.docx'));
  all = blocks(docx.body);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const paragraphs = () => all.filter((b) => b.kind === 'p');
const tables = () => all.filter((b) => b.kind === 'tbl').map((b) => b.element);
const paragraphWith = (text: string): XmlElement => {
  const found = paragraphs().find((p) => p.text.includes(text));
  if (!found) throw new Error(`no paragraph with "${text}"`);
  return found.element;
};
/** The first table whose header row holds all of `headings`. */
const tableHeaded = (...headings: string[]): string[][] => {
  const t = tables().map(tableCells).find((rows) => headings.every((h) => rows[0]?.includes(h)));
  if (!t) throw new Error(`no table with the columns ${headings.join(', ')}`);
  return t;
};
const headerPart = (relationshipId: string): XmlElement => {
  const rels = docx.part('word/_rels/document.xml.rels');
  const target = childElements(rels, 'Relationship').find((r) => attr(r, 'Id') === relationshipId);
  if (!target) throw new Error(`no relationship ${relationshipId}`);
  return docx.part(`word/${attr(target, 'Target')}`);
};

describe('kt-bio compile, a fixture year with on-time, late, blank, invalid and missing reports', () => {
  it('writes the document and exits 1 because two files were left out', () => {
    expect(code).toBe(1);
    expect(stderr).toContain('so-congthuong.yaml:8:13');
    expect(stderr).toContain('[not-allowed-value]');
    expect(stderr).toContain('ubnd-dakha.yaml');
    expect(stderr).toContain('[report-blank]');
  });

  it('lays out A4 portrait pages with the decree margins, and landscape pages for wide appendices', () => {
    const [first, ...rest] = sections(docx.body);
    expect(attr(child(first, 'w:pgSz'), 'w:w')).toBe('11906');
    expect(attr(child(first, 'w:pgSz'), 'w:h')).toBe('16838');
    const margins = child(first, 'w:pgMar');
    expect([attr(margins, 'w:top'), attr(margins, 'w:bottom'), attr(margins, 'w:left'), attr(margins, 'w:right')]).toEqual(['1134', '1134', '1701', '851']);
    expect(rest.some((s) => attr(child(s, 'w:pgSz'), 'w:orient') === 'landscape')).toBe(true);
  });

  it('sets Times New Roman 14 pt, black, as the default of every run', () => {
    const defaults = xmlPath(docx.part('word/styles.xml'), 'w:docDefaults', 'w:rPrDefault', 'w:rPr');
    expect(attr(child(defaults, 'w:rFonts'), 'w:ascii')).toBe('Times New Roman');
    expect(attr(child(defaults, 'w:rFonts'), 'w:hAnsi')).toBe('Times New Roman');
    expect(attr(child(defaults, 'w:sz'), 'w:val')).toBe('28');
    expect(attr(child(defaults, 'w:color'), 'w:val')).toBe('000000');
    // No run names another font.
    expect(descendants(docx.body, 'w:rFonts').filter((f) => attr(f, 'w:ascii') !== 'Times New Roman')).toEqual([]);
  });

  it('heads page 1 with the Kon Tum issuer of a document dated 05/12/2024, the national name and the motto', () => {
    const heading = tables()[0]!;
    const cells = tableCells(heading);
    expect(cells[0]?.[0]).toBe('UBND TỈNH KON TUM\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n');
    expect(cells[0]?.[1]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n');
    expect(cells[1]?.[0]).toBe('Số: 07/BC-SKHCN');
    expect(cells[1]?.[1]).toBe('Kon Tum, ngày 05 tháng 12 năm 2024');
    const runs = runsOf(heading);
    const run = (text: string) => runs.find((r) => r.text === text);
    expect(run('UBND TỈNH KON TUM')).toMatchObject({ size: 26, bold: false });
    expect(run('SỞ KHOA HỌC VÀ CÔNG NGHỆ')).toMatchObject({ size: 26, bold: true });
    expect(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatchObject({ size: 26, bold: true });
    expect(run('Độc lập - Tự do - Hạnh phúc')).toMatchObject({ size: 28, bold: true });
    expect(run('Kon Tum, ngày 05 tháng 12 năm 2024')).toMatchObject({ size: 28, italic: true });
  });

  it('titles the report with the summary line from the settings', () => {
    const title = paragraphs().find((p) => p.text === 'BÁO CÁO');
    expect(title).toBeDefined();
    expect(runsOf(title!.element)[0]).toMatchObject({ size: 28, bold: true });
    const summary = paragraphs()[paragraphs().indexOf(title!) + 1]!;
    expect(summary.text).toBe('Kết quả thực hiện Kế hoạch số 1693/KH-UBND ngày 07/6/2023 của Ủy ban nhân dân tỉnh Kon Tum năm 2024');
  });

  it('numbers pages in the header, centred, from page 2 only', () => {
    const [first] = sections(docx.body);
    expect(child(first, 'w:titlePg')).toBeDefined();
    const refs = childElements(first!, 'w:headerReference');
    const byType = Object.fromEntries(refs.map((r) => [attr(r, 'w:type'), headerPart(attr(r, 'r:id')!)]));
    const pageField = (h: XmlElement) => descendants(h, 'w:instrText').some((i) => i.children.join('').includes('PAGE'));
    expect(pageField(byType.default!)).toBe(true);
    expect(attr(xmlPath(byType.default, 'w:p', 'w:pPr', 'w:jc'), 'w:val')).toBe('center');
    expect(pageField(byType.first!)).toBe(false);
    expect(textOf(byType.first!)).toBe('');
  });

  it('has the parts of a Sở KH&CN report in order, then the closing, then the appendices', () => {
    const order = [
      'Thực hiện Kế hoạch số 1693/KH-UBND ngày 07/6/2023 của Ủy ban nhân dân tỉnh Kon Tum về triển khai',
      'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ, GIẢI PHÁP',
      '1. Công tác tuyên truyền, phổ biến, quán triệt',
      'a) Quán triệt Nghị quyết số 36-NQ/TW',
      '3. Tập trung triển khai',
      'a) Về phát triển, ứng dụng công nghệ sinh học trên các ngành, lĩnh vực',
      'b) Xây dựng chính sách thu hút',
      '6. Kinh phí thực hiện',
      '7. Tổ chức thực hiện',
      'II. KINH PHÍ THỰC HIỆN',
      'III. ĐÁNH GIÁ CHUNG',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      'Nơi nhận:',
      'Phụ lục 1',
      'Phụ lục 2',
      'Phụ lục 3',
      'Phụ lục 4',
    ];
    const positions = order.map((text) => all.findIndex((b) => b.text.startsWith(text) || (b.kind === 'tbl' && b.text.includes(text))));
    expect(positions.every((p) => p >= 0), JSON.stringify(Object.fromEntries(order.map((t, i) => [t, positions[i]])))).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(paragraphWith('trên cơ sở báo cáo của 3/31 cơ quan, đơn vị')).toBeDefined();
  });

  it('closes with "Nơi nhận" and the signer of the settings', () => {
    const closing = tables().find((t) => textOf(t).startsWith('Nơi nhận:'))!;
    const [[recipients, signature]] = tableCells(closing) as [[string, string]];
    expect(recipients.split('\n')).toEqual(['Nơi nhận:', '- Ủy ban nhân dân tỉnh Kon Tum (b/c);', '- Bộ Khoa học và Công nghệ (b/c);', '- Các sở, ban, ngành, đơn vị thuộc tỉnh;', '- Giám đốc, các Phó Giám đốc Sở;', '- Lưu: VT, QLCN.']);
    expect(signature.split('\n').filter((l) => l !== '')).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn An']);
    const look = runsOf(closing);
    expect(look.find((r) => r.text === 'Nơi nhận:')).toMatchObject({ size: 24, bold: true, italic: true });
    expect(look.find((r) => r.text === 'Nguyễn Văn An')).toMatchObject({ size: 28, bold: true });
  });

  it('puts lead units first and marks late reports late', () => {
    const yd = paragraphs().findIndex((p) => p.text.startsWith('- Lĩnh vực Y - dược'));
    const lead = paragraphs().findIndex((p, i) => i > yd && p.text.includes('Sở Y tế (chủ trì)'));
    const cooperating = paragraphs().findIndex((p, i) => i > yd && p.text.includes('Sở Khoa học và Công nghệ (phối hợp), đang thực hiện'));
    expect(lead).toBeGreaterThan(yd);
    expect(cooperating).toBeGreaterThan(lead);
    expect(textOf(paragraphWith('Sở Nông nghiệp và Phát triển nông thôn (chủ trì): Nhân rộng'))).toContain('(báo cáo trễ hạn 5 ngày)');
    expect(paragraphWith('Chưa có cơ quan, đơn vị nào báo cáo kết quả thực hiện nhiệm vụ này (đơn vị được giao: Sở Công Thương')).toBeDefined();
  });

  it('adds up indicators of the same name and unit across units, whatever their case and spacing', () => {
    const line = textOf(paragraphWith('Chỉ tiêu: Số mẫu xét nghiệm PCR'));
    expect(line).toContain('Số mẫu xét nghiệm PCR: 1.250 mẫu (Sở Y tế: 1.000; Sở KH&CN: 250)');
    expect(line).toContain('Diện tích trồng dược liệu: 12,3 ha (Sở Y tế: 12,1; Sở KH&CN: 0,2)');
    const indicators = tableHeaded('Chỉ tiêu');
    expect(indicators.find((r) => r[2] === 'Số mẫu xét nghiệm PCR')).toEqual(['2', 'II.3.a.yd', 'Số mẫu xét nghiệm PCR', 'mẫu', '1.250', 'Sở Y tế: 1.000; Sở KH&CN: 250']);
    expect(indicators.find((r) => r[1] === 'II.3.a.nn')?.slice(2, 5)).toEqual(['Diện tích trồng dược liệu', 'ha', '7,75']);
  });

  it('totals the funding by source, per task and overall, in đồng written the Vietnamese way', () => {
    expect(textOf(paragraphWith('là 1.750.000.000 đồng, trong đó:'))).toContain('Tổng kinh phí các cơ quan, đơn vị báo cáo đã sử dụng');
    for (const line of [
      '- Ngân sách nhà nước (chi đầu tư phát triển): 1.250.000.000 đồng;',
      '- Ngân sách nhà nước (chi thường xuyên): 350.000.000 đồng;',
      '- Nguồn tài trợ, viện trợ: 100.000.000 đồng;',
      '- Nguồn huy động hợp pháp khác: 50.000.000 đồng.',
    ]) {
      expect(paragraphs().map((p) => p.text)).toContain(line);
    }
    const funding = tableHeaded('Tổng cộng');
    expect(funding[0]).toEqual(['STT', 'Nhiệm vụ', 'NSNN - đầu tư phát triển', 'NSNN - chi thường xuyên', 'Tài trợ, viện trợ', 'Nguồn hợp pháp khác', 'Tổng cộng']);
    expect(funding.slice(1)).toEqual([
      ['1', 'II.3.a.nn – Lĩnh vực Nông nghiệp và Phát triển nông thôn', '1.250.000.000', '0', '0', '0', '1.250.000.000'],
      ['2', 'II.3.a.yd – Lĩnh vực Y - dược', '0', '350.000.000', '100.000.000', '50.000.000', '500.000.000'],
      ['', 'Tổng cộng', '1.250.000.000', '350.000.000', '100.000.000', '50.000.000', '1.750.000.000'],
    ]);
  });

  it('lists every expected unit in appendix 1 with the verdict of kt-bio check, and the files left out', () => {
    const rows = tableHeaded('Tình trạng');
    expect(rows).toHaveLength(1 + 31);
    const row = (unit: string) => rows.find((r) => r[1] === unit);
    expect(row('Sở Y tế')?.slice(2, 4)).toEqual(['245/BC-SYT ngày 15/11/2024', 'Đúng hạn']);
    expect(row('Sở Khoa học và Công nghệ')?.slice(2, 4)).toEqual(['214/BC-SKHCN ngày 20/11/2024', 'Đúng hạn']);
    expect(row('Sở Nông nghiệp và Phát triển nông thôn')?.slice(2, 4)).toEqual(['512/BC-SNN ngày 25/11/2024', 'Trễ hạn 5 ngày']);
    expect(row('Ủy ban nhân dân huyện Đắk Hà')?.slice(3)).toEqual(['Gửi mẫu chưa điền nội dung', 'Tệp ubnd-dakha.yaml']);
    expect(row('Sở Công Thương')?.slice(3)).toEqual(['Báo cáo có lỗi, chưa tổng hợp', 'Tệp so-congthuong.yaml']);
    expect(rows.filter((r) => r[3] === 'Chưa gửi báo cáo')).toHaveLength(26);
    // The header row repeats on every page.
    const appendix = tables().find((t) => tableCells(t)[0]?.includes('Tình trạng'))!;
    expect(xmlPath(childElements(appendix, 'w:tr')[0], 'w:trPr', 'w:tblHeader')).toBeDefined();

    const leftOut = tableHeaded('Lý do');
    expect(leftOut.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['1', 'so-congthuong.yaml', 'Sở Công Thương'],
      ['2', 'ubnd-dakha.yaml', 'Ủy ban nhân dân huyện Đắk Hà'],
    ]);
    expect(leftOut[1]?.[3]).toMatch(/^Có lỗi \(dòng 8\): Giá trị "finished" không hợp lệ/);
  });

  it('shows task progress task × unit in appendix 2', () => {
    const progress = tableHeaded('Cơ quan, đơn vị', '15');
    const columns = progress[0]!;
    expect(columns.slice(0, 3)).toEqual(['STT', 'Cơ quan, đơn vị', '1']);
    expect(columns).toHaveLength(2 + 15);
    const ydColumn = 2 + 5; // II.3.a.yd is the 6th task of the plan
    const cell = (unit: string, column: number) => progress.find((r) => r[1] === unit)?.[column];
    expect(cell('Sở Y tế', ydColumn)).toBe('TX');
    expect(cell('Sở KH&CN', ydColumn)).toBe('ĐT');
    expect(cell('Sở Y tế', 2)).toBe('HT'); // II.1.a, completed
    expect(cell('Sở Công Thương', 2 + 4)).toBe('–'); // II.3.a.ct: no counted report
    expect(cell('Sở KH&CN', 2)).toBe('KN'); // II.1.a: holds it, its report says nothing
    expect(cell('Sở Y tế', 2 + 3)).toBe(''); // II.3.a.nn: not its task
  });

  it('prints unit text exactly as written, in paragraphs and in table cells', () => {
    // parseXml is strict: the part is well-formed XML with no forbidden characters.
    expect(() => parseXml(strFromU8(docx.parts['word/document.xml']!))).not.toThrow();
    const texts = paragraphs().map((p) => p.text);
    expect(texts.some((t) => t.endsWith(`Sở Khoa học và Công nghệ (phối hợp), đang thực hiện: ${HOSTILE_PRINTED}`))).toBe(true);
    expect(texts).toContain(`- Sở Khoa học và Công nghệ: ${HOSTILE_PRINTED}`);
    expect(texts).toContain('- **Không in đậm** | {{#each x}}{{/each}} <script>&lt;');
    expect(runsOf(paragraphWith('Không in đậm')).every((r) => !r.bold)).toBe(true);
    const indicators = tableHeaded('Chỉ tiêu');
    expect(indicators.find((r) => r[2] === 'Chỉ tiêu | có * và <i>thẻ</i>')?.slice(3, 5)).toEqual(['lần & {{y}}', '3']);
  });
});
