// The form `kt-bio template` writes is read as a blank report: one finding that lists the lines
// left to fill, not a flood of schema errors. Filled in, the same form validates clean.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReportFile } from '../../src/report/load.js';
import { kt } from '../helpers/cli.js';
import { realPlan } from '../helpers/plan.js';

const TODAY = '2025-12-01';

async function freshForm(unit: string, year: number): Promise<string> {
  const r = await kt(['template', unit, '--year', String(year), '--today', TODAY]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toContain('<<');
  return r.stdout;
}

const isComment = (line: string) => line.trimStart().startsWith('#');
/** The lines the program reads (the form's instructions are comments and may show "<<...>>"). */
const data = (text: string) => text.split('\n').filter((l) => !isComment(l)).join('\n');

/** What a clerk types in place of each placeholder, by field. */
function fillIn(form: string): string {
  const byField: Record<string, (placeholder: string) => string> = {
    submitted: () => '18/11/2025',
    from: () => '15/11/2024',
    to: () => '14/11/2025',
    completed_on: () => '20/6/2025',
    // The form offers the statuses that fit the task, the fitting one first.
    status: (p) => p.split(/,| hoặc /)[0]!.trim(),
    state_recurrent: () => '350.000.000',
    state_investment: () => '0',
    grants: () => '0',
    other: () => '0',
  };
  return form
    .replace(/^(\s*)([a-z_]+): "<<([^"]*)>>"/gm, (_m, indent: string, field: string, p: string) => `${indent}${field}: "${byField[field]?.(p) ?? `Nội dung ${field} đã điền.`}"`)
    .replace(/^(\s*)- "<<[^"]*>>"/gm, '$1- "Đề nghị bố trí kinh phí đào tạo."');
}

function inReportsFolder(text: string, unit: string, year: number): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'kt-bio-form-')), 'reports', String(year));
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${unit}.yaml`);
  writeFileSync(file, text);
  return file;
}

describe('the blank form of kt-bio template', () => {
  it('is one "report-blank" error listing the lines to fill, and exit 1', async () => {
    const form = await freshForm('so-yte', 2025);
    const file = inReportsFolder(form, 'so-yte', 2025);
    const checked = await checkReportFile(file, { plan: await realPlan(), today: TODAY, cwd: path.dirname(file) });
    expect(checked.blank).toBe(true);
    expect(checked.report).toBeUndefined();
    expect(checked.diagnostics.map((d) => d.code)).toEqual(['report-blank']);
    const firstPlaceholderLine = form.split('\n').findIndex((l) => !isComment(l) && l.includes('"<<')) + 1;
    expect(checked.diagnostics[0]!.range!.start.line).toBe(firstPlaceholderLine);
    expect(checked.diagnostics[0]!.args['count']).toBe(data(form).match(/"<<[^"]*>>"/g)!.length);
    expect(checked.claimed).toEqual({ agency: 'so-yte', year: 2025 });

    const r = await kt(['validate', file, '--today', TODAY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[report-blank] Mẫu còn trống');
    expect(r.stdout).toContain('1 tệp còn là mẫu trống');
  });

  it('validates clean once every placeholder is filled in', async () => {
    for (const unit of ['so-yte', 'so-taichinh']) {
      const filled = fillIn(await freshForm(unit, 2025));
      expect(data(filled)).not.toContain('<<');
      const file = inReportsFolder(filled, unit, 2025);
      const r = await kt(['validate', file, '--today', TODAY]);
      expect(r.stdout, unit).toMatch(/1 tệp hợp lệ/);
      expect(r.code, r.stdout).toBe(0);
      const checked = await checkReportFile(file, { plan: await realPlan(), today: TODAY, cwd: path.dirname(file) });
      expect(checked.diagnostics).toEqual([]);
      expect(checked.report!.tasks[0]!.funding['state_recurrent']).toBe(350_000_000);
    }
  });

  it('half filled: still blank, and only the real mistakes are errors beside it', async () => {
    const form = (await freshForm('so-yte', 2025)).replace('"<<ngày ký, ví dụ 18/11/2025>>"', '31/11/2025');
    const file = inReportsFolder(form, 'so-yte', 2025);
    const checked = await checkReportFile(file, { plan: await realPlan(), today: TODAY, cwd: path.dirname(file) });
    expect(checked.blank).toBe(true);
    expect(checked.diagnostics.map((d) => d.code).sort()).toEqual(['impossible-date', 'report-blank']);
  });
});
