// Every command explains itself with an example.
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { kt } from '../helpers/cli.js';

const silent = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: '.', now: () => new Date(0), vars: {}, isTTY: false };
const COMMANDS = buildProgram(silent).commands.map((c) => c.name()).filter((n) => n !== 'help');

describe('help', () => {
  it('lists every command', () => {
    expect(COMMANDS.sort()).toEqual(['check', 'compile', 'plan', 'template', 'validate']);
  });

  it('kt-bio --help shows examples of every command and the exit codes', async () => {
    const r = await kt(['--help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`\\$ kt-bio ${c} `));
    expect(r.stdout).toContain('Exit codes');
  });

  for (const c of COMMANDS) {
    it(`kt-bio ${c} --help shows an example`, async () => {
      const r = await kt([c, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Ví dụ \/ Examples:\n\s+\$ kt-bio /);
    });
  }
});

describe('--year', () => {
  for (const c of ['check', 'compile', 'template']) {
    it(`${c} refuses a year before the plan was issued`, async () => {
      const r = await kt([c, ...(c === 'template' ? ['so-yte'] : []), '--year', '1999', '--today', '2024-12-01']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('năm báo cáo đầu tiên là 2023');
    });
  }
});
