// kt-bio check on fixture years: every unit in the right group with the right day counts, in
// text and JSON; rates; dated tasks; where the cycle stands; exit codes.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kt, REPO, resultOf } from '../helpers/cli.js';
import { planFolderWithoutCommunes } from '../helpers/plan.js';

const FIXTURES = 'test/fixtures/cycle';
const F = (name: string) => `${FIXTURES}/2024/${name}`;

/** The lines of a section of the text output: from its heading to the next blank line. */
function section(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  expect(start, `section "${heading}" in:\n${text}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && l.trim() === '');
  return lines.slice(start, end < 0 ? undefined : end);
}

/** The table row of a unit: the line that starts with its id. */
function row(lines: string[], unitId: string): string {
  const found = lines.find((l) => l.trimStart().startsWith(`${unitId} `));
  expect(found, `${unitId} in:\n${lines.join('\n')}`).toBeDefined();
  return found!;
}

const ids = (lines: string[]) => lines.slice(2).map((l) => l.trim().split(/\s+/)[0]).filter((x) => x && !x.startsWith('→'));

interface JsonUnit {
  unitId: string;
  status: string;
  submitted: string | null;
  daysLate: number | null;
  daysPastDeadline: number | null;
  number: string | null;
  contentFile: string | null;
  timelinessFile: string | null;
  files: { file: string; verdict: string; role: string; submitted: string | null; daysLate: number | null; matchedBy: string; firstProblem: { code: string; line: number | null } | null }[];
}

const ON_TIME = ['so-khdt', 'so-taichinh', 'so-khcn', 'so-yte', 'ubnd-kontum'];
const LATE = { 'so-congthuong': 5, 'so-nnptnt': 2, 'so-gddt': 12 };
const BLANK = ['so-tuphap', 'ubnd-dakto'];
const INVALID = ['so-noivu', 'so-xaydung', 'ubnd-konray', 'ubnd-sathay'];
const MISSING = [
  'vp-ubnd', 'thanh-tra', 'so-gtvt', 'so-tnmt', 'so-tttt', 'so-ldtbxh', 'so-vhttdl', 'so-ngoaivu', 'ban-dantoc', 'ban-qlkkt', 'lmhtx',
  'ubnd-dakglei', 'ubnd-ngochoi', 'ubnd-konplong', 'ubnd-dakha', 'ubnd-tumorong', 'ubnd-iahdrai',
];

describe('kt-bio check on the 2024 fixture year, as of 10/12/2024', () => {
  const args = ['check', '--year', '2024', '--today', '2024-12-10', '--reports', FIXTURES];

  it('groups every unit by status with its days late, in Vietnamese, and exits 1', async () => {
    const r = await kt(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toContain('TÌNH HÌNH BÁO CÁO NĂM 2024');
    expect(out).toContain('Thư mục báo cáo: test/fixtures/cycle/2024 (19 tệp)');
    expect(out).toContain('Bỏ qua 1 mục không phải tệp .yaml: test/fixtures/cycle/2024/doc-truoc.txt');

    const onTime = section(out, 'ĐÚNG HẠN (5)');
    expect(ids(onTime).sort()).toEqual([...ON_TIME].sort());
    expect(row(onTime, 'so-yte')).toMatch(/Sở Y tế\s+18\/11\/2024\s+215\/BC-SYT\s+test\/fixtures\/cycle\/2024\/so-yte\.yaml/);
    // Signed on the deadline day itself: on time.
    expect(row(onTime, 'so-khcn')).toContain('20/11/2024');
    // A correction after the deadline keeps the unit on time: the first valid report decides.
    // The date and number of the same document (the first, which decided timeliness).
    expect(row(onTime, 'so-taichinh')).toContain(`19/11/2024  301/BC-STC    ${F('so-taichinh.yaml')} (nội dung lấy từ bản bổ sung ${F('so-taichinh-bo-sung.yaml')})`);

    const late = section(out, 'TRỄ HẠN (3)');
    expect(ids(late).sort()).toEqual(Object.keys(LATE).sort());
    expect(row(late, 'so-congthuong')).toMatch(/25\/11\/2024\s+5 ngày\s+97\/BC-SCT/);
    expect(row(late, 'so-gddt')).toMatch(/02\/12\/2024\s+12 ngày/);
    expect(row(late, 'so-nnptnt')).toMatch(/22\/11\/2024\s+2 ngày\s+—\s+test\/fixtures\/cycle\/2024\/so-nnptnt-bo-sung\.yaml/);

    const blank = section(out, 'GỬI MẪU TRỐNG — chưa tính là đã báo cáo (2)');
    expect(ids(blank).sort()).toEqual(BLANK);
    // The first thing left to fill, in the words of `validate` (its catalogue, not ours).
    expect(row(blank, 'so-tuphap')).toMatch(/3 chỗ "<<\.\.\.>>".*5, 8, 9/);
    expect(row(blank, 'ubnd-dakto')).toMatch(/\("results"\).*7, 9/);

    const invalid = section(out, 'CÓ LỖI — chưa tính là đã báo cáo (4)');
    expect(ids(invalid).sort()).toEqual(INVALID);
    expect(row(invalid, 'so-xaydung')).toMatch(/dòng 5: .*31\/11\/2024/);
    expect(row(invalid, 'so-noivu')).toMatch(/dòng 4: .*2023/);
    expect(row(invalid, 'ubnd-sathay')).toContain('dòng 6:');
    expect(row(invalid, 'ubnd-konray')).toContain('ubnd-konray.yaml (nhận theo tên tệp)');
    for (const id of INVALID) expect(invalid.join('\n')).toContain(`→ xem đủ: kt-bio validate ${F(`${id}.yaml`)}`);

    const missing = section(out, 'CHƯA GỬI (17) — quá hạn 20 ngày');
    expect(ids(missing).sort()).toEqual([...MISSING].sort());
  });

  it('says which file of a unit gives the content and which decides timeliness', async () => {
    const out = (await kt(args)).stdout;
    const dup = section(out, 'NHIỀU TỆP CỦA CÙNG MỘT ĐƠN VỊ');
    expect(dup.join('\n')).toMatch(/so-taichinh\.yaml\s+19\/11\/2024\s+hợp lệ\s+quyết định thời hạn \(bản hợp lệ gửi đầu tiên\); nội dung đã được thay/);
    expect(dup.join('\n')).toMatch(/so-taichinh-bo-sung\.yaml\s+28\/11\/2024\s+hợp lệ\s+nội dung được dùng \(bản hợp lệ gửi sau cùng\)/);
    expect(dup.join('\n')).toMatch(/so-nnptnt\.yaml\s+10\/11\/2024\s+có lỗi\s+không tính/);
    expect(dup.join('\n')).toMatch(/so-nnptnt-bo-sung\.yaml\s+22\/11\/2024\s+hợp lệ\s+được tính \(nội dung và thời hạn\)/);
  });

  it('lists the files that belong to no expected unit, with the reason', async () => {
    const out = (await kt(args)).stdout;
    const strays = section(out, 'TỆP KHÔNG THUỘC ĐƠN VỊ NÀO PHẢI BÁO CÁO NĂM 2024').join('\n');
    expect(strays).toContain(`${F('so-nnmt.yaml')} [có lỗi]: Sở Nông nghiệp và Môi trường chưa hoạt động vào hạn báo cáo năm 2024.`);
    expect(strays).toContain(`${F('khoa-hoc.yaml')} [có lỗi]: Mã đơn vị "so-khoa-hoc" không có trong kế hoạch`);
    expect(strays).toContain(`${F('ghi-chu.yaml')} [có lỗi]: Không xác định được tệp này của đơn vị nào`);
  });

  it('gives reporting and on-time rates, overall and by kind of unit', async () => {
    const out = (await kt(args)).stdout;
    expect(out).toContain('Phải báo cáo: 31 đơn vị. Đã báo cáo: 8 (25,8%), trong đó đúng hạn 5 (16,1%), trễ hạn 3. Mẫu trống: 2. Có lỗi: 4. Chưa gửi: 17.');
    const rates = section(out, 'TỶ LỆ BÁO CÁO');
    expect(rates.join('\n')).toMatch(/Sở, ngành\s+16\s+7\s+43,8%\s+4\s+25%/);
    expect(rates.join('\n')).toMatch(/UBND cấp huyện\s+10\s+1\s+10%\s+1\s+10%/);
  });

  it('shows dated tasks completed (when) or overdue (by how long) for every unit that holds them', async () => {
    const out = (await kt(args)).stdout;
    const dated = section(out, 'NHIỆM VỤ CÓ THỜI HẠN').join('\n');
    expect(dated).toContain('II.1.a — Quán triệt Nghị quyết số 36-NQ/TW và Chương trình số 57-CTr/TU — Hoàn thành trong quý II/2023 (hạn 30/6/2023)');
    expect(dated).toMatch(/so-yte \(Sở Y tế, thực hiện\)\s+ngày 20\/6\/2023, đúng hạn/);
    expect(dated).toMatch(/so-khcn \(Sở KH&CN, thực hiện\)\s+ngày 15\/7\/2023, sau hạn 15 ngày/);
    // 30/6/2023 → 10/12/2024 is 529 days; 30/6/2024 → 10/12/2024 is 163.
    expect(dated).toContain('Quá hạn 529 ngày, chưa báo cáo hoàn thành (5):');
    // A unit with no counted report this year is "not reported", never "overdue by N days".
    expect(dated).toContain('Đã quá hạn, đơn vị chưa báo cáo năm nay (22):');
    expect(dated).toMatch(/Đã quá hạn, đơn vị chưa báo cáo năm nay \(22\):\n(.*\n)*\s+so-tuphap \(Sở Tư pháp, thực hiện\)\s+chưa có báo cáo được tính/);
    // Completed in 2023 and said so in the 2023 report: not overdue because 2024 is silent.
    expect(dated).toMatch(/ubnd-kontum \(UBND TP Kon Tum, thực hiện\)\s+ngày 28\/6\/2023, đúng hạn \(theo báo cáo năm 2023: test\/fixtures\/cycle\/2023\/ubnd-kontum.yaml\)/);
    expect(dated).toMatch(/so-congthuong \(Sở Công Thương, thực hiện\)\s+đang thực hiện/);
    expect(dated).toMatch(/so-khdt \(Sở KH&ĐT, chủ trì\)\s+ngày 28\/6\/2024, đúng hạn/);
    // The due date binds the lead; cooperating units are not listed as overdue.
    expect(dated).not.toContain('Quá hạn 163 ngày');
    expect(dated).not.toMatch(/so-taichinh \(Sở Tài chính, phối hợp\)/);
  });

  it('gives the same verdicts as JSON', async () => {
    const r = await kt([...args, '--json']);
    expect(r.code).toBe(1);
    const envelope = JSON.parse(r.stdout) as { diagnostics: { code: string }[] };
    const j = resultOf(r.stdout) as {
      year: number;
      today: string;
      allOnTime: boolean;
      reports: { kind: string; folder: string; files: number; skipped: string[] };
      units: JsonUnit[];
      strays: { file: string; reason: string; agency: string | null; verdict: string }[];
      rates: { overall: Record<string, number | null> };
      datedTasks: { taskId: string; due: string; units: { unitId: string; state: string; completedOn: string | null; completedDaysLate: number | null; daysOverdue: number | null; reported: string }[] }[];
      emptyGroups: unknown[];
    };
    expect(j).toMatchObject({ year: 2024, today: '2024-12-10', allOnTime: false, reports: { kind: 'year_folder', folder: 'test/fixtures/cycle/2024', files: 19 } });
    const byId = new Map(j.units.map((u) => [u.unitId, u]));
    expect(j.units).toHaveLength(31);
    for (const id of ON_TIME) expect(byId.get(id)).toMatchObject({ status: 'on_time', daysLate: 0 });
    for (const [id, days] of Object.entries(LATE)) expect(byId.get(id)).toMatchObject({ status: 'late', daysLate: days });
    for (const id of BLANK) expect(byId.get(id)).toMatchObject({ status: 'blank', daysPastDeadline: 20 });
    for (const id of INVALID) expect(byId.get(id)).toMatchObject({ status: 'invalid', daysPastDeadline: 20 });
    for (const id of MISSING) expect(byId.get(id)).toMatchObject({ status: 'missing', daysPastDeadline: 20, files: [] });

    expect(byId.get('so-taichinh')).toMatchObject({
      submitted: '2024-11-19',
      number: '315/BC-STC',
      timelinessFile: F('so-taichinh.yaml'),
      contentFile: F('so-taichinh-bo-sung.yaml'),
      files: [
        { file: F('so-taichinh.yaml'), verdict: 'valid', role: 'timeliness', submitted: '2024-11-19', daysLate: 0 },
        { file: F('so-taichinh-bo-sung.yaml'), verdict: 'valid', role: 'content', submitted: '2024-11-28', daysLate: 8 },
      ],
    });
    expect(byId.get('so-nnptnt')!.files).toMatchObject([
      { file: F('so-nnptnt.yaml'), verdict: 'invalid', role: 'not_counted', firstProblem: { code: 'report-unknown-task', line: 7 } },
      { file: F('so-nnptnt-bo-sung.yaml'), verdict: 'valid', role: 'content_and_timeliness', daysLate: 2 },
    ]);
    expect(byId.get('ubnd-konray')!.files).toMatchObject([{ matchedBy: 'file_name', verdict: 'invalid', firstProblem: { code: 'file-utf16' } }]);
    expect(byId.get('so-xaydung')!.files[0]!.firstProblem).toMatchObject({ code: 'impossible-date', line: 5 });
    expect(byId.get('so-tuphap')!.files[0]!.firstProblem).toMatchObject({ code: 'report-blank' });

    expect(j.strays.map((s) => [s.file, s.reason, s.agency]).sort()).toEqual([
      [F('ghi-chu.yaml'), 'no_agency', null],
      [F('khoa-hoc.yaml'), 'unknown_agency', 'so-khoa-hoc'],
      [F('so-nnmt.yaml'), 'not_yet_in_office', 'so-nnmt'],
    ]);
    expect(j.rates.overall).toEqual({ expected: 31, reported: 8, onTime: 5, late: 3, blank: 2, invalid: 4, missing: 17, reportingRate: 25.8, onTimeRate: 16.1 });

    const task = (id: string) => j.datedTasks.find((t) => t.taskId === id)!;
    const unitOf = (id: string, unit: string) => task(id).units.find((u) => u.unitId === unit);
    expect(task('II.1.a').due).toBe('2023-06-30');
    expect(task('II.1.a').units).toHaveLength(30);
    expect(unitOf('II.1.a', 'so-yte')).toMatchObject({ state: 'completed', completedOn: '2023-06-20', completedDaysLate: 0 });
    expect(unitOf('II.1.a', 'so-khcn')).toMatchObject({ state: 'completed', completedOn: '2023-07-15', completedDaysLate: 15 });
    expect(unitOf('II.1.a', 'so-congthuong')).toMatchObject({ state: 'overdue', daysOverdue: 529, reported: 'in_progress' });
    expect(unitOf('II.1.a', 'ubnd-kontum')).toMatchObject({ state: 'completed', completedOn: '2023-06-28', reported: 'not_in_report', completedIn: { year: 2023, file: 'test/fixtures/cycle/2023/ubnd-kontum.yaml' } });
    expect(unitOf('II.1.a', 'so-tuphap')).toMatchObject({ state: 'not_reported', daysOverdue: null, reported: 'no_report' });
    expect(unitOf('II.1.a', 'lmhtx')).toBeUndefined();
    expect(unitOf('II.3.b', 'so-khdt')).toMatchObject({ state: 'completed', completedOn: '2024-06-28', completedDaysLate: 0 });
    expect(unitOf('II.3.b', 'so-taichinh')).toBeUndefined();
    expect(task('II.3.b').units.map((u) => u.unitId)).toEqual(['so-khdt']);

    expect(j.emptyGroups).toEqual([]);
    const codes = envelope.diagnostics.map((f) => f.code);
    expect(codes.filter((c) => c === 'cycle-missing')).toHaveLength(17);
    expect(codes.filter((c) => c === 'cycle-late')).toHaveLength(3);
    expect(codes.filter((c) => c === 'cycle-blank')).toHaveLength(2);
    expect(codes.filter((c) => c === 'cycle-invalid')).toHaveLength(4);
    expect(codes.filter((c) => c === 'cycle-stray-file')).toHaveLength(3);
  });

  it('speaks English with --lang en', async () => {
    const r = await kt([...args, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('REPORTING FOR 2024');
    expect(row(section(r.stdout, 'LATE (3)'), 'so-gddt')).toMatch(/02\/12\/2024\s+12 day\(s\)/);
    expect(r.stdout).toContain('MISSING (17) — 20 day(s) overdue');
    expect(r.stdout).toContain('Expected: 31 units. Reported: 8 (25.8%), of which on time 5 (16.1%), late 3.');
    expect(r.stdout).toContain('Overdue by 529 day(s), not reported completed (5):');
    expect(r.stdout).toContain('Past the due date, no report from the unit this year (22):');
  });

  it('colours only on a terminal, and never with NO_COLOR', async () => {
    expect((await kt(args, { isTTY: true })).stdout).toContain('\u001b[');
    expect((await kt(args, { isTTY: true, vars: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await kt(args)).stdout).not.toContain('\u001b[');
  });

  it('reads the same reports when --reports names the year folder itself', async () => {
    const a = resultOf((await kt([...args, '--json'])).stdout) as { units: JsonUnit[] };
    const r = await kt(['check', '--year', '2024', '--today', '2024-12-10', '--reports', `${FIXTURES}/2024`, '--json']);
    const b = resultOf(r.stdout) as { units: JsonUnit[]; reports: { kind: string } };
    expect(b.reports.kind).toBe('given_folder');
    expect(b.units.map((u) => [u.unitId, u.status, u.daysLate])).toEqual(a.units.map((u) => [u.unitId, u.status, u.daysLate]));
  });
});

describe('where the cycle stands as of --today', () => {
  const at = async (today: string) => {
    const r = await kt(['check', '--year', '2024', '--today', today, '--reports', FIXTURES, '--json']);
    return { text: (await kt(['check', '--year', '2024', '--today', today, '--reports', FIXTURES])).stdout, cycle: (resultOf(r.stdout) as { cycle: unknown }).cycle };
  };

  it('before the unit deadline: days left to both deadlines; missing units are not yet late', async () => {
    const { text, cycle } = await at('2024-11-01');
    expect(cycle).toEqual({
      today: '2024-11-01',
      phase: 'collecting',
      unitDeadline: { date: '2024-11-20', daysLeft: 19, daysPast: 0 },
      provincialDeadline: { date: '2024-12-20', daysLeft: 49, daysPast: 0 },
    });
    expect(text).toContain('Hạn các đơn vị gửi báo cáo: 20/11/2024 — còn 19 ngày.');
    expect(text).toContain('Hạn tổng hợp báo cáo của tỉnh: 20/12/2024 — còn 49 ngày.');
    expect(text).toMatch(/CHƯA GỬI \(\d+\) — còn 19 ngày đến hạn/);
  });

  it('on the deadline day: the last day, not past', async () => {
    const { text, cycle } = await at('2024-11-20');
    expect(cycle).toMatchObject({ phase: 'collecting', unitDeadline: { daysLeft: 0, daysPast: 0 }, provincialDeadline: { daysLeft: 30 } });
    expect(text).toContain('Hạn các đơn vị gửi báo cáo: 20/11/2024 — hôm nay là hạn cuối.');
  });

  it('between the deadlines: days past the first, days left to the second', async () => {
    const { text, cycle } = await at('2024-12-10');
    expect(cycle).toMatchObject({ phase: 'compiling', unitDeadline: { daysLeft: 0, daysPast: 20 }, provincialDeadline: { daysLeft: 10, daysPast: 0 } });
    expect(text).toContain('Hạn các đơn vị gửi báo cáo: 20/11/2024 — đã quá hạn 20 ngày.');
    expect(text).toContain('Hạn tổng hợp báo cáo của tỉnh: 20/12/2024 — còn 10 ngày.');
  });

  it('after both: days past each', async () => {
    const { text, cycle } = await at('2025-01-05');
    expect(cycle).toMatchObject({ phase: 'closed', unitDeadline: { daysPast: 46 }, provincialDeadline: { daysPast: 16 } });
    expect(text).toContain('Hạn tổng hợp báo cáo của tỉnh: 20/12/2024 — đã quá hạn 16 ngày.');
  });
});

describe('a year with no reports folder', () => {
  it('is not an I/O error: everyone is missing, the output says why, exit 1', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'kt-bio-check-'));
    const r = await kt(['check', '--year', '2026', '--today', '2026-12-01', '--plan', path.join(REPO, 'plan')], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Chưa có thư mục reports/2026: chưa nhận được báo cáo nào, mọi đơn vị được tính là chưa gửi.');
    // 15 departments, boards and Liên minh HTX, and the 40 communes of the former Kon Tum area.
    expect(r.stdout).toMatch(/CHƯA GỬI \(55\) — quá hạn 11 ngày/);
    const j = resultOf((await kt(['check', '--year', '2026', '--today', '2026-12-01', '--plan', path.join(REPO, 'plan'), '--json'], { cwd })).stdout) as {
      reports: unknown;
      rates: { overall: { missing: number; expected: number } };
    };
    expect(j.reports).toEqual({ kind: 'none', folder: null, yearFolder: 'reports/2026', files: 0, skipped: [] });
    expect(j.rates.overall).toMatchObject({ expected: 55, missing: 55 });
  });

  it('but a --reports folder named on the command line must exist (exit 2)', async () => {
    const r = await kt(['check', '--year', '2024', '--today', '2024-12-10', '--reports', 'test/fixtures/cycle/khong-co']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[file-not-found]');
    expect(r.stderr).toContain('test/fixtures/cycle/khong-co');
    expect(r.stdout).toBe('');
  });
});

describe('usage errors', () => {
  it('exit 2 without --year or with a year that is not one', async () => {
    expect((await kt(['check', '--today', '2024-12-10'])).code).toBe(2);
    const r = await kt(['check', '--year', 'năm nay', '--today', '2024-12-10']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--year: "năm nay" không phải là năm');
  });
});

describe('kt-bio check --year 2025 --today 2025-12-01 (after the mergers)', () => {
  const args = ['check', '--year', '2025', '--today', '2025-12-01', '--reports', FIXTURES];

  it('lists the merged departments, not their predecessors, and the communes that took over from the districts', async () => {
    const r = await kt(args);
    expect(r.code).toBe(1);
    const out = r.stdout;
    const onTime = section(out, 'ĐÚNG HẠN (2)');
    expect(row(onTime, 'so-nnmt')).toMatch(/Sở NN&MT\s+17\/11\/2025\s+412\/BC-SNNMT/);
    expect(row(onTime, 'so-taichinh')).toContain('19/11/2025');
    expect(row(section(out, 'TRỄ HẠN (1)'), 'so-yte')).toMatch(/23\/11\/2025\s+3 ngày/);
    // 12 departments, boards and Liên minh HTX, and the 40 communes of the former Kon Tum area.
    const missing = section(out, 'CHƯA GỬI (52) — quá hạn 11 ngày');
    for (const id of ['so-khcn', 'so-dttg', 'so-xaydung', 'so-noivu', 'vp-ubnd', 'lmhtx']) row(missing, id);
    expect(row(missing, 'ubnd-phuong-kontum')).toContain('UBND phường Kon Tum');
    expect(row(missing, 'ubnd-xa-iadal')).toContain('UBND xã Ia Đal');
    for (const gone of ['so-nnptnt', 'so-tnmt', 'so-khdt', 'so-gtvt', 'so-tttt', 'so-ldtbxh', 'ban-dantoc', 'so-ngoaivu', 'ubnd-kontum', 'ubnd-dakglei']) {
      expect(out).not.toMatch(new RegExp(`^\\s+${gone}\\s`, 'm'));
    }
    // The ended department's file is named, with its successor.
    expect(section(out, 'TỆP KHÔNG THUỘC ĐƠN VỊ NÀO PHẢI BÁO CÁO NĂM 2025').join('\n')).toContain(
      'test/fixtures/cycle/2025/so-khdt.yaml [có lỗi]: Sở Kế hoạch và Đầu tư đã kết thúc hoạt động trước hạn báo cáo năm 2025; nhiệm vụ đã chuyển cho Sở Tài chính tỉnh Quảng Ngãi.',
    );
    expect(out).not.toContain('NHÓM CHƯA CÓ ĐƠN VỊ');
    expect(out).toContain('Phải báo cáo: 55 đơn vị.');
    expect(out).toMatch(/UBND cấp xã\s+40\s+0\s+0%/);
  });

  it('says when the commune-level group has no members, and does not count it as missing (a plan without the communes)', async () => {
    const r = await kt([...args, '--plan', planFolderWithoutCommunes()]);
    expect(r.code).toBe(1);
    const out = r.stdout;
    section(out, 'CHƯA GỬI (12) — quá hạn 11 ngày');
    const empty = section(out, 'NHÓM CHƯA CÓ ĐƠN VỊ').join('\n');
    expect(empty).toContain('Nhóm "Ủy ban nhân dân các xã, phường, đặc khu trên địa bàn tỉnh Kon Tum cũ" chưa có đơn vị nào trong dữ liệu cho năm 2025');
    expect(empty).toContain('không tính là thiếu báo cáo');
    expect(empty).toContain('Thêm các đơn vị của nhóm tại: plan/units.yaml');
    expect(out).toContain('Phải báo cáo: 15 đơn vị.');
    const j = resultOf((await kt([...args, '--plan', planFolderWithoutCommunes(), '--json'])).stdout) as {
      emptyGroups: { groupId: string; whereToAdd: string | null; taskIds: string[] }[];
      rates: { overall: { expected: number; missing: number } };
    };
    expect(j.rates.overall).toMatchObject({ expected: 15, missing: 12 });
    expect(j.emptyGroups).toHaveLength(1);
    expect(j.emptyGroups[0]).toMatchObject({ groupId: 'ubnd-xa-kontum-cu' });
    expect(j.emptyGroups[0]!.whereToAdd).toContain('plan/units.yaml');
  });

  it('in JSON: 55 expected units, no empty group, inherited tasks marked', async () => {
    const j = resultOf((await kt([...args, '--json'])).stdout) as {
      units: (JsonUnit & { name: string; tasks: { taskId: string; inheritedFrom: string | null }[] })[];
      emptyGroups: { groupId: string; whereToAdd: string | null; taskIds: string[] }[];
      strays: { reason: string; agency: string; successors: { id: string }[] }[];
      rates: { overall: { expected: number; missing: number } };
      datedTasks: { taskId: string; units: { unitId: string; state: string; completedOn: string | null; completedDaysLate: number | null }[] }[];
    };
    const communes = j.units.filter((u) => /^ubnd-(xa|phuong)-/.test(u.unitId));
    expect(j.units.filter((u) => !communes.includes(u)).map((u) => u.unitId).sort()).toEqual(
      ['vp-ubnd', 'thanh-tra', 'so-noivu', 'so-tuphap', 'so-taichinh', 'so-congthuong', 'so-xaydung', 'so-vhttdl', 'so-khcn', 'so-gddt', 'so-yte', 'ban-qlkkt', 'so-nnmt', 'so-dttg', 'lmhtx'].sort(),
    );
    // The 40 communes of the former Kon Tum area, none of which has reported in the fixture year.
    expect(communes).toHaveLength(40);
    expect(communes.every((u) => u.status === 'missing')).toBe(true);
    expect(j.rates.overall).toMatchObject({ expected: 55, missing: 52 });
    const nnmt = j.units.find((u) => u.unitId === 'so-nnmt')!;
    expect(nnmt).toMatchObject({ status: 'on_time', name: 'Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi' });
    expect(nnmt.tasks.find((t) => t.taskId === 'II.3.a.nn')?.inheritedFrom).toBe('so-nnptnt');
    expect(communes.find((u) => u.unitId === 'ubnd-xa-dakpek')!.tasks.find((t) => t.taskId === 'II.1.b')?.inheritedFrom).toBe('ubnd-huyen');
    expect(j.emptyGroups).toEqual([]);
    expect(j.strays).toMatchObject([{ reason: 'ended', agency: 'so-khdt', successors: [{ id: 'so-taichinh' }] }]);
    // II.3.b passed from so-khdt to so-taichinh, which completed it 457 days after 30/6/2024.
    const ii3b = j.datedTasks.find((t) => t.taskId === 'II.3.b')!;
    expect(ii3b.units.find((u) => u.unitId === 'so-taichinh')).toMatchObject({ state: 'completed', completedOn: '2025-09-30', completedDaysLate: 457 });
  });
});
