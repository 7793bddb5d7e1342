// The packed package installed as a user installs it (npm install -g into a temporary prefix),
// run from a folder outside the repository with the plan shipped inside the package.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let root = '';
let prefix = '';
let work = '';
let bin = '';

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'kt-bio-install-'));
  prefix = path.join(root, 'prefix');
  work = path.join(root, 'so-khcn');
  // --ignore-scripts: dist/ is already built by the test command; packing must not rebuild it meanwhile.
  const packed = execFileSync(npm, ['pack', '--ignore-scripts', '--pack-destination', root, '--silent'], { cwd: REPO, encoding: 'utf8' }).trim().split('\n').pop()!;
  execFileSync(npm, ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', '--silent', path.join(root, packed)], { cwd: root, encoding: 'utf8' });
  bin = process.platform === 'win32' ? path.join(prefix, 'kt-bio.cmd') : path.join(prefix, 'bin', 'kt-bio');
  cpSync(path.join(REPO, 'reports', '2024'), path.join(work, 'reports', '2024'), { recursive: true });
}, 300_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const kt = (...args: string[]) => {
  const r = spawnSync(bin, args, { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', KT_BIO_HOME: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('npm install -g <packed kt-bio>', () => {
  it('puts kt-bio on PATH with the version of package.json', () => {
    expect(existsSync(bin)).toBe(true);
    const r = kt('--version');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
  });

  it('validate, check, template and compile run outside the repository with the shipped plan, and say so', () => {
    const v = kt('validate', 'reports/2024/so-yte.yaml', '--today', '2024-12-05');
    expect(v.code).toBe(0);
    expect(v.stderr).toContain('[plan-location] Dùng kế hoạch có sẵn trong kt-bio');
    expect(v.stderr).toContain(path.join('node_modules', 'kt-bio', 'plan'));

    const c = kt('check', '--year', '2024', '--today', '2024-12-05', '--json');
    expect(c.code).toBe(1);
    const check = JSON.parse(c.stdout) as { ok: boolean; command: string; result: { rates: { overall: { expected: number; reported: number } } } };
    expect(check).toMatchObject({ ok: false, command: 'check' });
    expect(check.result.rates.overall).toMatchObject({ expected: 31, reported: 28 });

    const t = kt('template', 'so-yte', '--year', '2026', '--today', '2026-12-01');
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('agency: so-yte');

    const d = kt('compile', '--year', '2024', '--today', '2024-12-05');
    expect(d.code).toBe(1);
    expect(existsSync(path.join(work, 'out', 'bao-cao-tong-hop-2024.docx'))).toBe(true);
    // A folder of its own has no sample settings: a draft.
    expect(d.stderr).toContain('[compile-draft]');
  });
});
