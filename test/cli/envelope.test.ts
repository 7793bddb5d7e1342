// One JSON envelope for every command and every exit code: with --json, stdout is one JSON object
// { ok, command, exitCode, result, diagnostics }, whether the command succeeded, found problems,
// or stopped on a usage or I/O error.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kt, REPO } from '../helpers/cli.js';
import { fillForm } from '../cycle/fill-form.js';
import { planFolderWithoutCommunes, realPlan } from '../helpers/plan.js';

const out = () => mkdtempSync(path.join(tmpdir(), 'kt-bio-envelope-'));
const FIXTURE_REPORTS = path.join(REPO, 'test/fixtures/compile/reports');
const VALID = path.join(REPO, 'test/fixtures/reports/valid/2025/so-yte.yaml');

/** A 2025 year in which every unit sent its filled form on time: check exits 0. */
let allOnTime = '';
beforeAll(async () => {
  allOnTime = out();
  const plan = await realPlan();
  const datedTasks = new Set(plan.tasks.filter((t) => t.timeframe.due !== undefined).map((t) => t.id));
  const year = path.join(allOnTime, '2025');
  await kt(['template', '--all', '--year', '2025', '--today', '2025-11-01', '-o', year]);
  for (const name of readdirSync(year)) {
    const file = path.join(year, name);
    writeFileSync(file, fillForm(readFileSync(file, 'utf8'), { year: 2025, datedTasks }));
  }
});

/** Every command, with an invocation for each exit code it has. */
const CASES: { command: string; code: 0 | 1 | 2; args: () => string[] }[] = [
  { command: 'plan', code: 0, args: () => ['plan', '--today', '2024-12-05'] },
  { command: 'plan', code: 2, args: () => ['plan', '--agency', 'khong-co', '--today', '2024-12-05'] },
  { command: 'validate', code: 0, args: () => ['validate', VALID, '--today', '2025-12-05'] },
  { command: 'validate', code: 1, args: () => ['validate', 'reports/2024/ubnd-tumorong.yaml', '--today', '2024-12-05'] },
  { command: 'validate', code: 2, args: () => ['validate', 'khong-co.yaml', '--today', '2024-12-05'] },
  { command: 'check', code: 0, args: () => ['check', '--year', '2025', '--reports', allOnTime, '--today', '2025-12-01'] },
  { command: 'check', code: 1, args: () => ['check', '--year', '2024', '--today', '2024-12-05'] },
  { command: 'check', code: 2, args: () => ['check', '--year', '20x4', '--today', '2024-12-05'] },
  { command: 'template', code: 0, args: () => ['template', 'so-yte', '--year', '2024', '--today', '2024-12-05'] },
  { command: 'template', code: 1, args: () => ['template', 'ubnd-xa-kontum-cu', '--year', '2025', '--today', '2025-12-05', '--plan', planFolderWithoutCommunes(), '-o', out()] },
  { command: 'template', code: 2, args: () => ['template', 'so-y-te', '--year', '2024', '--today', '2024-12-05'] },
  { command: 'compile', code: 0, args: () => ['compile', '--year', '2025', '--reports', FIXTURE_REPORTS, '--today', '2025-12-05', '--signer-name', 'Trần Văn Bình', '-o', path.join(out(), 'a.docx')] },
  { command: 'compile', code: 1, args: () => ['compile', '--year', '2024', '--today', '2024-12-05', '-o', path.join(out(), 'a.docx')] },
  { command: 'compile', code: 2, args: () => ['compile', '--year', '2024', '--today', '2024-12-05', '--date', 'hôm qua'] },
  { command: 'init', code: 0, args: () => ['init', out(), '--year', '2026', '--today', '2026-12-01'] },
  { command: 'init', code: 2, args: () => ['init', out(), '--year', '1999', '--today', '2026-12-01'] },
];

describe('--json: one envelope for every command and exit code', () => {
  it('covers every command with every exit code it has', () => {
    const commands = new Set(CASES.map((c) => c.command));
    expect([...commands].sort()).toEqual(['check', 'compile', 'init', 'plan', 'template', 'validate']);
    for (const c of commands) expect(CASES.filter((x) => x.command === c).map((x) => x.code)).toContain(2);
  });

  for (const c of CASES) {
    it(`${c.command}, exit ${c.code}: stdout is one JSON object with ok, command, exitCode, result, diagnostics`, async () => {
      const args = c.args();
      const r = await kt([...args, '--json']);
      expect(r.code, r.stderr + r.stdout.slice(0, 500)).toBe(c.code);
      const doc = JSON.parse(r.stdout) as Record<string, unknown>;
      expect(Object.keys(doc)).toEqual(['ok', 'command', 'exitCode', 'result', 'diagnostics']);
      expect(doc).toMatchObject({ ok: c.code === 0, command: c.command, exitCode: c.code });
      expect(Array.isArray(doc['diagnostics'])).toBe(true);
      // A command that stopped early has no result; one that ran (validate of a missing file) keeps its own.
      if (c.code === 2) expect((doc['diagnostics'] as { severity: string }[]).some((d) => d.severity === 'error')).toBe(true);
      else expect(doc['result']).not.toBeNull();
      for (const d of doc['diagnostics'] as Record<string, unknown>[]) expect(typeof d['message']).toBe('string');
      // Nothing else for a script to sift out: findings are in the envelope, not on stderr.
      expect(r.stderr).toBe('');
    });
  }

  it('commander\'s own errors too: an unknown option, an unknown command, a missing argument', async () => {
    for (const [args, code] of [
      [['plan', '--agensy', 'x'], 'usage-unknown-option'],
      [['chek'], 'usage-unknown-command'],
      [['validate'], 'usage-missing-argument'],
    ] as const) {
      const r = await kt([...args, '--json', '--today', '2024-12-05']);
      expect(r.code).toBe(2);
      const doc = JSON.parse(r.stdout) as { ok: boolean; diagnostics: { code: string }[] };
      expect(doc.ok).toBe(false);
      expect(doc.diagnostics.map((d) => d.code)).toEqual([code]);
    }
  });
});
