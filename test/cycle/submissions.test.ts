// submissionStatus on reports built in memory: the rules for corrections, blank versus invalid,
// other years, dated tasks not yet due, and empty groups, one case at a time.
import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { IsoDate } from '../../src/text/calendar.js';
import type { CheckedReport, TaskReportModel } from '../../src/report/model.js';
import { cycleDiagnostics, submissionStatus } from '../../src/cycle/submissions.js';
import { COMMUNE_GROUP, planWithoutCommunes, realPlan } from '../helpers/plan.js';
import { localize } from '../../src/messages/catalogue.js';

type TaskSketch = Partial<TaskReportModel> & Pick<TaskReportModel, 'id' | 'status'>;

function valid(file: string, agency: string, year: number, submitted: IsoDate, tasks: TaskSketch[] = [{ id: 'II.1.b', status: 'ongoing', results: 'Có kết quả.' }]): CheckedReport {
  return {
    file,
    path: `/data/${file}`,
    blank: false,
    claimed: { agency, year, submitted },
    diagnostics: [],
    report: { agency, year, submitted, tasks: tasks.map((t) => ({ indicators: [], funding: {}, line: 1, ...t })), summary: {}, proposals: [] },
  };
}

function blank(file: string, agency: string, year: number): CheckedReport {
  return { file, path: `/data/${file}`, blank: true, claimed: { agency, year }, diagnostics: [diagnostic('report-blank', 'error', { reason: 'placeholders', count: 3, lines: ['5'] }, { file })] };
}

function invalid(file: string, claimed: CheckedReport['claimed']): CheckedReport {
  return {
    file,
    path: `/data/${file}`,
    blank: false,
    claimed,
    diagnostics: [
      diagnostic('report-no-results', 'warning', {}, { file, range: { start: { line: 2, column: 1 }, end: { line: 2, column: 2 } } }),
      diagnostic('invalid-date', 'error', { value: 'x' }, { file, range: { start: { line: 9, column: 3 }, end: { line: 9, column: 4 } } }),
      diagnostic('report-unknown-task', 'error', { id: 'II.9' }, { file, range: { start: { line: 4, column: 9 }, end: { line: 4, column: 13 } } }),
    ],
  };
}

const unitOf = (s: ReturnType<typeof submissionStatus>, id: string) => s.units.find((u) => u.unitId === id)!;

describe('submissionStatus', () => {
  it('with three valid files: the first dates the report, the last gives the content, the middle one is superseded', async () => {
    const plan = await realPlan();
    const reports = [
      valid('2024/so-yte-3.yaml', 'so-yte', 2024, '2024-12-01'),
      valid('2024/so-yte.yaml', 'so-yte', 2024, '2024-11-22'),
      valid('2024/so-yte-2.yaml', 'so-yte', 2024, '2024-11-25'),
    ];
    const s = submissionStatus(plan, 2024, reports, '2024-12-05');
    const u = unitOf(s, 'so-yte');
    expect(u).toMatchObject({ status: 'late', daysLate: 2, submitted: '2024-11-22', timelinessFile: '2024/so-yte.yaml', contentFile: '2024/so-yte-3.yaml' });
    expect(u.report).toBe(reports[0]!.report);
    expect(u.files.map((f) => [f.file, f.role, f.daysLate])).toEqual([
      ['2024/so-yte.yaml', 'timeliness', 2],
      ['2024/so-yte-2.yaml', 'superseded', 5],
      ['2024/so-yte-3.yaml', 'content', 11],
    ]);
  });

  it('a blank form sent on time does not make a later valid report on time', async () => {
    const plan = await realPlan();
    const s = submissionStatus(plan, 2024, [{ ...blank('2024/so-yte.yaml', 'so-yte', 2024), claimed: { agency: 'so-yte', year: 2024, submitted: '2024-11-10' } }, valid('2024/so-yte-2.yaml', 'so-yte', 2024, '2024-11-23')], '2024-12-05');
    expect(unitOf(s, 'so-yte')).toMatchObject({ status: 'late', daysLate: 3 });
    expect(unitOf(s, 'so-yte').files.map((f) => f.role)).toEqual(['not_counted', 'content_and_timeliness']);
  });

  it('with no valid file, an invalid one outweighs a blank one, and its first error is the first by position', async () => {
    const plan = await realPlan();
    const s = submissionStatus(plan, 2024, [blank('2024/so-yte.yaml', 'so-yte', 2024), invalid('2024/so-yte-2.yaml', { agency: 'so-yte', year: 2024 })], '2024-11-25');
    const u = unitOf(s, 'so-yte');
    expect(u).toMatchObject({ status: 'invalid', daysPastDeadline: 5 });
    expect(u.files.find((f) => f.verdict === 'invalid')!.firstProblem).toMatchObject({ code: 'report-unknown-task' });
    expect(u.report).toBeUndefined();
  });

  it('a missing unit is not past the deadline before it', async () => {
    const plan = await realPlan();
    const s = submissionStatus(plan, 2024, [], '2024-11-01');
    expect(unitOf(s, 'so-yte')).toMatchObject({ status: 'missing', daysPastDeadline: 0 });
    expect(cycleDiagnostics(s).find((d) => d.code === 'cycle-missing' && d.args.unitId === 'so-yte')!.args.days).toBe(0);
    expect(s.allOnTime).toBe(false);
  });

  it('a file of another year belongs to that year outside a year folder, and to its unit inside one', async () => {
    const plan = await realPlan();
    const elsewhere = { ...valid('bao-cao/so-yte-2023.yaml', 'so-yte', 2023, '2023-11-15'), path: '/data/bao-cao/so-yte-2023.yaml' };
    const inFolder = { ...invalid('reports/2024/so-gddt.yaml', { agency: 'so-gddt', year: 2023 }), path: '/data/reports/2024/so-gddt.yaml' };
    const s = submissionStatus(plan, 2024, [elsewhere, inFolder], '2024-12-01');
    expect(s.strays).toMatchObject([{ file: 'bao-cao/so-yte-2023.yaml', reason: 'other_year', year: 2023, agency: 'so-yte', verdict: 'valid' }]);
    expect(unitOf(s, 'so-yte').status).toBe('missing');
    expect(unitOf(s, 'so-gddt').status).toBe('invalid');
  });

  it('a file whose agency is unreadable is tied to its unit by its file name', async () => {
    const plan = await realPlan();
    const s = submissionStatus(plan, 2024, [invalid('2024/so-yte.yaml', {}), invalid('2024/lung-tung.yaml', {})], '2024-12-01');
    expect(unitOf(s, 'so-yte').files).toMatchObject([{ matchedBy: 'file_name', verdict: 'invalid' }]);
    expect(s.strays).toMatchObject([{ file: '2024/lung-tung.yaml', reason: 'no_agency' }]);
  });

  it('a report of a unit that ended names its successors', async () => {
    const plan = await realPlan();
    const s = submissionStatus(plan, 2025, [valid('2025/ubnd-dakglei.yaml', 'ubnd-dakglei', 2025, '2025-06-20')], '2025-12-01');
    expect(s.strays).toMatchObject([{ reason: 'ended', agency: 'ubnd-dakglei', agencyName: 'Ủy ban nhân dân huyện Đắk Glei' }]);
    // The six communes formed on the district's area.
    expect(s.strays[0]!.successors).toEqual([
      { id: 'ubnd-xa-xop', name: 'Ủy ban nhân dân xã Xốp' },
      { id: 'ubnd-xa-ngoclinh', name: 'Ủy ban nhân dân xã Ngọc Linh' },
      { id: 'ubnd-xa-dakplo', name: 'Ủy ban nhân dân xã Đăk Plô' },
      { id: 'ubnd-xa-dakpek', name: 'Ủy ban nhân dân xã Đăk Pék' },
      { id: 'ubnd-xa-dakmon', name: 'Ủy ban nhân dân xã Đăk Môn' },
      { id: 'ubnd-xa-daklong', name: 'Ủy ban nhân dân xã Đăk Long' },
    ]);
    // Before the communes were listed, the district named the group.
    const before = submissionStatus(await planWithoutCommunes(), 2025, [valid('2025/ubnd-dakglei.yaml', 'ubnd-dakglei', 2025, '2025-06-20')], '2025-12-01');
    expect(before.strays).toMatchObject([{ reason: 'ended', successors: [{ id: COMMUNE_GROUP }] }]);
  });

  it('a dated task not reported completed is "not yet due" before its date, with the days left', async () => {
    const plan = await realPlan();
    const s = submissionStatus(plan, 2024, [valid('2024/so-khdt.yaml', 'so-khdt', 2024, '2024-04-20', [{ id: 'II.3.b', status: 'in_progress', results: 'Đang xây dựng.' }])], '2024-05-01');
    const ii3b = s.datedTasks.find((t) => t.taskId === 'II.3.b')!;
    expect(ii3b.units[0]).toMatchObject({ unitId: 'so-khdt', role: 'lead', state: 'not_yet_due', daysLeft: 60, reported: 'in_progress' });
    // completed without a date: completed, and no day count to give.
    const done = submissionStatus(plan, 2024, [valid('2024/so-khdt.yaml', 'so-khdt', 2024, '2024-11-01', [{ id: 'II.3.b', status: 'completed', results: 'Xong.' }])], '2024-12-01');
    const row = done.datedTasks.find((t) => t.taskId === 'II.3.b')!.units[0]!;
    expect(row).toMatchObject({ state: 'completed', reported: 'completed' });
    expect(row.completedOn).toBeUndefined();
    expect(row.completedDaysLate).toBeUndefined();
  });

  it('a dated task binds only units in office on its due date (or their predecessors), and a unit with no report is "not reported", not overdue', async () => {
    const plan = await realPlan();
    // II.1.a is due 30/6/2023. so-nnmt came into office on 1/3/2025 as a member of the departments'
    // group, not as the heir of a unit that held the task then; so-yte reports but not completion;
    // so-tuphap sends nothing.
    const reports = [
      valid('2026/so-nnmt.yaml', 'so-nnmt', 2026, '2026-11-10'),
      valid('2026/so-yte.yaml', 'so-yte', 2026, '2026-11-10', [{ id: 'II.1.a', status: 'in_progress', results: 'Đang làm.' }]),
    ];
    const s = submissionStatus(plan, 2026, reports, '2026-12-05');
    const ii1a = s.datedTasks.find((t) => t.taskId === 'II.1.a')!;
    const row = (id: string) => ii1a.units.find((u) => u.unitId === id)!;
    expect(row('so-nnmt')).toMatchObject({ state: 'created_after_due', reported: 'not_in_report' });
    expect(row('so-nnmt').daysOverdue).toBeUndefined();
    expect(row('so-tuphap')).toMatchObject({ state: 'not_reported', reported: 'no_report' });
    expect(row('so-tuphap').daysOverdue).toBeUndefined();
    expect(row('so-yte')).toMatchObject({ state: 'overdue', daysOverdue: 1254, reported: 'in_progress' });
    const overdue = cycleDiagnostics(s).filter((d) => d.code === 'cycle-task-overdue');
    expect(overdue.map((d) => d.args.unitId)).toEqual(['so-yte']);
    // Day counts with the Vietnamese thousands separator.
    expect(localize(overdue[0]!, 'vi').message).toContain('quá hạn 1.254 ngày');
  });

  it('a unit that took a dated task over from one in office on the due date is bound by it, and that unit\'s earlier completion counts', async () => {
    const plan = await realPlan();
    // II.3.b (due 30/6/2024) was so-khdt's; so-taichinh took it over on 1/3/2025.
    const mine = valid('2025/so-taichinh.yaml', 'so-taichinh', 2025, '2025-11-10');
    const alone = submissionStatus(plan, 2025, [mine], '2025-12-05').datedTasks.find((t) => t.taskId === 'II.3.b')!.units[0]!;
    expect(alone).toMatchObject({ unitId: 'so-taichinh', state: 'overdue', daysOverdue: 523 });
    const before = valid('2024/so-khdt.yaml', 'so-khdt', 2024, '2024-11-10', [{ id: 'II.3.b', status: 'completed', completedOn: '2024-06-28', results: 'Xong.' }]);
    const done = submissionStatus(plan, 2025, [mine], '2025-12-05', [before]).datedTasks.find((t) => t.taskId === 'II.3.b')!.units[0]!;
    expect(done).toMatchObject({ unitId: 'so-taichinh', state: 'completed', completedIn: { year: 2024 } });
  });

  it('never counts an empty group as missing units; it reports it with where to add them', async () => {
    const plan = await planWithoutCommunes();
    const s = submissionStatus(plan, 2025, [], '2025-12-01');
    expect(s.units).toHaveLength(15);
    expect(s.rates.overall).toMatchObject({ expected: 15, missing: 15, reportingRate: 0, onTimeRate: 0 });
    expect(s.emptyGroups).toHaveLength(1);
    expect(s.emptyGroups[0]).toMatchObject({ groupId: 'ubnd-xa-kontum-cu', name: 'Ủy ban nhân dân các xã, phường, đặc khu trên địa bàn tỉnh Kon Tum cũ' });
    expect(s.emptyGroups[0]!.whereToAdd).toContain('plan/units.yaml');
    expect(cycleDiagnostics(s).filter((d) => d.code === 'cycle-empty-group')).toMatchObject([{ severity: 'warning', args: { groupId: 'ubnd-xa-kontum-cu', year: 2025 } }]);
    // With the communes listed (the real plan), the group's 40 units are expected like any other.
    const filled = submissionStatus(await realPlan(), 2025, [], '2025-12-01');
    expect(filled.emptyGroups).toEqual([]);
    expect(filled.rates.overall).toMatchObject({ expected: 55, missing: 55 });
  });

  it('is all on time only when every expected unit is', async () => {
    const plan = await realPlan();
    const year = 2025;
    const all = submissionStatus(plan, year, [], '2025-11-20').units.map((u) => valid(`2025/${u.unitId}.yaml`, u.unitId, year, '2025-11-20'));
    const s = submissionStatus(plan, year, all, '2025-11-20');
    expect(s.allOnTime).toBe(true);
    // 15 departments, boards and Liên minh HTX, and the 40 communes of the former Kon Tum area.
    expect(s.rates.overall).toMatchObject({ expected: 55, reported: 55, onTime: 55, reportingRate: 100, onTimeRate: 100 });
    expect(submissionStatus(plan, year, all.slice(1), '2025-11-20').allOnTime).toBe(false);
  });
});
