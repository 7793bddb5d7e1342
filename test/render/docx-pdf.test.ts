// Opens the rendered fixture in LibreOffice and reads the PDF back: proves the .docx opens, the
// national heading fits on its lines, and page numbers start on page 2, in every section.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx/index.js';
import { fixtureReport } from '../fixtures/docx/report.js';

const INSTALL_HINT = 'install them with: apt-get install -y libreoffice-writer-nogui poppler-utils';

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 180_000 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${command} is not installed; this test needs LibreOffice and poppler-utils — ${INSTALL_HINT}`);
  }
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

/** Text of one page, white space runs collapsed (pdftotext spaces justified lines by position). */
const squeeze = (text: string) => text.replace(/[ \t]+/g, ' ');
const linesOf = (page: string) => page.split('\n').map((l) => l.trim()).filter((l) => l !== '');

let workDir: string;
let pages: string[];
let pageSizes: { width: number; height: number }[];
let setupError: unknown;

/** Every test fails, with the install hint, when LibreOffice or poppler is missing. */
function converted(): void {
  if (setupError !== undefined) throw setupError;
}

beforeAll(async () => {
  try {
    await convert();
  } catch (error) {
    setupError = error;
  }
}, 240_000);

async function convert(): Promise<void> {
  workDir = mkdtempSync(join(tmpdir(), 'kt-bio-docx-pdf-'));
  const docx = join(workDir, 'bao-cao.docx');
  writeFileSync(docx, await renderDocx(fixtureReport()));
  // A private profile: parallel or concurrent LibreOffice runs would otherwise lock each other out.
  const profile = pathToFileURL(join(workDir, 'profile')).href;
  run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', workDir, docx]);
  const pdf = join(workDir, 'bao-cao.pdf');
  pages = run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-']).split('\f').slice(0, -1);
  const info = run('pdfinfo', ['-f', '1', '-l', String(pages.length), pdf]);
  pageSizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

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
