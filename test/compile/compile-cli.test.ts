// kt-bio compile as a user runs it: exit codes, --strict, --json, warnings about the date,
// where the file goes, byte-identical output, the 2025 (Quảng Ngãi) heading, and broken
// settings or templates reported with their file.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { kt, REPO } from '../helpers/cli.js';
import { planFolderWithoutCommunes } from '../helpers/plan.js';
import { openDocx, sha256, tableCells } from '../helpers/docx.js';
import { childElements } from '../helpers/xml.js';

const FIXTURES = path.join(REPO, 'test/fixtures/compile');
const REPORTS = path.join(FIXTURES, 'reports');

const temporary: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kt-bio-compile-cli-'));
  temporary.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** compile with the fixture reports, "today" fixed, into `out`. */
const compile = (out: string, ...args: string[]) => kt(['compile', '--reports', REPORTS, '-o', out, ...args]);

/** A copy of the repository's templates/ with `edit` applied, for broken settings and templates. */
function templatesWith(edit: (dir: string) => void): string {
  const dir = path.join(tempDir(), 'templates');
  cpSync(path.join(REPO, 'templates'), dir, { recursive: true });
  edit(dir);
  return dir;
}

describe('kt-bio compile: exit codes and --strict', () => {
  it('exits 0 when every report file was compiled', async () => {
    const out = path.join(tempDir(), 'b.docx');
    const r = await compile(out, '--year', '2025', '--today', '2025-12-05', '--signer-name', 'Trần Văn Bình');
    expect(r.stderr).not.toContain('lỗi');
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(r.stdout).toContain(`Đã ghi báo cáo tổng hợp năm 2025: ${out}`);
  });

  it('writes the document but exits 1 when report files with errors were left out', async () => {
    const out = path.join(tempDir(), 'b.docx');
    const r = await compile(out, '--year', '2024', '--today', '2024-12-05');
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(true);
    expect(r.stdout).toContain('2 tệp báo cáo có lỗi hoặc còn là mẫu trống không được tổng hợp');
  });

  it('--strict writes nothing, keeps the previous file, and exits 1', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'b.docx');
    writeFileSync(out, 'the previous document');
    const r = await compile(out, '--year', '2024', '--today', '2024-12-05', '--strict');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[compile-not-written]');
    expect(readFileSync(out, 'utf8')).toBe('the previous document');
    expect(readdirSync(dir)).toEqual(['b.docx']);
  });

  it('--strict writes as usual when every report is valid', async () => {
    const out = path.join(tempDir(), 'b.docx');
    const r = await compile(out, '--year', '2025', '--today', '2025-12-05', '--signer-name', 'Trần Văn Bình', '--strict');
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('exits 2 on bad flags', async () => {
    const out = path.join(tempDir(), 'b.docx');
    for (const args of [['--year', '24'], ['--year', '2024', '--date', '31/02/2024'], ['--year', '2024', '--number', ' ']]) {
      const r = await compile(out, ...args, '--today', '2024-12-05');
      expect(r.code, args.join(' ')).toBe(2);
    }
    expect(existsSync(out)).toBe(false);
  });
});

describe('kt-bio compile: the same inputs give the same bytes', () => {
  it('two compiles have the same sha256, and --json reports it', async () => {
    const dir = tempDir();
    const a = await compile(path.join(dir, 'a.docx'), '--year', '2024', '--today', '2024-12-05', '--json');
    const b = await compile(path.join(dir, 'b.docx'), '--year', '2024', '--today', '2024-12-06', '--json');
    const bytes = (f: string) => new Uint8Array(readFileSync(path.join(dir, f)));
    expect(sha256(bytes('a.docx'))).toBe(sha256(bytes('b.docx')));
    const envelope = JSON.parse(a.stdout) as { ok: boolean; command: string; exitCode: number; result: Record<string, unknown> };
    expect(envelope).toMatchObject({ ok: false, command: 'compile', exitCode: 1 });
    const json = envelope.result;
    expect(json).toMatchObject({
      written: true,
      path: path.join(dir, 'a.docx'),
      sha256: sha256(bytes('a.docx')),
      bytes: bytes('a.docx').length,
      year: 2024,
      date: '2024-12-05',
      issuer: { parentAuthority: 'UBND TỈNH KON TUM', issuingBody: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', place: 'Kon Tum' },
      counts: { expected: 31, reported: 3, onTime: 2, late: 1, blank: 1, invalid: 1, missing: 26 },
    });
    expect(json.leftOut).toEqual([
      { file: 'so-congthuong.yaml', reason: 'invalid', unit: 'so-congthuong' },
      { file: 'ubnd-dakha.yaml', reason: 'blank', unit: 'ubnd-dakha' },
    ]);
    expect(JSON.parse(b.stdout).result.sha256).toBe(json.sha256);
  });

  it('a different document date gives a different document', async () => {
    const dir = tempDir();
    await compile(path.join(dir, 'a.docx'), '--year', '2024', '--today', '2024-12-05');
    await compile(path.join(dir, 'b.docx'), '--year', '2024', '--today', '2024-12-05', '--date', '2024-12-04');
    expect(sha256(readFileSync(path.join(dir, 'a.docx')))).not.toBe(sha256(readFileSync(path.join(dir, 'b.docx'))));
  });
});

describe('kt-bio compile: warnings about the date of compiling', () => {
  const warnings = async (today: string) => {
    const r = await compile(path.join(tempDir(), 'b.docx'), '--year', '2024', '--today', today);
    expect(existsSync(path.join(temporary.at(-1)!, 'b.docx'))).toBe(true);
    return { early: r.stderr.includes('[compile-before-deadline]'), late: r.stderr.includes('[compile-after-deadline]'), stderr: r.stderr };
  };

  it('warns before the units deadline (20/11) and on it, while units may still report', async () => {
    const w = await warnings('2024-11-19');
    expect(w).toMatchObject({ early: true, late: false });
    expect(w.stderr).toContain('Chưa hết hạn gửi báo cáo của các đơn vị (20/11/2024, hôm nay 19/11/2024)');
    expect((await warnings('2024-11-20')).early).toBe(true);
  });

  it('does not warn between the two deadlines', async () => {
    expect(await warnings('2024-11-21')).toMatchObject({ early: false, late: false });
    expect(await warnings('2024-12-20')).toMatchObject({ early: false, late: false });
  });

  it('warns after the deadline of the summary (20/12)', async () => {
    const w = await warnings('2024-12-21');
    expect(w).toMatchObject({ early: false, late: true });
    expect(w.stderr).toContain('Đã quá hạn gửi báo cáo tổng hợp năm 2024 (20/12/2024) 1 ngày.');
  });
});

describe('kt-bio compile: where the document goes', () => {
  it('writes out/bao-cao-tong-hop-<year>.docx under the working folder by default, creating out/', async () => {
    const cwd = tempDir();
    const r = await kt(['compile', '--year', '2024', '--today', '2024-12-05', '--plan', path.join(REPO, 'plan'), '--reports', REPORTS, '--templates', path.join(REPO, 'templates')], { cwd });
    expect(r.code).toBe(1);
    expect(existsSync(path.join(cwd, 'out', 'bao-cao-tong-hop-2024.docx'))).toBe(true);
    expect(r.stdout).toContain('Đã ghi báo cáo tổng hợp năm 2024: out/bao-cao-tong-hop-2024.docx');
  });

  it('puts the default name inside a folder given with -o', async () => {
    const dir = tempDir();
    await compile(`${dir}/`, '--year', '2024', '--today', '2024-12-05');
    // Beside it, the SHA-256 of what kt-bio wrote, so that a later run knows whether it may replace it.
    expect(readdirSync(dir).sort()).toEqual(['.bao-cao-tong-hop-2024.docx.kt-bio', 'bao-cao-tong-hop-2024.docx']);
  });

  it('refuses to write into the reports folder', async () => {
    const reports = path.join(tempDir(), 'reports');
    cpSync(REPORTS, reports, { recursive: true });
    const before = readdirSync(path.join(reports, '2024')).sort();
    for (const target of [path.join(reports, '2024', 'tong-hop.docx'), path.join(reports, 'tong-hop.docx')]) {
      const r = await kt(['compile', '--year', '2024', '--today', '2024-12-05', '--reports', reports, '-o', target]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('[compile-output-in-reports]');
      expect(existsSync(target)).toBe(false);
    }
    expect(readdirSync(path.join(reports, '2024')).sort()).toEqual(before);
  });

  it('says it cannot write, and leaves nothing behind, when the target cannot be created', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a-file'), '');
    const r = await compile(path.join(dir, 'a-file', 'b.docx'), '--year', '2024', '--today', '2024-12-05');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[compile-write-failed]');
    expect(readdirSync(dir)).toEqual(['a-file']);
  });
});

describe('kt-bio compile 2025: after the merger into Quảng Ngãi', () => {
  it('heads the summary "UBND TỈNH QUẢNG NGÃI", dated at Quảng Ngãi, and lists the merged departments', async () => {
    const out = path.join(tempDir(), 'b.docx');
    const r = await compile(out, '--year', '2025', '--today', '2025-12-05', '--signer-name', 'Trần Văn Bình', '--number', '125');
    expect(r.code).toBe(0);
    const docx = openDocx(out);
    const heading = tableCells(childElements(docx.body, 'w:tbl')[0]!);
    expect(heading[0]?.[0]).toBe('UBND TỈNH QUẢNG NGÃI\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n');
    expect(heading[1]).toEqual(['Số: 125/BC-SKHCN', 'Quảng Ngãi, ngày 05 tháng 12 năm 2025']);
    const xml = new TextDecoder().decode(docx.parts['word/document.xml']);
    expect(xml).toContain('Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi');
    expect(xml).toContain('Ủy ban nhân dân tỉnh Quảng Ngãi (b/c);');
    expect(xml).not.toContain('Sở Kế hoạch và Đầu tư');
    expect(xml).not.toContain('Sở Tài nguyên và Môi trường');
  });

  it('a summary dated before 01/7/2025 still carries the Kon Tum heading', async () => {
    const out = path.join(tempDir(), 'b.docx');
    await compile(out, '--year', '2025', '--today', '2025-12-05', '--signer-name', 'Trần Văn Bình', '--date', '2025-06-30');
    const heading = tableCells(childElements(openDocx(out).body, 'w:tbl')[0]!);
    expect(heading[0]?.[0]).toBe('UBND TỈNH KON TUM\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n');
    expect(heading[1]?.[1]).toBe('Kon Tum, ngày 30 tháng 6 năm 2025');
  });

  it('counts the communes of the former Kon Tum area among the expected units, and names them', async () => {
    const out = path.join(tempDir(), 'b.docx');
    const r = await compile(out, '--year', '2025', '--today', '2025-12-05', '--signer-name', 'Trần Văn Bình');
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('[cycle-empty-group]');
    // 15 departments, boards and Liên minh HTX, and the 40 communes.
    expect(r.stdout).toContain('2/55 đơn vị đã báo cáo');
    const xml = new TextDecoder().decode(openDocx(out).parts['word/document.xml']);
    expect(xml).not.toContain('chưa có danh sách cơ quan, đơn vị');
    expect(xml).toContain('Ủy ban nhân dân phường Kon Tum');
    expect(xml).toContain('Ủy ban nhân dân xã Ia Đal');
  });

  it('says the commune-level group has no members yet, for which year and where to add them, and goes on (a plan without the communes)', async () => {
    const out = path.join(tempDir(), 'b.docx');
    const r = await compile(out, '--year', '2025', '--today', '2025-12-05', '--signer-name', 'Trần Văn Bình', '--plan', planFolderWithoutCommunes());
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('[cycle-empty-group]');
    expect(r.stderr).toContain('Nhóm "Ủy ban nhân dân các xã, phường, đặc khu trên địa bàn tỉnh Kon Tum cũ" chưa có đơn vị nào trong dữ liệu cho năm 2025');
    expect(r.stderr).toContain('plan/units.yaml');
    expect(r.stdout).toContain('2/15 đơn vị đã báo cáo');
    const xml = new TextDecoder().decode(openDocx(out).parts['word/document.xml']);
    expect(xml).toContain('Ủy ban nhân dân các xã, phường, đặc khu trên địa bàn tỉnh Kon Tum cũ: chưa có danh sách cơ quan, đơn vị');
  });

  it('lists a dated task that is overdue', async () => {
    const out = path.join(tempDir(), 'b.docx');
    await compile(out, '--year', '2025', '--today', '2025-12-05', '--signer-name', 'Trần Văn Bình');
    const xml = new TextDecoder().decode(openDocx(out).parts['word/document.xml']);
    const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]*>/g, '');
    expect(text).toContain('- Mục 3.b, chính sách thu hút đầu tư, nghiên cứu và ứng dụng công nghệ sinh học (hoàn thành trong quý II/2024): Sở Tài chính tỉnh Quảng Ngãi (quá hạn 523 ngày).');
    // so-nnmt came into office on 1/3/2025, after II.1.a was due (30/6/2023), as a member of the
    // departments' group: the date never bound it, so it is not called overdue.
    expect(text).not.toMatch(/Nông nghiệp và Môi trường[^\n]*quá hạn/);
  });
});

describe('kt-bio compile: settings and templates', () => {
  it('writes a draft when no settings file names the signer: blank name line, a warning naming the year file and the flag, exit 1', async () => {
    const out = path.join(tempDir(), 'b.docx');
    const r = await compile(out, '--year', '2025', '--today', '2025-12-05');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[compile-draft] Bản tổng hợp năm 2025 là dự thảo: chưa có signer.name, number');
    expect(r.stderr).toContain('test/fixtures/compile/reports/settings/2025.yaml');
    expect(r.stderr).toContain('--signer-name');
    expect(r.stdout).toContain('Đã ghi dự thảo báo cáo tổng hợp năm 2025');
    const closing = childElements(openDocx(out).body, 'w:tbl').map(tableCells).find((t) => t[0]?.[0]?.startsWith('Nơi nhận:'))!;
    expect(closing[0]?.[1]?.split('\n').filter(Boolean)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
  });

  it('flags override the year file, which overrides the default file', async () => {
    const out = path.join(tempDir(), 'b.docx');
    await compile(out, '--year', '2024', '--today', '2024-12-05', '--signer-name', 'Lê Thị C', '--signer-authority', 'GIÁM ĐỐC', '--date', '03/12/2024');
    const tables = childElements(openDocx(out).body, 'w:tbl').map(tableCells);
    expect(tables[0]?.[1]?.[1]).toBe('Kon Tum, ngày 03 tháng 12 năm 2024');
    const closing = tables.find((t) => t[0]?.[0]?.startsWith('Nơi nhận:'))!;
    expect(closing[0]?.[1]?.split('\n').filter(Boolean)).toEqual(['GIÁM ĐỐC', 'Lê Thị C']);
  });

  it('points at the line of a settings file that breaks the schema', async () => {
    const reports = path.join(tempDir(), 'reports');
    cpSync(REPORTS, reports, { recursive: true });
    cpSync(path.join(FIXTURES, 'settings/bad-margin.yaml'), path.join(reports, 'settings', '2024.yaml'));
    const r = await kt(['compile', '--reports', reports, '-o', path.join(tempDir(), 'b.docx'), '--year', '2024', '--today', '2024-12-05']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/settings\/2024\.yaml:6:17: lỗi \[out-of-range\]/);
  });

  it('names the template file with a syntax error, and writes nothing', async () => {
    const templates = templatesWith((dir) => writeFileSync(path.join(dir, 'compile', 'vai-tro.hbs'), '{{#if (eq this "lead")}}chủ trì'));
    const out = path.join(tempDir(), 'b.docx');
    const r = await compile(out, '--year', '2024', '--today', '2024-12-05', '--templates', templates);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[compile-template-error]');
    expect(r.stderr).toContain('compile/vai-tro.hbs');
    expect(existsSync(out)).toBe(false);
  });

  it('calls a misspelt field an error rather than printing a blank', async () => {
    const templates = templatesWith((dir) => {
      const file = path.join(dir, 'compile', 'bao-cao-tong-hop.md.hbs');
      writeFileSync(file, readFileSync(file, 'utf8').replace('thực hiện Kế hoạch {{> ky-bao-cao}}, ', 'thực hiện Kế hoạch năm {{nam}}, '));
    });
    const r = await compile(path.join(tempDir(), 'b.docx'), '--year', '2024', '--today', '2024-12-05', '--templates', templates);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"nam" not defined');
  });

  it('uses a partial added by the department', async () => {
    const templates = templatesWith((dir) => {
      mkdirSync(path.join(dir, 'compile'), { recursive: true });
      writeFileSync(path.join(dir, 'compile', 'loi-ket.md.hbs'), 'Lời kết riêng của Sở năm {{year}}.\n');
      const file = path.join(dir, 'compile', 'bao-cao-tong-hop.md.hbs');
      writeFileSync(file, readFileSync(file, 'utf8').replace('\n<!-- kt-bio:closing -->\n', '\n{{> loi-ket}}\n<!-- kt-bio:closing -->\n'));
    });
    const out = path.join(tempDir(), 'b.docx');
    await compile(out, '--year', '2024', '--today', '2024-12-05', '--templates', templates);
    expect(new TextDecoder().decode(openDocx(out).parts['word/document.xml'])).toContain('Lời kết riêng của Sở năm 2024.');
  });
});
