// Opens the rendered fixture in LibreOffice and reads the PDF back: proves the .docx opens, the
// national heading fits on its lines, and page numbers start on page 2, in every section.

import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/publish/docx/index.js';
import { fixtureReport } from '../fixtures/docx/report.js';
import { convertBeforeAll, pdfOfDocx } from '../helpers/pdf.js';

/** Text of one page, white space runs collapsed (pdftotext spaces justified lines by position). */
const squeeze = (text: string) => text.replace(/[ \t]+/g, ' ');
const linesOf = (page: string) => page.split('\n').map((l) => l.trim()).filter((l) => l !== '');

let pages: string[];
let pageSizes: { width: number; height: number }[];

const converted = convertBeforeAll(async () => {
  ({ pages, sizes: pageSizes } = pdfOfDocx(await renderDocx(fixtureReport())));
}, 240_000);

describe('the rendered report in LibreOffice', () => {
  it('opens and lays out on A4', () => {
    converted();
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pageSizes).toHaveLength(pages.length);
    const first = pageSizes[0];
    expect(first?.width).toBeCloseTo(595.3, 0);
    expect(first?.height).toBeCloseTo(841.9, 0);
  });

  it('keeps the national name and the motto each on one line of page 1', () => {
    converted();
    const lines = linesOf(squeeze(pages[0] ?? ''));
    expect(lines.some((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
    expect(lines.some((l) => l.includes('Độc lập - Tự do - Hạnh phúc'))).toBe(true);
    expect(lines.some((l) => l.includes('Kon Tum, ngày 05 tháng 12 năm 2025'))).toBe(true);
    expect(lines).toContain('BÁO CÁO');
    expect(lines).toContain('I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN');
  });

  it('prints the table, the signer and hostile unit text', () => {
    converted();
    const all = squeeze(pages.join('\n'));
    expect(all).toContain('1.250,5 ha');
    expect(all).toContain('Nguyễn Văn An');
    expect(all).toContain('KT. GIÁM ĐỐC');
    expect(all).toContain('1. Ký tự lạ: * _ | # <b>đậm</b> & &amp; {{x}} \\ \\* [a](b)');
    expect(all).not.toContain('NUL\u0000');
  });

  it('numbers every page but the first, at the top', () => {
    converted();
    const firstLines = pages.map((page) => linesOf(page)[0]);
    expect(firstLines[0]).not.toMatch(/^\d+$/);
    expect(linesOf(pages[0] ?? '').some((l) => /^\d+$/.test(l))).toBe(false);
    firstLines.slice(1).forEach((line, i) => expect(line).toBe(String(i + 2)));
  });

  it('turns the appendix page to landscape and numbers it too', () => {
    converted();
    const landscape = pageSizes.flatMap((size, i) => (size.width > size.height ? [i] : []));
    expect(landscape.length).toBeGreaterThanOrEqual(1);
    const appendix = landscape[0] as number;
    expect(squeeze(pages[appendix] ?? '')).toContain('PHỤ LỤC');
    expect(linesOf(pages[appendix] ?? '')[0]).toBe(String(appendix + 1));
    expect(pageSizes.at(-1)?.width).toBeLessThan(pageSizes.at(-1)?.height ?? 0);
  });
});
