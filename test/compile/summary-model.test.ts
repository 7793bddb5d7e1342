// The summary as data (cycle/summary.ts) and the pieces of its rendering that do not need a
// document: the plan's sections as numbered items, who reported what in which order, the sums,
// and the number, letter and escape helpers of the templates.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import handlebars from 'handlebars';
import { checkReportPaths } from '../../src/report/load.js';
import { submissionStatus } from '../../src/cycle/submissions.js';
import { buildSummary, type SummaryModel } from '../../src/cycle/summary.js';
import { documentNumber, escapeStrings, formatNumberVi, registerSummaryHelpers } from '../../src/publish/summary-report.js';
import type { ResolvedSettings } from '../../src/settings/validate.js';
import { REPO } from '../helpers/cli.js';
import { realPlan } from '../helpers/plan.js';

let summary: SummaryModel;

beforeAll(async () => {
  const plan = await realPlan();
  const read = await checkReportPaths([path.join(REPO, 'test/fixtures/compile/reports/2024')], { plan, today: '2024-12-05', cwd: REPO });
  summary = buildSummary(plan, submissionStatus(plan, 2024, read.reports, '2024-12-05'));
});

const task = (id: string) => summary.tasks.find((t) => t.taskId === id)!;

describe('buildSummary', () => {
  it('numbers the plan sections as the report items: the sub-sections of II, then III and IV', () => {
    expect(summary.items.map((i) => i.sectionId)).toEqual(['II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'III', 'IV']);
    const ii3 = summary.items[2]!;
    expect(ii3.tasks).toEqual([]);
    expect(ii3.subitems.map((s) => [s.sectionId, s.tasks.map((t) => t.taskId)])).toEqual([
      ['II.3.a', ['II.3.a.nn', 'II.3.a.ct', 'II.3.a.yd', 'II.3.a.mt', 'II.3.a.kk']],
      ['II.3.b', ['II.3.b']],
    ]);
    expect(summary.items[0]!.tasks.map((t) => t.taskId)).toEqual(['II.1.a', 'II.1.b']);
  });

  it('lists what units reported on a task, the lead unit first, each marked with its timeliness', () => {
    expect(task('II.3.a.yd').entries.map((e) => [e.unit.unitId, e.role, e.status, e.late])).toEqual([
      ['so-yte', 'lead', 'ongoing', false],
      ['so-khcn', 'cooperating', 'in_progress', false],
    ]);
    expect(task('II.3.a.nn').entries.map((e) => [e.unit.unitId, e.late, e.daysLate])).toEqual([['so-nnptnt', true, 5]]);
  });

  it('tells apart holders without a counted report from holders whose report leaves the task out', () => {
    const silent = new Map(task('II.2').silent.map((s) => [s.unit.unitId, s.reason]));
    expect(silent.get('so-yte')).toBe('not_in_report');
    expect(silent.get('so-tuphap')).toBe('no_report');
    expect(silent.get('so-congthuong')).toBe('no_report'); // its only file has errors
    expect(silent.has('so-khcn')).toBe(false);
  });

  it('adds up indicators by name and unit, exactly, and keeps each unit\'s share', () => {
    expect(task('II.3.a.yd').indicators.map((i) => [i.name, i.unit, i.total, i.contributions.map((c) => [c.unit.unitId, c.value])])).toEqual([
      ['Số mẫu xét nghiệm PCR', 'mẫu', 1250, [['so-yte', 1000], ['so-khcn', 250]]],
      ['Diện tích trồng dược liệu', 'ha', 12.3, [['so-yte', 12.1], ['so-khcn', 0.2]]],
      ['Chỉ tiêu | có * và <i>thẻ</i>', 'lần & {{y}}', 3, [['so-khcn', 3]]],
    ]);
  });

  it('totals the funding by source per task and overall', () => {
    expect(task('II.3.a.yd').funding.map((f) => [f.sourceId, f.dong])).toEqual([
      ['state_investment', 0],
      ['state_recurrent', 350_000_000],
      ['grants', 100_000_000],
      ['other', 50_000_000],
    ]);
    expect(summary.funding.byTask.map((t) => [t.taskId, t.total])).toEqual([
      ['II.3.a.nn', 1_250_000_000],
      ['II.3.a.yd', 500_000_000],
    ]);
    expect(summary.funding.total).toBe(1_750_000_000);
  });

  it('names the tasks nobody reported on, and attributes summaries and proposals', () => {
    expect(summary.unreportedTasks.map((t) => t.taskId)).toEqual(['II.1.b', 'II.3.a.ct', 'II.3.a.mt', 'II.3.a.kk', 'II.3.b', 'II.4.a', 'II.4.b', 'II.5', 'III', 'IV.1', 'IV.2']);
    expect(summary.assessment.achievements.map((a) => a.unit.unitId)).toEqual(['so-khcn', 'so-yte']);
    expect(summary.assessment.causes.map((a) => [a.unit.unitId, a.text])).toEqual([['so-nnptnt', 'Nguồn vốn đầu tư còn hạn chế.']]);
    expect(summary.proposals.map((p) => [p.unit.unitId, p.items.length])).toEqual([
      ['so-nnptnt', 2],
      ['so-khcn', 1],
      ['so-yte', 1],
    ]);
  });

  it('lists the files left out with the reason and the first problem', () => {
    expect(summary.leftOut.map((f) => [f.file, f.reason, f.unit?.unitId, f.problem?.code])).toEqual([
      ['so-congthuong.yaml', 'invalid', 'so-congthuong', 'not-allowed-value'],
      ['ubnd-dakha.yaml', 'blank', 'ubnd-dakha', 'report-blank'],
    ]);
  });

  it('fills the progress grid task × unit', () => {
    const row = (id: string) => summary.progress.find((r) => r.unit.unitId === id)!.cells;
    const column = (taskId: string) => summary.tasks.findIndex((t) => t.taskId === taskId);
    expect(row('so-yte')[column('II.1.a')]).toBe('completed');
    expect(row('so-khcn')[column('II.1.a')]).toBe('not_in_report');
    expect(row('so-congthuong')[column('II.3.a.ct')]).toBe('no_report');
    expect(row('so-yte')[column('II.3.a.nn')]).toBe('not_assigned');
  });
});

describe('the helpers of the summary templates', () => {
  it('writes numbers the Vietnamese way', () => {
    expect([48650, 1250.5, 0, 12.3, 1_250_000_000].map(formatNumberVi)).toEqual(['48.650', '1.250,5', '0', '12,3', '1.250.000.000']);
  });

  it('numbers the document: a leading zero below 10, the codes after the slash, room left in a draft', () => {
    const settings = (number: ResolvedSettings['number']) => ({ number, kindCode: 'BC' }) as ResolvedSettings;
    expect(documentNumber(settings(5), 'SKHCN')).toBe('05/BC-SKHCN');
    expect(documentNumber(settings(125), 'SKHCN')).toBe('125/BC-SKHCN');
    expect(documentNumber(settings('125/BC-KHCN'), 'SKHCN')).toBe('125/BC-KHCN');
    expect(documentNumber(settings(null), 'SKHCN')).toBe('\u00A0'.repeat(6) + '/BC-SKHCN');
  });

  it('escapes every string of the view model and nothing else', () => {
    expect(escapeStrings({ a: '*x*', b: [{ c: '# h' }], n: 3, d: null, t: true })).toEqual({ a: '\\*x\\*', b: [{ c: '\\# h' }], n: 3, d: null, t: true });
  });

  it('letters sub-items with the Vietnamese alphabet, after an offset', () => {
    const hb = handlebars.create();
    registerSummaryHelpers(hb);
    const render = hb.compile('{{#each xs}}{{letter @index}}{{/each}}|{{letter 0 3}}', { strict: true });
    expect(render({ xs: [1, 2, 3, 4, 5, 6] })).toBe('abcdđe|d');
  });
});
