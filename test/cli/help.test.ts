// Every command explains itself with an example, in the chosen language; usage errors are short.
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { kt } from '../helpers/cli.js';

const silent = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: '.', now: () => new Date(0), vars: {}, isTTY: false };
const COMMANDS = buildProgram(silent, 'vi', () => {}).commands.map((c) => c.name()).filter((n) => n !== 'help');

describe('help', () => {
  it('lists every command', () => {
    expect(COMMANDS.sort()).toEqual(['check', 'compile', 'init', 'plan', 'remind', 'template', 'validate']);
  });

  it('kt-bio --help shows examples of every command and the exit codes, in Vietnamese', async () => {
    const r = await kt(['--help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`\\$ kt-bio ${c} `));
    expect(r.stdout).toContain('Mã thoát');
    expect(r.stdout).toContain('Cách dùng: kt-bio');
    expect(r.stdout).not.toMatch(/Usage:|display help/);
  });

  it('and in English with --lang en', async () => {
    const r = await kt(['--lang', 'en', '--help']);
    expect(r.stdout).toContain('Usage: kt-bio');
    expect(r.stdout).toContain('Exit codes');
    expect(r.stdout).not.toContain('Cách dùng');
  });

  it('bare kt-bio prints the help on stdout and exits 0', async () => {
    const r = await kt([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cách dùng: kt-bio');
    expect(r.stderr).toBe('');
  });

  it('--version prints the version', async () => {
    const r = await kt(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  for (const c of COMMANDS) {
    it(`kt-bio ${c} --help shows an example and the global options`, async () => {
      const r = await kt([c, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Ví dụ:\n\s+\$ kt-bio /);
      expect(r.stdout).toContain('Tùy chọn chung');
      expect(r.stdout).toContain('--reports <dir>');
      expect(r.stdout).toContain('--json');
    });
  }
});

describe('usage errors', () => {
  it('are one finding in Vietnamese and a pointer to --help, not the whole help', async () => {
    const r = await kt(['plan', '--agensy', 'so-yte']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[usage-unknown-option] Không có tùy chọn --agensy (có phải --agency?)');
    expect(r.stderr).toContain('Xem hướng dẫn: kt-bio plan --help');
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(3);
  });

  it('in English with --lang en', async () => {
    const r = await kt(['--lang', 'en', 'chek']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown command "chek" (did you mean "check"?)');
    expect(r.stderr).toContain('See: kt-bio --help');
  });

  it('neither --year nor --request', async () => {
    const r = await kt(['compile', '--today', '2024-12-05']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[request-year-or-request] Cần --year <năm> (kỳ báo cáo năm) hoặc --request <mã yêu cầu>');
  });

  it('--reports with no folder is refused, not taken for the current folder', async () => {
    const r = await kt(['--reports', '', 'check', '--year', '2024', '--today', '2024-12-05']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[usage-empty-value] --reports: chưa ghi giá trị.');
  });

  it('--lang takes vi or en only', async () => {
    const r = await kt(['--lang', 'fr', 'plan', '--today', '2024-12-05']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[usage-bad-choice] --lang: "fr" không hợp lệ (vi | en)');
  });

  it('--date before the plan or after today is refused', async () => {
    const before = await kt(['compile', '--year', '2024', '--today', '2024-12-05', '--date', '01/01/2020']);
    expect(before.code).toBe(2);
    expect(before.stderr).toContain('ở trước ngày ban hành kế hoạch (07/6/2023)');
    const future = await kt(['compile', '--year', '2024', '--today', '2024-12-05', '--date', '06/12/2024']);
    expect(future.code).toBe(2);
    expect(future.stderr).toContain('ở sau hôm nay (05/12/2024)');
  });
});

describe('--year', () => {
  for (const c of ['check', 'compile', 'template', 'remind']) {
    it(`${c} refuses a year before the plan was issued`, async () => {
      const r = await kt([c, ...(c === 'template' ? ['so-yte'] : []), '--year', '1999', '--today', '2024-12-01']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('năm báo cáo đầu tiên là 2023');
    });
  }
});
