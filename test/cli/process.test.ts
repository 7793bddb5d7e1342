// The built executable as a shell runs it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ktProcess, REPO } from '../helpers/cli.js';

describe('the kt-bio executable', () => {
  it('runs the compiled bundle and exits 0 with the plan', () => {
    const r = ktProcess(['plan', '--today', '2024-12-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('II.3.a.yd');
  });

  it('is an executable file that runs by its shebang, as npm links it', () => {
    const r = spawnSync(path.join(REPO, 'dist', 'kt-bio.mjs'), ['--help'], { cwd: REPO, encoding: 'utf8' });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Cách dùng: kt-bio');
  });

  it('prints help with examples and the exit codes', () => {
    const r = ktProcess(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ví dụ:');
    expect(r.stdout).toContain('Mã thoát');
  });

  it('exits 2 on an unknown option', () => {
    const r = ktProcess(['plan', '--no-such-option']);
    expect(r.code).toBe(2);
  });

  it('stops quietly when the reader has closed the pipe', () => {
    // `true` exits without reading, long before node starts: every write meets a closed pipe.
    const bin = path.join(REPO, 'dist', 'kt-bio.mjs');
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" plan --json --today 2024-12-01 | true; exit \${PIPESTATUS[0]}`], { cwd: REPO, encoding: 'utf8' });
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.status).toBe(0);
  });
});
