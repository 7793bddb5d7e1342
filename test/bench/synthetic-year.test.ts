// The benchmark must measure real work, not error paths: the synthetic year it generates is
// read by the same code as a real one, and every file is what the generator says it is.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { checkReportPaths } from '../../src/report/load.js';
import { expectedReporters, unitReportDeadline } from '../../src/plan/model.js';
import { planJson } from '../../src/present/plan-view.js';
import { kt, REPO } from '../helpers/cli.js';
// @ts-expect-error -- plain ESM helper of the benchmark, without type declarations
import { makeSyntheticPlan, makeSyntheticYear } from './synthetic-year.mjs';

const YEAR = 2024;
const TODAY = '2024-12-05';
const EXTRA_UNITS = 40;

describe('the synthetic year of the benchmark', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kt-bio-synthetic-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('adds synthetic units the plan then expects to report, and valid, late and invalid files the validator tells apart', async () => {
    const { planDir, syntheticIds } = await makeSyntheticPlan({ from: path.join(REPO, 'plan'), to: path.join(dir, 'plan'), extraUnits: EXTRA_UNITS });
    const loaded = await loadPlan(planDir, dir);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const plan = loaded.plan;
    const expectedIds = expectedReporters(plan, YEAR).reporters.map((r) => r.unitId);
    for (const id of syntheticIds as string[]) expect(expectedIds).toContain(id);
    expect(expectedIds.length).toBe(31 + EXTRA_UNITS);

    const deadline = unitReportDeadline(plan, YEAR);
    const year = await makeSyntheticYear({ planView: planJson(plan, deadline), reportsDir: path.join(dir, 'reports'), year: YEAR, deadline });
    const checked = await checkReportPaths([year.yearDir], { plan, today: TODAY, cwd: dir });
    expect(checked.diagnostics).toEqual([]);
    expect(checked.reports.length).toBe(year.files.length);

    const byPath = new Map(checked.reports.map((r) => [r.path, r]));
    const kinds = new Set<string>();
    for (const f of year.files as { file: string; unitId: string; kind: string; broken?: string }[]) {
      const r = byPath.get(f.file)!;
      kinds.add(f.kind);
      const errors = r.diagnostics.filter((d) => d.severity === 'error');
      if (f.kind === 'invalid') {
        expect(errors.length, `${f.file} (${f.broken}) should have an error`).toBeGreaterThan(0);
        continue;
      }
      // Valid files carry no finding at all, not even a warning: the bench times the clean path.
      expect(r.diagnostics, f.file).toEqual([]);
      expect(r.blank).toBe(false);
      expect(r.report?.agency).toBe(f.unitId);
      if (f.kind === 'late') expect(r.report!.submitted > deadline).toBe(true);
      else expect(r.report!.submitted <= deadline).toBe(true);
    }
    expect([...kinds].sort()).toEqual(['invalid', 'late', 'on_time']);
    expect(year.expected.missing.length).toBeGreaterThan(0);

    // And as the command the benchmark times sees them.
    const run = await kt(['--plan', planDir, '--today', TODAY, '--json', 'validate', year.yearDir], { cwd: dir });
    expect(run.code).toBe(1);
    const invalid = (year.files as { kind: string }[]).filter((f) => f.kind === 'invalid').length;
    const envelope = JSON.parse(run.stdout) as { result: { summary: object }; diagnostics: { code: string; severity: string }[] };
    const doc = { summary: envelope.result.summary, diagnostics: envelope.diagnostics };
    expect(doc.summary).toMatchObject({ files: year.files.length, valid: year.files.length - invalid, invalid, blank: 0 });
    // An invalid file may also leave some of its unit's tasks unreported: no other warning.
    expect(doc.diagnostics.filter((d) => d.severity === 'warning' && d.code !== 'report-task-not-reported')).toEqual([]);
  });
});
