// kt-bio finds its data as git finds a repository, sets up a working folder with `init`, applies
// the sample's settings to the sample only, compiles a year without settings to a draft, and never
// overwrites a document it did not write (or that was edited since) without --force.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { kt, REPO } from '../helpers/cli.js';
import { openDocx } from '../helpers/docx.js';
import { planFolderWithoutCommunes } from '../helpers/plan.js';

const temp = () => mkdtempSync(path.join(tmpdir(), 'kt-bio-workspace-'));
const documentText = (file: string) => strFromU8(openDocx(file).parts['word/document.xml']!);

describe('where the plan is found', () => {
  it('outside any working folder: the plan shipped with kt-bio, and it says so', async () => {
    const cwd = temp();
    const r = await kt(['plan', '--today', '2024-12-05'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`[plan-location] Dùng kế hoạch có sẵn trong kt-bio: ${path.join(REPO, 'plan')}.`);
  });

  it('in a sub-folder of a working folder: the nearest parent\'s plan/, and its reports/', async () => {
    const home = temp();
    expect((await kt(['init', home, '--year', '2024', '--today', '2024-12-05'])).code).toBe(0);
    cpSync(path.join(REPO, 'reports/2024'), path.join(home, 'reports/2024'), { recursive: true });
    const cwd = path.join(home, 'reports', '2024');
    const r = await kt(['check', '--year', '2024', '--today', '2024-12-05'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[plan-location] Dùng kế hoạch của thư mục cha:');
    expect(r.stdout).toContain('(30 tệp)');
  });

  it('KT_BIO_HOME names the working folder from anywhere', async () => {
    const home = temp();
    await kt(['init', home, '--year', '2026', '--today', '2026-12-01']);
    const r = await kt(['check', '--year', '2026', '--today', '2026-12-01', '--json'], { cwd: temp(), vars: { KT_BIO_HOME: home } });
    const doc = JSON.parse(r.stdout) as { result: { reports: { kind: string; files: number } }; diagnostics: { code: string; args: { source: string } }[] };
    expect(doc.result.reports).toMatchObject({ kind: 'year_folder', files: 0 });
    expect(doc.diagnostics[0]).toMatchObject({ code: 'plan-location', args: { source: 'env' } });
  });

  it('in the working folder itself, no note', async () => {
    const r = await kt(['plan', '--today', '2024-12-05']);
    expect(r.stderr).toBe('');
  });

  it('a plan folder that is not there is one clear error, not six missing files', async () => {
    const r = await kt(['plan', '--plan', 'khong-co', '--today', '2024-12-05']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[plan-not-found] Không tìm thấy dữ liệu kế hoạch (plan.yaml) trong thư mục "khong-co".');
    expect(r.stderr).toContain('KT_BIO_HOME');
    expect(r.stderr.match(/\[file-not-found\]/g)).toBeNull();
  });
});

describe('kt-bio init', () => {
  it('sets up plan/, reports/<year>/ and the year\'s settings with every field explained, and keeps what exists', async () => {
    const home = path.join(temp(), 'so-khcn');
    const r = await kt(['init', home, '--year', '2026', '--today', '2026-12-01']);
    expect(r.code).toBe(0);
    for (const f of ['plan/plan.yaml', 'plan/units.yaml', 'plan/schema/report.schema.json', 'reports/2026', 'reports/settings/2026.yaml']) expect(existsSync(path.join(home, f)), f).toBe(true);
    const settings = readFileSync(path.join(home, 'reports/settings/2026.yaml'), 'utf8');
    for (const field of ['number:', 'date: 05/12/2026', 'name:', 'authority:', 'recipients:', 'layout:', 'proposals:']) expect(settings).toContain(`# ${field}`.replace('# name:', '#   name:').replace('# authority:', '#   authority:').replace('# proposals:', '#   proposals:'));
    writeFileSync(path.join(home, 'reports/settings/2026.yaml'), 'signer:\n  name: Trần Thị Hoa\n');
    const again = await kt(['init', home, '--year', '2026', '--today', '2026-12-01']);
    expect(again.code).toBe(0);
    expect(readFileSync(path.join(home, 'reports/settings/2026.yaml'), 'utf8')).toBe('signer:\n  name: Trần Thị Hoa\n');
  });
});

describe('the year\'s settings and drafts', () => {
  const SAMPLE_WORDS = ['Nguyễn Văn An', 'ngày 05 tháng 12 năm 2024', 'bố trí kinh phí sự nghiệp khoa học và công nghệ'];

  it('the sample\'s settings make the sample\'s document', async () => {
    const out = path.join(temp(), 'a.docx');
    await kt(['compile', '--year', '2024', '--today', '2024-12-10', '-o', out]);
    const text = documentText(out);
    for (const w of SAMPLE_WORDS) expect(text).toContain(w);
  });

  it('a 2024 folder that is not the sample gets none of the sample settings\' words: a draft, exit 1', async () => {
    const home = temp();
    cpSync(path.join(REPO, 'reports/2024'), path.join(home, 'reports/2024'), { recursive: true });
    const out = path.join(home, 'a.docx');
    const r = await kt(['compile', '--year', '2024', '--today', '2024-12-10', '--reports', path.join(home, 'reports'), '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[compile-draft]');
    const text = documentText(out);
    for (const w of SAMPLE_WORDS) expect(text).not.toContain(w);
    expect(text).toContain('ngày 10 tháng 12 năm 2024');
  });

  it('kt-bio compile --year 2026 in a fresh clone writes a draft and exits 1 with a warning', async () => {
    const out = path.join(temp(), 'a.docx');
    const r = await kt(['compile', '--year', '2026', '--today', '2026-12-15', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cảnh báo [compile-draft] Bản tổng hợp năm 2026 là dự thảo: chưa có signer.name, number');
    expect(r.stderr).toContain('[compile-no-reports]');
    // Quảng Ngãi's department reports on Kon Tum's plan: the legal succession is stated once, and
    // the plan's issuer is the former province's, from plan/issuers.yaml.
    const text = documentText(out);
    expect(text).toContain('Kết quả thực hiện Kế hoạch số 1693/KH-UBND ngày 07/6/2023 của Ủy ban nhân dân tỉnh Kon Tum (cũ) năm 2026');
    expect(text.split('Nghị quyết số 202/2025/QH15').length - 1).toBe(1);
    expect(text).toContain('Kế hoạch tiếp tục được thực hiện trên địa bàn tỉnh Kon Tum (cũ)');
  });

  it('compile with no valid report warns and exits 1', async () => {
    const reports = path.join(temp(), 'reports');
    mkdirSync(path.join(reports, '2025'), { recursive: true });
    const r = await kt(['compile', '--year', '2025', '--today', '2025-12-05', '--reports', reports, '--signer-name', 'Trần Văn Bình', '-o', path.join(temp(), 'a.docx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[compile-no-reports] Không có báo cáo hợp lệ nào của năm 2025');
    // The command the hint prints reads the same folder.
    expect(r.stderr).toContain(`xem tình hình bằng kt-bio check --year 2025 --reports ${reports}`);
  });
});

describe('compile -o never destroys an officer\'s work', () => {
  const compile = (out: string, ...more: string[]) => kt(['compile', '--year', '2024', '--today', '2024-12-10', '-o', out, ...more]);

  it('re-running onto its own untouched output is fine', async () => {
    const out = path.join(temp(), 'a.docx');
    expect((await compile(out)).code).toBe(1);
    expect((await compile(out)).code).toBe(1);
  });

  it('a file kt-bio did not write needs --force, and is kept without it', async () => {
    const out = path.join(temp(), 'a.docx');
    writeFileSync(out, 'notes of the officer');
    const r = await compile(out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[compile-output-exists]');
    expect(readFileSync(out, 'utf8')).toBe('notes of the officer');
    expect((await compile(out, '--force')).code).toBe(1);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('a document edited since kt-bio wrote it needs --force', async () => {
    const out = path.join(temp(), 'a.docx');
    await compile(out);
    const edited = Buffer.concat([readFileSync(out), Buffer.from('edited')]);
    writeFileSync(out, edited);
    const r = await compile(out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[compile-output-edited]');
    expect(readFileSync(out).equals(edited)).toBe(true);
  });
});

describe('template with a group', () => {
  it('a group id writes every member\'s form', async () => {
    const dir = temp();
    const r = await kt(['template', 'ubnd-huyen', '--year', '2024', '--today', '2024-12-05', '-o', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(10);
    expect(existsSync(path.join(dir, 'ubnd-dakglei.yaml'))).toBe(true);
    const communes = await kt(['template', 'ubnd-xa-kontum-cu', '--year', '2026', '--today', '2026-12-01', '-o', temp()]);
    expect(communes.code).toBe(0);
    expect(communes.stdout.split('\n').filter(Boolean)).toHaveLength(40);
  });

  it('--all names a group with no members yet, as check does, and writes the others', async () => {
    const r = await kt(['template', '--all', '--year', '2025', '--today', '2025-12-05', '--plan', planFolderWithoutCommunes(), '-o', temp()]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('cảnh báo [template-empty-group] Nhóm "Ủy ban nhân dân các xã, phường, đặc khu trên địa bàn tỉnh Kon Tum cũ" chưa có đơn vị nào trong dữ liệu cho năm 2025');
    const one = await kt(['template', 'ubnd-xa-kontum-cu', '--year', '2025', '--today', '2025-12-05', '--plan', planFolderWithoutCommunes(), '-o', temp()]);
    expect(one.code).toBe(1);
    expect(one.stderr).toContain('[template-empty-group]');
  });
});
