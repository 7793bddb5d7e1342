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
    // 12 pt, the decree's lower size, keeps the issuing body on one line in the 6.7-cm column.
    expect(run('SỞ KHOA HỌC VÀ CÔNG NGHỆ')).toMatchObject({ size: 24, bold: true });
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
      '1. Kết quả đạt được',
      '2. Tồn tại, hạn chế',
      '3. Nguyên nhân',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
      'Nơi nhận:',
      'PHỤ LỤC I',
      'PHỤ LỤC II',
      'PHỤ LỤC III',
      'PHỤ LỤC IV',
      'PHỤ LỤC V',
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

  it('opens each task with the data sentence, then the lead unit in full, then the other units', () => {
    const texts = paragraphs().map((p) => p.text);
    const yd = texts.findIndex((t) => t.startsWith('- Lĩnh vực Y - dược'));
    expect(texts[yd + 1]).toMatch(/^2\/12 đơn vị được giao đã báo cáo: 1 đang triển khai, 1 thực hiện thường xuyên\. Số liệu toàn tỉnh: số mẫu xét nghiệm PCR 1\.250 mẫu \(2 đơn vị\); diện tích trồng dược liệu 12,3 ha \(2 đơn vị\);/);
    // Under the task's title ("- Lĩnh vực Y - dược."), the units are second-level items.
    expect(texts[yd + 2]).toBe('+ Sở Y tế (chủ trì): Duy trì kỹ thuật real-time PCR tại Trung tâm Kiểm soát bệnh tật tỉnh.');
    // "Khó khăn, vướng mắc" is a paragraph of its own, never a line break inside the unit's paragraph.
    expect(texts[yd + 3]).toBe('Khó khăn, vướng mắc: Thiếu kỹ thuật viên sinh học phân tử.');
    expect(texts[yd + 4]).toMatch(/^\+ Sở Khoa học và Công nghệ: 1\. Ký tự lạ/);
    expect(descendants(paragraphWith('Duy trì kỹ thuật real-time PCR'), 'w:br')).toHaveLength(0);
    // Units that did not report are not listed under the task: only counted.
    expect(texts.some((t) => t.includes('Chưa có báo cáo về nhiệm vụ này của'))).toBe(false);
    expect(paragraphWith('Chưa có cơ quan, đơn vị nào báo cáo kết quả thực hiện nhiệm vụ này (12 đơn vị được giao).')).toBeDefined();
    // A task completed in an earlier year is one line.
    expect(texts).toContain('- Đã hoàn thành trong năm 2023: 1 đơn vị, xem Phụ lục V.');
  });

  it('adds up indicators of the same name and unit across units and tasks, whatever their case and spacing', () => {
    const indicators = tableHeaded('Chỉ tiêu', 'Tổng số toàn tỉnh');
    expect(indicators[0]).toEqual(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Tổng số toàn tỉnh', 'Số đơn vị báo cáo', 'Mục']);
    expect(indicators.find((r) => r[1] === 'Số mẫu xét nghiệm PCR')?.slice(2)).toEqual(['mẫu', '1.250', '2', '3.a']);
    // 12,1 + 0,2 under Y - dược and 7,75 under Nông nghiệp: one provincial total.
    expect(indicators.find((r) => r[1] === 'Diện tích trồng dược liệu')?.slice(2)).toEqual(['ha', '20,05', '3', '3.a']);
    // Each unit's own figure stays in the last appendix.
    const figures = tableHeaded('Cơ quan, đơn vị', 'Số liệu');
    expect(figures.find((r) => r[2] === 'Sở Y tế' && r[3] === 'Số mẫu xét nghiệm PCR')?.slice(4)).toEqual(['1.000', 'mẫu']);
  });

  it('totals the funding by source, per task and overall, in đồng written the Vietnamese way, with no nested brackets', () => {
    expect(textOf(paragraphWith('là 1.750.000.000 đồng, gồm:'))).toContain('Tổng kinh phí các cơ quan, đơn vị báo cáo đã sử dụng');
    for (const line of [
      '- Ngân sách nhà nước (chi đầu tư phát triển): 1.250.000.000 đồng;',
      '- Ngân sách nhà nước (chi thường xuyên): 350.000.000 đồng;',
      '- Nguồn tài trợ, viện trợ: 100.000.000 đồng;',
      '- Nguồn huy động hợp pháp khác: 50.000.000 đồng.',
    ]) {
      expect(paragraphs().map((p) => p.text)).toContain(line);
    }
    const perTask = textOf(paragraphWith('Kinh phí đã sử dụng 500.000.000 đồng'));
    expect(perTask).toContain('Kinh phí đã sử dụng 500.000.000 đồng, gồm: ngân sách nhà nước (chi thường xuyên) 350.000.000 đồng; nguồn tài trợ, viện trợ 100.000.000 đồng; nguồn huy động hợp pháp khác 50.000.000 đồng.');
    expect(perTask).not.toMatch(/\([^()]*\(/);
    const funding = tableHeaded('Tổng cộng');
    expect(funding[0]).toEqual(['STT', 'Nhiệm vụ (mục)', 'Ngân sách nhà nước (chi đầu tư phát triển)', 'Ngân sách nhà nước (chi thường xuyên)', 'Nguồn tài trợ, viện trợ', 'Nguồn huy động hợp pháp khác', 'Tổng cộng']);
    expect(funding.slice(1)).toEqual([
      ['1', 'Lĩnh vực Nông nghiệp và Phát triển nông thôn (3.a)', '1.250.000.000', '0', '0', '0', '1.250.000.000'],
      ['2', 'Lĩnh vực Y - dược (3.a)', '0', '350.000.000', '100.000.000', '50.000.000', '500.000.000'],
      ['', 'Tổng cộng', '1.250.000.000', '350.000.000', '100.000.000', '50.000.000', '1.750.000.000'],
    ]);
  });

  it('lists every expected unit once, in appendix I, in plain words: no file name, no parser text', () => {
    const rows = tableHeaded('Tình trạng');
    expect(rows[0]).toEqual(['STT', 'Cơ quan, đơn vị', 'Số báo cáo', 'Ngày', 'Tình trạng']);
    expect(rows).toHaveLength(1 + 31);
    const row = (unit: string) => rows.find((r) => r[1] === unit);
    expect(row('Sở Y tế')?.slice(2)).toEqual(['245/BC-SYT', '15/11/2024', 'Đúng hạn']);
    expect(row('Sở Nông nghiệp và Phát triển nông thôn')?.slice(2)).toEqual(['512/BC-SNN', '25/11/2024', 'Trễ hạn 5 ngày']);
    expect(row('Ủy ban nhân dân huyện Đắk Hà')?.[4]).toBe('Gửi mẫu chưa điền nội dung, chưa tổng hợp');
    expect(row('Sở Công Thương')?.[4]).toBe('Báo cáo chưa đúng mẫu, chưa tổng hợp');
    expect(rows.filter((r) => r[4] === 'Chưa gửi báo cáo')).toHaveLength(26);
    const appendix = tables().find((t) => tableCells(t)[0]?.includes('Tình trạng'))!;
    expect(xmlPath(childElements(appendix, 'w:tr')[0], 'w:trPr', 'w:tblHeader')).toBeDefined();
    const text = all.map((b) => b.text).join('\n');
    expect(text).not.toContain('.yaml');
    expect(text).not.toMatch(/\b(so-congthuong|ubnd-dakha|so-yte|so-khcn|so-nnptnt)\b/);
    expect(text).not.toContain('finished');
  });

  it('numbers the appendices in Roman numerals, each on its own pages numbered from 1', () => {
    const restarts = sections(docx.body).filter((s) => attr(child(s, 'w:pgNumType'), 'w:start') === '1');
    expect(restarts).toHaveLength(5);
    for (const n of ['I', 'II', 'III', 'IV', 'V']) {
      const title = all.findIndex((b) => b.text === `PHỤ LỤC ${n}`);
      expect(title, n).toBeGreaterThan(0);
      // The reference line as Decree 30/2020 writes it: "(Kèm theo Báo cáo số …/BC-… ngày … tháng … năm … của …)".
      expect(all[title + 2]?.text).toBe('(Kèm theo Báo cáo số 07/BC-SKHCN ngày 05 tháng 12 năm 2024 của Sở Khoa học và Công nghệ)');
    }
  });

  it('shows task progress by task in appendix II, and each reporting unit\'s status in the last appendix', () => {
    const byTask = tableHeaded('Nhiệm vụ', 'Hoàn thành');
    expect(byTask[0]?.slice(3, 6)).toEqual(['Được giao', 'Đã báo cáo', 'Không báo cáo']);
    expect(byTask.find((r) => r[2] === 'Lĩnh vực Y - dược')?.slice(3)).toEqual(['12', '2', '', '', '1', '1', '']);
    // Sở Khoa học và Công nghệ and Sở Nông nghiệp hold 1.a and their reports leave it out: "không báo cáo", counted here.
    expect(byTask.find((r) => r[1] === '1.a')?.[5]).toBe('2');
    const progress = tableHeaded('Cơ quan, đơn vị', '(15)');
    expect(progress[0]!.slice(0, 3)).toEqual(['STT', 'Cơ quan, đơn vị', '(1)']);
    // Only the units whose report counts; the others are in appendix I, once.
    expect(progress.slice(1).map((r) => r[1])).toEqual(['Sở Nông nghiệp và Phát triển nông thôn', 'Sở Khoa học và Công nghệ', 'Sở Y tế']);
    const ydColumn = 2 + 5;
    const cell = (unit: string, column: number) => progress.find((r) => r[1] === unit)?.[column];
    expect(cell('Sở Y tế', ydColumn)).toBe('TX');
    expect(cell('Sở Khoa học và Công nghệ', ydColumn)).toBe('ĐT');
    expect(cell('Sở Y tế', 2)).toBe('HT');
    expect(cell('Sở Khoa học và Công nghệ', 2)).toBe('KBC'); // holds II.1.a, its report says nothing
    expect(cell('Sở Nông nghiệp và Phát triển nông thôn', 2)).toBe('KBC');
    expect(cell('Sở Y tế', 2 + 3)).toBe('');
    expect(all.some((b) => b.kind === 'tbl' && /\bKN\b/.test(b.text))).toBe(false);
  });

  it('prints unit text exactly as written, in paragraphs and in table cells', () => {
    // parseXml is strict: the part is well-formed XML with no forbidden characters.
    expect(() => parseXml(strFromU8(docx.parts['word/document.xml']!))).not.toThrow();
    const texts = paragraphs().map((p) => p.text);
    // Each line the unit wrote is a paragraph of its own, printed exactly.
    const [first, ...rest] = HOSTILE_PRINTED.split(/\n(?=- không|# không|> trích)/);
    expect(texts).toContain(`- Sở Khoa học và Công nghệ: ${first}`);
    for (const line of rest) expect(texts.some((t) => t.startsWith(line.slice(0, 7))), line).toBe(true);
    expect(textOf(paragraphWith('Không in đậm'))).toContain('Sở Khoa học và Công nghệ: **Không in đậm** | {{#each x}}{{/each}} <script>&lt;');
    // The unit's name is the Sở's bold label; the unit's own "**" never makes bold.
    expect(runsOf(paragraphWith('Không in đậm')).filter((r) => r.text.includes('Không in đậm')).every((r) => !r.bold)).toBe(true);
    const indicators = tableHeaded('Chỉ tiêu', 'Tổng số toàn tỉnh');
    expect(indicators.find((r) => r[1] === 'Chỉ tiêu | có * và <i>thẻ</i>')?.slice(2, 4)).toEqual(['lần & {{y}}', '3']);
  });
});
