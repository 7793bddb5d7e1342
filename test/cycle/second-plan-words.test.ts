// Whose words reach another plan's outputs. The Lâm Đồng plan (test/fixtures/plans/lam-dong) has
// a Sở Khoa học và Công nghệ of its own among its units, and its reports speak of KH&CN: to tell
// kt-bio's own words from the plan's, the whole cycle runs here on a copy of the plan and its
// reports in which every "Khoa học và Công nghệ", "KH&CN" and "khcn" is written otherwise (its
// department of science is "Sở Khoa học Kỹ thuật", so-khkt). Whatever the outputs then say of
// "Khoa học và Công nghệ", KH&CN or SKHCN, or of the Kon Tum plan, comes from kt-bio itself: a leak.
// The compiled report is also opened in LibreOffice, where its words are read back from the PDF.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kt, REPO, type CliResult } from '../helpers/cli.js';
import { blocks, openDocx } from '../helpers/docx.js';
import { pdfOfDocx } from '../helpers/pdf.js';

const SOURCE_PLAN = path.join(REPO, 'test/fixtures/plans/lam-dong');
const SOURCE_REPORTS = path.join(REPO, 'test/fixtures/plans/lam-dong-reports');

/** The plan's own words for its department of science, written otherwise in the copy. */
const RESPELL: [RegExp, string][] = [
  [/KHOA HỌC VÀ CÔNG NGHỆ/g, 'KHOA HỌC KỸ THUẬT'],
  [/Khoa học và Công nghệ/g, 'Khoa học Kỹ thuật'],
  [/khoa học và công nghệ/gi, 'khoa học kỹ thuật'],
  [/KH&CN/g, 'KH&KT'],
  [/KHCN/g, 'KHKT'],
  [/khcn/gi, 'khkt'],
];
const respell = (text: string) => RESPELL.reduce((t, [from, to]) => t.replace(from, to), text);

/** Sở KH&CN's words and the Kon Tum plan's: in the copy's data, none. */
const FOREIGN_WORDS = /khoa học và công nghệ|KH&CN|KHCN|Kon Tum|1693|57-CTr|QLCN/i;
/** What only kt-bio could have written: those words, and the Kon Tum cycle's dates. */
const FOREIGN = new RegExp(`${FOREIGN_WORDS.source}|20/11|20/12`, 'i');

/** Copies a folder's data (not its README), every file's text and name respelt. */
function copyRespelt(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from).filter((n) => n !== 'README.md')) {
    const source = path.join(from, name);
    const target = path.join(to, respell(name));
    if (statSync(source).isDirectory()) copyRespelt(source, target);
    else writeFileSync(target, respell(readFileSync(source, 'utf8')));
  }
}

/**
 * Every data line of every file under a folder that holds a foreign word (none, after respelling;
 * the fixture's comments, which say what was reconstructed and how it differs from Kon Tum, aside).
 */
function foreignLines(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(folder, name))
    .filter((file) => statSync(file).isFile())
    .flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((line) => !/^\s*#/.test(line) && FOREIGN_WORDS.test(line)).map((line) => `${file}: ${line}`));
}

let work: string;
let plan: string;
let reports: string;
const outputs = new Map<string, string>();
const run = async (name: string, args: string[]): Promise<CliResult> => {
  const r = await kt([...args, '--plan', plan], { cwd: work });
  outputs.set(`${name} (stdout)`, r.stdout);
  outputs.set(`${name} (stderr)`, r.stderr);
  return r;
};

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'kt-bio-words-'));
  plan = path.join(work, 'ke-hoach');
  reports = path.join(work, 'bao-cao');
  copyRespelt(SOURCE_PLAN, plan);
  copyRespelt(SOURCE_REPORTS, reports);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the cycle of another plan whose own words never say KH&CN', () => {
  it('starts from a plan and reports that hold no such word, and still name a department of science', () => {
    expect(foreignLines(plan)).toEqual([]);
    expect(foreignLines(reports)).toEqual([]);
    expect(readFileSync(path.join(plan, 'units.yaml'), 'utf8')).toContain('Sở Khoa học Kỹ thuật');
    expect(readdirSync(path.join(reports, '2024'))).toContain('so-khkt.yaml');
  });

  it('runs template, validate, check and compile (the year and the six-monthly period) as on the original', async () => {
    const forms = await run('template --all', ['template', '--all', '--year', '2024', '-o', path.join(work, 'forms'), '--today', '2024-11-01']);
    expect(forms.code).toBe(0);
    for (const file of readdirSync(path.join(work, 'forms'))) outputs.set(`form ${file}`, readFileSync(path.join(work, 'forms', file), 'utf8'));
    expect(outputs.get('form so-khkt.yaml')).toContain('# Đơn vị báo cáo: Sở Khoa học Kỹ thuật');

    const validate = await run('validate', ['validate', path.join(reports, '2024'), '--today', '2024-12-10']);
    expect(validate.code).toBe(0);
    const check = await run('check', ['check', '--year', '2024', '--reports', reports, '--today', '2024-12-10']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('CHỈ TIÊU CỦA KẾ HOẠCH (4)');
    await run('check --json', ['check', '--year', '2024', '--reports', reports, '--today', '2024-12-10', '--json']);
    await run('check --period', ['check', '--year', '2024', '--period', '6-thang', '--reports', reports, '--today', '2024-06-25']);

    for (const [name, args] of [
      ['compile', ['--today', '2024-12-12', '--date', '12/12/2024', '--number', '95', '--signer-name', 'Trần Thị Mai']],
      ['compile (draft)', ['--today', '2024-12-12']],
      ['compile --period', ['--period', '6-thang', '--today', '2024-06-28', '--signer-name', 'Trần Thị Mai']],
    ] as const) {
      const out = path.join(work, 'out', `${name.replace(/\W+/g, '-')}.docx`);
      const r = await run(name, ['compile', '--year', '2024', '--reports', reports, ...args, '-o', out]);
      expect(r.code, `${name}: ${r.stderr}`).toBeLessThan(2);
      outputs.set(`${name} .docx`, blocks(openDocx(out).body).map((b) => b.text).join('\n'));
    }
    expect(outputs.get('compile .docx')).toContain('Sở Nông nghiệp và Phát triển nông thôn kính báo cáo Ủy ban nhân dân tỉnh Lâm Đồng và Ban Thường vụ Tỉnh ủy Lâm Đồng xem xét, chỉ đạo./.');
  });

  it('the compiled report opens in LibreOffice under the compiling department\'s heading, number and signer', () => {
    const pdf = pdfOfDocx(path.join(work, 'out', 'compile.docx'));
    const text = pdf.pages.join('\n');
    outputs.set('compile .pdf', text);
    const lines = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    expect(lines[0]).toBe('UBND TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines.join(' ')).toContain('SỞ NÔNG NGHIỆP VÀ PHÁT');
    expect(lines).toContain('Số: 95/BC-SNN Lâm Đồng, ngày 12 tháng 12 năm 2024');
    expect(lines.some((l) => l.startsWith('Nơi nhận:') && l.endsWith('KT. GIÁM ĐỐC'))).toBe(true);
    expect(lines).toContain('Tiến độ thực hiện các chỉ tiêu của Kế hoạch');
    expect(pdf.pages.length).toBeGreaterThan(5);
  }, 120_000);

  it('no output says Khoa học và Công nghệ, KH&CN, SKHCN, QLCN, nor anything of the Kon Tum plan', () => {
    expect(outputs.size).toBeGreaterThan(40);
    const found = [...outputs].flatMap(([name, text]) => text.split('\n').filter((line) => FOREIGN.test(line)).map((line) => `${name}: ${line.trim()}`));
    expect(found).toEqual([]);
  });
});
