// A broken plan file stops every command with a positioned message and exit code 2.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kt, REPO } from '../helpers/cli.js';
import { COMMAND_INVOCATIONS } from '../helpers/commands.js';

/** A copy of the real plan/ with one file changed by `edit`; returns the working folder. */
function brokenPlan(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kt-bio-plan-'));
  cpSync(path.join(REPO, 'plan'), path.join(dir, 'plan'), { recursive: true });
  const p = path.join(dir, 'plan', file);
  const before = readFileSync(p, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(p, after);
  return dir;
}

/** 1-based line and column of the first occurrence of `needle`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const i = text.indexOf(needle);
  expect(i).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, i).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

const CASES = [
  {
    name: 'a wrong type',
    file: 'reporting.yaml',
    edit: (t: string) => t.replace('{ day: 20, month: 11, inclusive: true }', '{ day: hai mươi, month: 11, inclusive: true }'),
    code: 'wrong-type',
    at: 'hai mươi',
  },
  {
    name: 'an unknown unit id in a task',
    file: 'tasks.yaml',
    edit: (t: string) => t.replace(/\bso-congthuong\b/, 'so-cong-thuong'),
    code: 'plan-unknown-id',
    at: 'so-cong-thuong',
  },
  {
    name: 'a duplicate unit id',
    file: 'units.yaml',
    edit: (t: string) => t.replace('  - id: so-tuphap\n', '  - id: so-noivu\n'),
    code: 'plan-duplicate-id',
    at: 'so-noivu\n    name: Sở Tư pháp',
  },
  {
    name: 'a YAML syntax error',
    file: 'funding.yaml',
    edit: (t: string) => t.replace('  - id: grants', '\t- id: grants'),
    code: 'yaml-tab-indent',
    at: '\t- id: grants',
  },
];

describe('a broken plan', () => {
  for (const c of CASES) {
    it(`reports ${c.name} with file, line and column, and exit 2, from every command`, async () => {
      const cwd = brokenPlan(c.file, c.edit);
      const expected = positionOf(readFileSync(path.join(cwd, 'plan', c.file), 'utf8'), c.at);
      for (const args of COMMAND_INVOCATIONS) {
        const r = await kt([...args, '--today', '2025-12-01'], { cwd });
        expect(r.code, `kt-bio ${args.join(' ')}`).toBe(2);
        if (args.includes('--json')) {
          // Scripts get the same finding in the envelope on stdout.
          const j = JSON.parse(r.stdout) as { ok: boolean; diagnostics: Record<string, unknown>[] };
          expect(j.ok).toBe(false);
          expect(j.diagnostics).toContainEqual(expect.objectContaining({ code: c.code, file: `plan/${c.file}`, line: expected.line, column: expected.column }));
          continue;
        }
        expect(r.stderr).toContain(`plan/${c.file}:${expected.line}:${expected.column}`);
        expect(r.stderr).toContain(`[${c.code}]`);
        expect(r.stderr).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/); // no stack trace
      }
    });
  }

  it('gives scripts the same diagnostic objects as validate with --json', async () => {
    const cwd = brokenPlan('tasks.yaml', (t) => t.replace(/\bso-congthuong\b/, 'so-cong-thuong'));
    const expected = positionOf(readFileSync(path.join(cwd, 'plan', 'tasks.yaml'), 'utf8'), 'so-cong-thuong');
    const r = await kt(['check', '--year', '2024', '--json', '--lang', 'en', '--today', '2025-12-01'], { cwd });
    expect(r.code).toBe(2);
    const j = JSON.parse(r.stdout) as { ok: boolean; diagnostics: Record<string, unknown>[] };
    expect(j.ok).toBe(false);
    expect(j.diagnostics.at(-1)).toMatchObject({ code: 'plan-broken' });
    expect(j.diagnostics[0]).toMatchObject({ code: 'plan-unknown-id', severity: 'error', file: 'plan/tasks.yaml', line: expected.line, column: expected.column });
    expect(j.diagnostics[0]!.hint).toContain('Did you mean "so-congthuong"?');
  });

  it('names where a repeated id was first used', async () => {
    const cwd = brokenPlan('units.yaml', (t) => t.replace('  - id: so-tuphap\n', '  - id: so-noivu\n'));
    const first = positionOf(readFileSync(path.join(cwd, 'plan', 'units.yaml'), 'utf8'), 'so-noivu');
    const r = await kt(['plan', '--lang', 'en', '--today', '2025-12-01'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`The id "so-noivu" is used twice (first at plan/units.yaml:${first.line}).`);
  });

  it('speaks English with --lang en', async () => {
    const cwd = brokenPlan('tasks.yaml', (t) => t.replace(/\bso-congthuong\b/, 'so-cong-thuong'));
    const r = await kt(['plan', '--lang', 'en', '--today', '2025-12-01'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not in the units and groups');
    expect(r.stderr).toContain('Did you mean "so-congthuong"?');
  });

  it('speaks Vietnamese by default and suggests the likely id', async () => {
    const cwd = brokenPlan('tasks.yaml', (t) => t.replace(/\bso-congthuong\b/, 'so-cong-thuong'));
    const r = await kt(['plan', '--today', '2025-12-01'], { cwd });
    expect(r.stderr).toContain('không có trong danh sách đơn vị và nhóm');
    expect(r.stderr).toContain('Có phải ý là "so-congthuong"?');
  });

  it('says which file is missing', async () => {
    const cwd = brokenPlan('issuers.yaml', (t) => `${t}\n# removed below\n`);
    const { rmSync } = await import('node:fs');
    rmSync(path.join(cwd, 'plan', 'issuers.yaml'));
    const r = await kt(['plan', '--today', '2025-12-01'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[file-not-found]');
    expect(r.stderr).toContain('plan/issuers.yaml');
  });
});
