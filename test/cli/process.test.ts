// The built executable as a shell runs it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ktProcess, REPO } from '../helpers/cli.js';

describe('the kt-bio executable', () => {
  it('runs the compiled bundle and exits 0 with the plan', () => {
    const r = ktProcess(['plan', '--today', '2024-12-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('II.3.a.yd');
  });

  it('prints help with examples and the exit codes', () => {
    const r = ktProcess(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples');
    expect(r.stdout).toContain('Exit codes');
  });

  it('exits 2 on an unknown option', () => {
    const r = ktProcess(['plan', '--no-such-option']);
    expect(r.code).toBe(2);
  });

  it('stops quietly when the reader closes the pipe early', async () => {
    const child = spawn(process.execPath, [path.join(REPO, 'dist', 'kt-bio.mjs'), 'plan', '--json', '--today', '2024-12-01'], { cwd: REPO });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code).toBe(0);
  });
});
