// The compiled summary opened in LibreOffice and read back from the PDF: the sample year of the
// README (reports/2024/) and the fixture year with hostile unit text. Proves that the file opens,
// the heading fits, pages are numbered from page 2, and the parts and appendices are there.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kt, REPO } from '../helpers/cli.js';
import { convertBeforeAll, pdfOfDocx, type Pdf } from '../helpers/pdf.js';

let workDir: string;
let sample: Pdf;
let fixture: Pdf;

async function compiledPdf(name: string, args: string[]): Promise<Pdf> {
  const docx = path.join(workDir, `${name}.docx`);
  const r = await kt(['compile', ...args, '-o', docx]);
  if (r.code === 2) throw new Error(`kt-bio compile failed: ${r.stderr}`);
  return pdfOfDocx(docx);
}

const converted = convertBeforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'kt-bio-compile-pdf-'));
  sample = await compiledPdf('sample', ['--year', '2024', '--today', '2024-12-05']);
  fixture = await compiledPdf('fixture', ['--year', '2024', '--today', '2024-12-05', '--reports', path.join(REPO, 'test/fixtures/compile/reports')]);
}, 300_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Lines of a page with white space runs collapsed (pdftotext spaces justified lines by position). */
const linesOf = (page: string | undefined) => (page ?? '').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
const allLines = (pdf: Pdf) => pdf.pages.flatMap(linesOf);

describe('the compiled sample (reports/2024) in LibreOffice', () => {
  it('opens, on A4 portrait pages, with landscape pages for the wide appendices', () => {
    converted();
    expect(sample.pages.length).toBeGreaterThan(5);
    expect(sample.sizes).toHaveLength(sample.pages.length);
    expect(sample.sizes[0]?.width).toBeCloseTo(595.3, 0);
    expect(sample.sizes[0]?.height).toBeCloseTo(841.9, 0);
    // The progress table (one column per status) and the funding table (one per source) are wide.
    const landscape = sample.pages.filter((_, i) => sample.sizes[i]!.width > sample.sizes[i]!.height).flatMap(linesOf);
    expect(landscape).toContain('PHỤ LỤC II');
    expect(landscape).toContain('PHỤ LỤC IV');
    expect(landscape).not.toContain('PHỤ LỤC I');
    expect(landscape).not.toContain('PHỤ LỤC III');
  });

  it('keeps the heading on its lines on page 1: issuer, national name, motto, number, place and date', () => {
    converted();
    const lines = linesOf(sample.pages[0]);
    // The national name and the issuing body each on one line, inside the margins.
    expect(lines[0]).toBe('UBND TỈNH KON TUM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines[1]).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ Độc lập - Tự do - Hạnh phúc');
    expect(lines[2]).toBe('Số: /BC-SKHCN Kon Tum, ngày 05 tháng 12 năm 2024');
    expect(lines).toContain('Số: /BC-SKHCN Kon Tum, ngày 05 tháng 12 năm 2024');
    expect(lines).toContain('BÁO CÁO');
    expect(lines).toContain('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ, GIẢI PHÁP');
  });

  it('numbers the body pages from 2 and each appendix\'s pages from 1, at the top', () => {
    converted();
    expect(linesOf(sample.pages[0])[0]).not.toMatch(/^\d+$/);
    let expected = 0;
    sample.pages.forEach((page, i) => {
      const lines = linesOf(page);
      if (lines.some((l) => /^PHỤ LỤC [IVX]+$/.test(l))) expected = 1;
      else expected += 1;
      if (i > 0) expect(lines[0], `page ${i + 1}`).toBe(String(expected));
    });
  });

  it('has a body of at most 12 pages; the appendix of detailed results comes last', () => {
    converted();
    const firstAppendix = sample.pages.findIndex((p) => linesOf(p).includes('PHỤ LỤC I'));
    expect(firstAppendix).toBeGreaterThan(0);
    expect(firstAppendix).toBeLessThanOrEqual(12);
    const titles = sample.pages.flatMap((p) => linesOf(p).filter((l) => /^PHỤ LỤC [IVX]+$/.test(l)));
    // With reports/2023 beside the sample, the comparison with 2023 is appendix V.
    expect(titles).toEqual(['PHỤ LỤC I', 'PHỤ LỤC II', 'PHỤ LỤC III', 'PHỤ LỤC IV', 'PHỤ LỤC V', 'PHỤ LỤC VI']);
    const comparison = sample.pages.findIndex((p) => linesOf(p).includes('PHỤ LỤC V'));
    expect(linesOf(sample.pages[comparison]).join(' ')).toContain('SO SÁNH KẾT QUẢ NĂM 2024 VỚI NĂM 2023');
    const last = sample.pages.findIndex((p) => linesOf(p).includes('PHỤ LỤC VI'));
    expect(linesOf(sample.pages[last]).join(' ')).toContain('KẾT QUẢ CHI TIẾT CỦA CÁC CƠ QUAN, ĐƠN VỊ');
  });

  it('fits the issue\'s page budget: a body of at most 12 A4 pages, the summary appendices (all but the detailed results) in at most 6', () => {
    converted();
    // Pages per part: the body until "PHỤ LỤC I", then each appendix from its title page.
    const parts: { name: string; pages: number }[] = [{ name: 'body', pages: 0 }];
    for (const page of sample.pages) {
      const title = linesOf(page).find((l) => /^PHỤ LỤC [IVX]+$/.test(l));
      if (title !== undefined) parts.push({ name: title, pages: 0 });
      parts.at(-1)!.pages += 1;
    }
    const [body, ...appendices] = parts;
    const detailed = appendices.at(-1)!;
    expect(linesOf(sample.pages[sample.pages.length - detailed.pages]).join(' ')).toContain('KẾT QUẢ CHI TIẾT CỦA CÁC CƠ QUAN, ĐƠN VỊ');
    // The comparison with the previous year (appendix V, there because reports/2023 is) is outside the synthesis's budget: two pages of its own.
    const summaryAppendices = appendices.slice(0, -2);
    const comparison = appendices.at(-2)!;
    expect(summaryAppendices.map((a) => a.name)).toEqual(['PHỤ LỤC I', 'PHỤ LỤC II', 'PHỤ LỤC III', 'PHỤ LỤC IV']);
    expect(comparison.name).toBe('PHỤ LỤC V');
    const measured = JSON.stringify(parts);
    expect(body!.pages, measured).toBeLessThanOrEqual(12);
    expect(summaryAppendices.reduce((n, a) => n + a.pages, 0), measured).toBeLessThanOrEqual(6);
    expect(comparison.pages, measured).toBeLessThanOrEqual(2);
  });

  it('has the parts, the closing and the appendices, in order', () => {
    converted();
    const lines = allLines(sample);
    const order = ['I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ, GIẢI PHÁP', 'II. KINH PHÍ THỰC HIỆN', 'III. ĐÁNH GIÁ CHUNG', 'V. ĐỀ XUẤT, KIẾN NGHỊ', 'PHỤ LỤC I', 'PHỤ LỤC II', 'PHỤ LỤC III', 'PHỤ LỤC IV'];
    const at = order.map((l) => lines.indexOf(l));
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const closing = lines.findIndex((l) => l.startsWith('Nơi nhận:'));
    expect(lines[closing]).toBe('Nơi nhận: KT. GIÁM ĐỐC');
    expect(closing).toBeGreaterThan(at[3]!);
    expect(closing).toBeLessThan(at[4]!);
    expect(lines.slice(closing, closing + 12)).toContain('Nguyễn Văn An');
  });
});

describe('the fixture year with hostile unit text in LibreOffice', () => {
  it('opens and shows the text as the unit wrote it', () => {
    converted();
    const text = fixture.pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('1. Ký tự lạ: * _ | # <b>đậm</b> & &amp; {{x}} \\ \\* [a](b)');
    expect(text).toContain('- không phải gạch đầu dòng');
    expect(text).toContain('# không phải tiêu đề');
    expect(text).toContain('**Không in đậm** | {{#each x}}{{/each}} <script>&lt;');
    expect(text).toContain('Chỉ tiêu | có * và <i>thẻ</i>');
  });
});
