// kt-bio validate as a clerk and a script use it: folders, skipped entries, exit codes, JSON,
// English, colour, and files that cannot be read at all.
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_REPORT_BYTES } from '../../src/text/decode.js';
import { MAX_YAML_ALIASES } from '../../src/yaml/read.js';
import { kt, ktProcess, REPO } from '../helpers/cli.js';

const TODAY = '2025-12-01';
const EXAMPLE = path.join(REPO, 'test/fixtures/reports/valid/2025/so-yte.yaml');
const MIXED = 'test/fixtures/reports/mixed/2025';
const validate = (args: string[], opts: Parameters<typeof kt>[1] = {}) => kt(['validate', ...args, '--today', TODAY], opts);
const ANSI = /\u001b\[/;

/** A fresh working folder with a reports/2025/ holding a copy of the example. */
function workspace(): { dir: string; year: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kt-bio-validate-'));
  const year = path.join(dir, 'reports', '2025');
  mkdirSync(year, { recursive: true });
  copyFileSync(EXAMPLE, path.join(year, 'so-yte.yaml'));
  return { dir, year };
}

/** True when permissions do not stop this process (root): chmod 000 cannot make a file unreadable then. */
function permissionsIgnored(dir: string): boolean {
  const probe = path.join(dir, 'probe');
  writeFileSync(probe, 'x');
  chmodSync(probe, 0o000);
  try {
    readFileSync(probe);
    return true;
  } catch {
    return false;
  } finally {
    chmodSync(probe, 0o644);
  }
}

describe('kt-bio validate on a folder', () => {
  it('checks every .yaml/.yml directly inside, lists the files it skipped, and exits 1 for a blank or bad one', async () => {
    const r = await validate([MIXED]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${MIXED}/so-khcn.yaml:4:12: lỗi [impossible-date]`);
    expect(r.stdout).toContain(`${MIXED}/so-taichinh.yml:4:12: lỗi [report-blank]`);
    expect(r.stdout).toContain(`${MIXED}/so-gddt.yaml:10:13: cảnh báo [report-no-results]`);
    expect(r.stdout).toMatch(new RegExp(`hợp lệ\\s+${MIXED}/so-yte.yaml`));
    expect(r.stdout).toMatch(new RegExp(`mẫu còn trống\\s+${MIXED}/so-taichinh.yml`));
    expect(r.stdout).toContain('Đã kiểm tra 4 tệp: 2 tệp hợp lệ, 1 tệp còn là mẫu trống, 1 tệp có lỗi (tổng cộng 2 lỗi, 5 cảnh báo).');
    expect(r.stdout).toContain(`Bỏ qua 2 mục không phải tệp .yaml/.yml:\n  ${MIXED}/cu\n  ${MIXED}/ghi-chu.txt\n`);
    // The report in the skipped subfolder is not read.
    expect(r.stdout).not.toContain(`${MIXED}/cu/so-yte.yaml`);
  });

  it('exits 0 when the only findings are warnings', async () => {
    const r = await validate([`${MIXED}/so-gddt.yaml`, EXAMPLE]);
    expect(r.stdout).toContain('[report-no-results]');
    expect(r.code).toBe(0);
  });

  it('one bad file never stops the others: a bomb, an oversized file and a valid report in one folder', async () => {
    const { year } = workspace();
    // "Billion laughs": each level refers ten times to the one before.
    let bomb = 'format: kt-bio/report@1\nl0: &l0 ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]\n';
    for (let i = 1; i <= 9; i++) bomb += `l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]\n`;
    writeFileSync(path.join(year, 'bomb.yaml'), bomb);
    writeFileSync(path.join(year, 'huge.yaml'), `results: "${'x'.repeat(MAX_REPORT_BYTES)}"\n`);
    const started = Date.now();
    const r = await validate([year]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`bomb.yaml:8:10: lỗi [yaml-alias-limit] Tệp dùng quá nhiều tham chiếu YAML (alias "*"), vượt giới hạn ${MAX_YAML_ALIASES}.`);
    expect(r.stdout).toContain(`huge.yaml: lỗi [file-too-large] Tệp quá lớn (${MAX_REPORT_BYTES + 12} byte); một báo cáo không thể lớn hơn ${MAX_REPORT_BYTES} byte.`);
    expect(r.stdout).toMatch(/hợp lệ\s+.*so-yte\.yaml/);
    expect(r.stdout).toContain('Đã kiểm tra 3 tệp: 1 tệp hợp lệ, 0 tệp còn là mẫu trống, 2 tệp có lỗi');
  });
});

describe('a folder of many reports', () => {
  it('lists only the files to act on when there are more than a hundred', async () => {
    const { year } = workspace();
    for (let i = 1; i <= 100; i++) copyFileSync(EXAMPLE, path.join(year, `ban-sao-${String(i).padStart(3, '0')}.yaml`));
    copyFileSync(path.join(REPO, MIXED, 'so-taichinh.yml'), path.join(year, 'so-taichinh.yml'));
    const r = await validate([year]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/mẫu còn trống\s+.*so-taichinh\.yml/);
    expect(r.stdout).not.toMatch(/hợp lệ\s+.*ban-sao-001\.yaml/);
    expect(r.stdout).toContain('Đã kiểm tra 102 tệp: 101 tệp hợp lệ, 1 tệp còn là mẫu trống, 0 tệp có lỗi');
  });
});

describe('exit code 2: usage and I/O errors', () => {
  it('a path that does not exist, after checking the others', async () => {
    const r = await validate(['reports/2031/khong-co.yaml', EXAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('reports/2031/khong-co.yaml: lỗi [file-not-found] Không tìm thấy tệp hoặc thư mục "reports/2031/khong-co.yaml".');
    expect(r.stdout).toContain('Đã kiểm tra 1 tệp: 1 tệp hợp lệ');
  });

  it('a file path used as a folder', async () => {
    const r = await validate([`${EXAMPLE}/so-yte.yaml`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('[file-not-found]');
  });

  it('an unknown --format, and no path at all', async () => {
    const r = await validate([EXAMPLE, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format: "xml" không hợp lệ (text | json)');
    const none = await kt(['validate', '--today', TODAY]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('[usage-missing-argument] Thiếu <paths>.');
  });

  it('an unreadable file and an unreadable folder', async () => {
    const { dir, year } = workspace();
    if (!permissionsIgnored(dir)) {
      const file = path.join(year, 'khoa.yaml');
      copyFileSync(EXAMPLE, file);
      chmodSync(file, 0o000);
      const locked = path.join(dir, 'reports', 'khoa');
      mkdirSync(locked);
      chmodSync(locked, 0o000);
      const r = await validate([year, locked]);
      chmodSync(file, 0o644);
      chmodSync(locked, 0o755);
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/khoa\.yaml: lỗi \[file-unreadable\] Không đọc được tệp ".*khoa\.yaml" \(không có quyền đọc, EACCES\)/);
      expect(r.stdout).toMatch(/lỗi \[folder-unreadable\] Không đọc được thư mục ".*reports\/khoa" \(không có quyền đọc, EACCES\)/);
      expect(r.stdout).toMatch(/hợp lệ\s+.*so-yte\.yaml/);
    } else {
      // Running as root, where permissions do not block reading: a link that points at itself
      // cannot be read either, as a file in a folder or as a folder named on the command line.
      symlinkSync('vong.yaml', path.join(year, 'vong.yaml'));
      symlinkSync('vong', path.join(dir, 'reports', 'vong'));
      const r = await validate([year, path.join(dir, 'reports', 'vong')]);
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/vong\.yaml: lỗi \[file-unreadable\] Không đọc được tệp ".*vong\.yaml" \(đường liên kết trỏ vòng lại chính nó, ELOOP\)/);
      expect(r.stdout).toMatch(/reports\/vong: lỗi \[file-unreadable\] Không đọc được tệp ".*reports\/vong" \(đường liên kết trỏ vòng lại chính nó, ELOOP\)/);
      expect(r.stdout).toMatch(/hợp lệ\s+.*so-yte\.yaml/);
    }
  });

  it('a link in a folder that points nowhere is reported, not skipped', async () => {
    const { year } = workspace();
    symlinkSync('da-xoa.yaml', path.join(year, 'so-tuphap.yaml'));
    const r = await validate([year]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/so-tuphap\.yaml: lỗi \[file-not-found\]/);
    expect(r.stdout).toContain('Đã kiểm tra 2 tệp: 1 tệp hợp lệ');
  });
});

describe('--format json', () => {
  it('one object per diagnostic plus the status of each file, and the same exit code', async () => {
    const r = await validate([MIXED, '--format', 'json']);
    expect(r.code).toBe(1);
    const envelope = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(envelope)).toEqual(['ok', 'command', 'exitCode', 'result', 'diagnostics']);
    expect(envelope).toMatchObject({ ok: false, command: 'validate', exitCode: 1 });
    const doc: Record<string, unknown> = { ...(envelope['result'] as Record<string, unknown>), diagnostics: envelope['diagnostics'] };
    expect(Object.keys(doc)).toEqual(['summary', 'files', 'skipped', 'diagnostics']);
    expect(doc['summary']).toEqual({ files: 4, valid: 2, blank: 1, invalid: 1, errors: 2, warnings: 5, skipped: 2 });
    expect(doc['files']).toEqual([
      { file: `${MIXED}/so-gddt.yaml`, status: 'ok', agency: 'so-gddt', year: 2025, submitted: '2025-11-19', errors: 0, warnings: 3 },
      { file: `${MIXED}/so-khcn.yaml`, status: 'invalid', agency: 'so-khcn', year: 2025, submitted: null, errors: 1, warnings: 1 },
      { file: `${MIXED}/so-taichinh.yml`, status: 'blank', agency: 'so-taichinh', year: 2025, submitted: null, errors: 1, warnings: 0 },
      { file: `${MIXED}/so-yte.yaml`, status: 'ok', agency: 'so-yte', year: 2025, submitted: '2025-11-18', errors: 0, warnings: 1 },
    ]);
    expect(doc['skipped']).toEqual([`${MIXED}/cu`, `${MIXED}/ghi-chu.txt`]);
    const diagnostics = doc['diagnostics'] as Record<string, unknown>[];
    expect(diagnostics.find((d) => d['code'] === 'impossible-date')).toEqual({
      code: 'impossible-date',
      severity: 'error',
      file: `${MIXED}/so-khcn.yaml`,
      line: 4,
      column: 12,
      endLine: 4,
      endColumn: 22,
      path: ['submitted'],
      message: 'Ngày 31/11/2025 không có thật: tháng 11/2025 chỉ có 30 ngày.',
      hint: 'Kiểm tra lại ngày và tháng (ghi theo thứ tự ngày/tháng/năm).',
      args: { field: 'submitted', value: '31/11/2025', day: 31, month: 11, year: 2025, daysInMonth: 30 },
    });
    expect(diagnostics.map((d) => d['code'])).toEqual(['report-task-not-reported', 'report-completed-no-date', 'report-no-results', 'impossible-date', 'report-task-not-reported', 'report-blank', 'report-task-not-reported']);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('--json is the same as --format json, and --lang en translates the messages', async () => {
    const a = await validate([MIXED, '--json', '--lang', 'en']);
    const b = await validate([MIXED, '--format', 'json', '--lang', 'en']);
    expect(a.stdout).toBe(b.stdout);
    const doc = JSON.parse(a.stdout) as { diagnostics: { code: string; message: string }[] };
    expect(doc.diagnostics.find((d) => d.code === 'impossible-date')!.message).toBe('31/11/2025 is not a real date: 11/2025 has only 30 days.');
  });

  it('a path that does not exist is a diagnostic of its own, and exit 2', async () => {
    const r = await validate(['khong-co/', '--format', 'json']);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as { ok: boolean; result: { files: unknown[] }; diagnostics: { code: string; file: string }[] };
    expect(doc.ok).toBe(false);
    expect(doc.result.files).toEqual([]);
    expect(doc.diagnostics).toMatchObject([{ code: 'file-not-found', file: 'khong-co' }]);
  });
});

describe('language and colour', () => {
  it('speaks English with --lang en', async () => {
    const r = await validate([MIXED, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${MIXED}/so-taichinh.yml:4:12: error [report-blank] The form is still blank: 3 "<<...>>" placeholder(s) still to replace, on lines 4, 7, 8.`);
    expect(r.stdout).toContain('  Fix: Replace each <<...>> with the real content');
    expect(r.stdout).toContain('Checked 4 files: 2 valid, 1 blank, 1 with errors (2 errors, 5 warnings in all).');
    expect(r.stdout).toContain('Skipped 2 entries that are not .yaml/.yml files:');
  });

  it('quotes the offending line with a caret under it', async () => {
    const r = await validate(['test/fixtures/reports/bad/unknown-agency.yaml']);
    expect(r.stdout).toContain(
      [
        'test/fixtures/reports/bad/unknown-agency.yaml:4:9: lỗi [report-unknown-agency] Không có đơn vị nào mang mã "so-y-te" trong kế hoạch (plan/units.yaml).',
        '  4 | agency: so-y-te',
        '    |         ^^^^^^^',
        '  Cách sửa: Có phải ý là "so-yte"? Ghi: agency: so-yte',
      ].join('\n'),
    );
  });

  it('colours only on a terminal, and never with NO_COLOR', async () => {
    const args = ['test/fixtures/reports/bad/unknown-agency.yaml'];
    expect((await validate(args, { isTTY: true })).stdout).toMatch(ANSI);
    expect((await validate(args, { isTTY: true, vars: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await validate(args, { isTTY: false })).stdout).not.toMatch(ANSI);
  });

  it('the help shows an example and the exit codes', async () => {
    const r = await kt(['validate', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('$ kt-bio validate reports/2025/so-yte.yaml');
    expect(r.stdout).toContain('--format <format>');
    expect(r.stdout).toMatch(/2 +lỗi sử dụng/);
  });
});

describe('the built executable', () => {
  it('exits 0, 1 and 2 as a process, with no stack trace', () => {
    const ok = ktProcess(['validate', EXAMPLE, '--today', TODAY]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Đã kiểm tra 1 tệp: 1 tệp hợp lệ');
    const bad = ktProcess(['validate', 'test/fixtures/reports/bad/', '--today', TODAY, '--lang', 'en']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('test/fixtures/reports/bad/agency-ended.yaml:4:9: error [report-agency-ended] Sở KH&ĐT merged into Sở Tài chính on 01/03/2025');
    expect(bad.stdout).not.toMatch(ANSI);
    expect(bad.stderr).toBe('');
    const missing = ktProcess(['validate', 'khong-co.yaml', '--today', TODAY]);
    expect(missing.code).toBe(2);
    expect(`${missing.stdout}${missing.stderr}`).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/);
  });
});
