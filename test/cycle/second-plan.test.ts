// A second province's plan, run through the whole yearly cycle with --plan: Lâm Đồng's Kế hoạch
// 8901/KH-UBND (test/fixtures/plans/lam-dong, with what was reconstructed written in its files and
// README). Its units report to Sở Nông nghiệp và Phát triển nông thôn before 30/11, which compiles
// the provincial report before 15/12. The 2024 reports (test/fixtures/plans/lam-dong-reports/2024)
// were made from this plan's forms and filled as a clerk would: four on time (one on the deadline
// day itself), one late, the other units missing.
//
// The CLI runs as a Lâm Đồng department would run it: in its own working folder, which has no
// templates/ of its own, with --plan and --reports pointing at the fixture.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kt, REPO, type CliResult } from '../helpers/cli.js';
import { blocks, openDocx, tableCells } from '../helpers/docx.js';

const PLAN = path.join(REPO, 'test/fixtures/plans/lam-dong');
const REPORTS = path.join(REPO, 'test/fixtures/plans/lam-dong-reports');
const YEAR_FOLDER = path.join(REPORTS, '2024');
const TODAY = '2024-12-10';

const readYaml = (file: string) => parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const planFile = (name: string) => readFileSync(path.join(PLAN, `${name}.yaml`), 'utf8');

/** Every unit of the plan, in the order of its units.yaml: all of them hold a task on 30/11/2024. */
const UNITS = (readYaml(path.join(PLAN, 'units.yaml')).units as { id: string }[]).map((u) => u.id);
const ON_TIME = ['so-nnptnt', 'so-khcn', 'so-yte', 'ubnd-dalat'];
const LATE = { 'so-congthuong': 5 };
const MISSING = UNITS.filter((id) => !ON_TIME.includes(id) && !(id in LATE));

/**
 * Words of the Kon Tum plan that must never reach another plan's outputs: its number and
 * programme, the province, and the names of its units that this plan does not share (a name such
 * as "Sở Y tế" exists in every province and is this plan's own too).
 */
function konTumWords(): string[] {
  const registry = readYaml(path.join(REPO, 'plan/units.yaml')) as {
    units: { name: string; short: string; names?: { name: string; short: string }[] }[];
    groups: { name: string }[];
  };
  const names = [
    ...registry.units.flatMap((u) => [u.name, u.short, ...(u.names ?? []).flatMap((n) => [n.name, n.short])]),
    ...registry.groups.map((g) => g.name),
  ];
  const ours = ['plan', 'units', 'tasks', 'reporting', 'issuers', 'funding'].map(planFile).join('\n');
  return ['Kon Tum', '1693', '57-CTr', ...new Set(names.filter((n) => !ours.includes(n)))];
}

let work: string;
const run = (args: string[]): Promise<CliResult> => kt([...args, '--plan', PLAN], { cwd: work });
/** Every output of the cycle, by where it came from, for the leak test at the end. */
const outputs = new Map<string, string>();
const keep = (name: string, r: CliResult) => {
  outputs.set(`${name} (stdout)`, r.stdout);
  outputs.set(`${name} (stderr)`, r.stderr);
  return r;
};

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'kt-bio-lam-dong-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the Lâm Đồng plan (Kế hoạch 8901/KH-UBND) as data', () => {
  it('loads and lists its own tasks and units on its own deadline, 30/11/2024', async () => {
    const r = keep('plan', await run(['plan', '--on', '30/11/2024', '--today', TODAY]));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Kế hoạch số 8901/KH-UBND ngày 13/10/2023 của UBND tỉnh Lâm Đồng — nhiệm vụ và đơn vị tại ngày 30/11/2024');
    expect(r.stdout).toMatch(/III\.3\.đ +Công nghệ sinh học trong bảo vệ môi trường/);
    expect(r.stdout).toContain('Rà soát, đề xuất trong năm 2024; trình HĐND tỉnh trong năm 2025 (hạn 31/12/2025)');
    expect(r.stdout).toContain('Thực hiện (28 đơn vị): Các sở, ban, ngành, đơn vị thuộc tỉnh [16]; Ủy ban nhân dân các huyện, thành phố [12]');
  });
});

describe('the 2024 cycle of the Lâm Đồng plan', () => {
  it('template --all writes a form for every expected unit, with the plan\'s recipient and deadline', async () => {
    const r = keep('template --all', await run(['template', '--all', '--year', '2024', '-o', 'forms/', '--today', '2024-11-01']));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const written = readdirSync(path.join(work, 'forms')).sort();
    expect(written).toEqual(UNITS.map((id) => `${id}.yaml`).sort());
    expect(r.stdout.match(/^Đã ghi /gm)).toHaveLength(UNITS.length);
    for (const file of written) {
      const form = readFileSync(path.join(work, 'forms', file), 'utf8');
      outputs.set(`form ${file}`, form);
      expect(form).toContain('# BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 8901/KH-UBND NĂM 2024');
      expect(form).toContain('# Gửi: Sở Nông nghiệp và Phát triển nông thôn, chậm nhất ngày 30/11/2024.');
      expect(form).toContain('ns_khcn: "<<số đồng>>"   # Kinh phí sự nghiệp khoa học và công nghệ của tỉnh');
    }
    const nn = readFileSync(path.join(work, 'forms', 'so-nnptnt.yaml'), 'utf8');
    expect(nn).toContain('# Nhiệm vụ III.3.b: Đề án phát triển giống cây trồng bằng công nghệ nuôi cấy mô\n  # Vai trò của đơn vị: chủ trì\n');
    expect(nn).toContain('# Thời gian thực hiện: Hoàn thành trong quý II/2024 (hạn 30/6/2024)');
  });

  it('template <unit> prints one unit\'s form, and a fresh form is blank to validate', async () => {
    const r = keep('template so-yte', await run(['template', 'so-yte', '--year', '2024', '--today', '2024-11-01']));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Đơn vị báo cáo: Sở Y tế');
    const v = keep('validate fresh form', await run(['validate', path.join(work, 'forms', 'so-yte.yaml'), '--today', '2024-11-01']));
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('[report-blank]');
  });

  it('each filled report was made from its unit\'s form: the same tasks, in the same order', () => {
    for (const file of readdirSync(YEAR_FOLDER).filter((f) => f.endsWith('.yaml'))) {
      const form = readYaml(path.join(work, 'forms', file)) as { tasks: { id: string }[] };
      const report = readYaml(path.join(YEAR_FOLDER, file)) as { agency: string; tasks: { id: string }[] };
      expect(report.agency).toBe(file.replace(/\.yaml$/, ''));
      // "III.3.dd" is how a clerk without the letter "đ" writes the plan's "III.3.đ": the same task.
      const spelt = (id: string) => id.replace(/đ/g, 'dd');
      expect(report.tasks.map((t) => spelt(t.id)), file).toEqual(form.tasks.map((t) => spelt(t.id)));
    }
  });

  it('validate accepts every filled report', async () => {
    const r = keep('validate', await run(['validate', YEAR_FOLDER, '--today', TODAY]));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã kiểm tra 5 tệp: 5 tệp hợp lệ, 0 tệp còn là mẫu trống, 0 tệp có lỗi (tổng cộng 0 lỗi, 0 cảnh báo).');
    // The Telex spelling of the item "đ" is read as the plan's task, and the note says so.
    expect(r.stdout).toContain('ubnd-dalat.yaml:135:9: ghi chú [report-task-id-spelling] Mã "III.3.dd" được hiểu là nhiệm vụ III.3.đ của kế hoạch (Công nghệ sinh học trong bảo vệ môi trường).');
  });

  it('check gives each unit its verdict against 30/11, and the cycle against 15/12', async () => {
    const r = keep('check --json', await run(['check', '--year', '2024', '--reports', REPORTS, '--today', TODAY, '--json']));
    expect(r.code).toBe(1);
    const json = (JSON.parse(r.stdout) as { result: unknown }).result as {
      cycle: { phase: string; unitDeadline: { date: string; daysPast: number }; provincialDeadline: { date: string; daysLeft: number } };
      rates: { overall: Record<string, number> };
      units: { unitId: string; status: string; daysLate: number | null; submitted: string | null }[];
      datedTasks: { taskId: string; due: string; units: { unitId: string; role: string; state: string; daysOverdue: number | null; completedOn: string | null }[] }[];
    };
    expect(json.cycle).toMatchObject({
      phase: 'compiling',
      unitDeadline: { date: '2024-11-30', daysPast: 10 },
      provincialDeadline: { date: '2024-12-15', daysLeft: 5 },
    });
    const by = (status: string) => json.units.filter((u) => u.status === status).map((u) => u.unitId);
    expect(json.units.map((u) => u.unitId)).toEqual(UNITS);
    expect(by('on_time')).toEqual(ON_TIME);
    expect(by('late')).toEqual(Object.keys(LATE));
    expect(json.units.find((u) => u.unitId === 'so-congthuong')).toMatchObject({ daysLate: 5, submitted: '2024-12-05' });
    // Signed on the deadline day itself: on time.
    expect(json.units.find((u) => u.unitId === 'so-yte')).toMatchObject({ status: 'on_time', submitted: '2024-11-30' });
    expect(by('missing')).toEqual(MISSING);
    expect(by('blank')).toEqual([]);
    expect(by('invalid')).toEqual([]);
    expect(json.rates.overall).toMatchObject({ expected: 28, reported: 5, onTime: 4, late: 1, missing: 23 });
    const task = (id: string) => json.datedTasks.find((t) => t.taskId === id)!;
    expect(task('III.3.b')).toMatchObject({ due: '2024-06-30', units: [{ unitId: 'so-nnptnt', role: 'lead', state: 'overdue', daysOverdue: 163 }] });
    expect(task('III.4.a')).toMatchObject({ due: '2024-09-30', units: [{ unitId: 'so-khcn', role: 'lead', state: 'completed', completedOn: '2024-09-20' }] });
    // III.2 has a milestone (31/12/2024) before its due date (31/12/2025): each is checked.
    expect(json.datedTasks.filter((t) => t.taskId === 'III.2')).toMatchObject([
      { due: '2024-12-31', milestone: true, timeframeLabel: 'Hoàn thành rà soát, đánh giá và đề xuất chính sách (năm 2024)', units: [{ unitId: 'so-nnptnt', state: 'not_yet_due', daysLeft: 21 }] },
      { due: '2025-12-31', milestone: false, units: [{ unitId: 'so-nnptnt', state: 'not_yet_due', daysLeft: 386 }] },
    ]);
    // The plan's targets against the year's reported totals.
    expect((json as unknown as { targets: unknown[] }).targets).toEqual([
      expect.objectContaining({ taskId: 'III.3.a', value: 80, unit: '%', year: 2030, indicator: null, reported: null, percent: null, yearsLeft: 6 }),
      expect.objectContaining({
        taskId: 'III.3.a',
        value: 10,
        unit: 'cơ sở',
        indicator: 'Số cơ sở sản xuất giống bằng nuôi cấy mô đạt tiêu chuẩn',
        reported: 9,
        percent: 90,
        yearsLeft: 6,
        contributions: [
          { unitId: 'so-nnptnt', short: 'Sở NN&PTNT', value: 7 },
          { unitId: 'ubnd-dalat', short: 'UBND TP Đà Lạt', value: 2 },
        ],
      }),
      // The item "đ" under the plan's id, though its one report writes III.3.dd.
      expect.objectContaining({ taskId: 'III.3.đ', value: 30, unit: 'mô hình', reported: 3, percent: 10, contributions: [{ unitId: 'ubnd-dalat', short: 'UBND TP Đà Lạt', value: 3 }] }),
      expect.objectContaining({ taskId: 'III.4.a', value: 1, unit: 'trung tâm', reported: null, percent: null }),
    ]);

    const text = keep('check', await run(['check', '--year', '2024', '--reports', REPORTS, '--today', TODAY]));
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('TÌNH HÌNH BÁO CÁO NĂM 2024 — Kế hoạch số 8901/KH-UBND ngày 13/10/2023 của UBND tỉnh Lâm Đồng');
    expect(text.stdout).toContain('Hạn các đơn vị gửi báo cáo: 30/11/2024 — đã quá hạn 10 ngày.');
    expect(text.stdout).toContain('Hạn tổng hợp báo cáo của tỉnh: 15/12/2024 — còn 5 ngày.');
    expect(text.stdout).toContain('ĐÚNG HẠN (4)');
    expect(text.stdout).toMatch(/so-congthuong\s+Sở Công Thương\s+05\/12\/2024\s+5 ngày\s+1410\/BC-SCT/);
    expect(text.stdout).toContain('CHƯA GỬI (23) — quá hạn 10 ngày');
    expect(text.stdout).toContain('Quá hạn 163 ngày, chưa báo cáo hoàn thành (1):');
    expect(text.stdout).toContain('III.2 — Rà soát, đề xuất chính sách hỗ trợ ứng dụng công nghệ sinh học — Hoàn thành rà soát, đánh giá và đề xuất chính sách (năm 2024) (hạn 31/12/2024)\n    Chưa đến hạn, còn 21 ngày (1):');
    expect(text.stdout).toContain('CHỈ TIÊU CỦA KẾ HOẠCH (4)');
    expect(text.stdout).toContain('III.3.đ  30 mô hình đến năm 2030 — năm 2024 các đơn vị báo cáo 3 mô hình (đạt 10%); còn 6 năm.');
    expect(text.stdout).toContain('III.3.a  80% đến năm 2030 — kế hoạch chưa gắn chỉ số đo (trường "indicator"); còn 6 năm.');
    expect(text.stdout).toContain('III.3.a  10 cơ sở đến năm 2030 — năm 2024 các đơn vị báo cáo 9 cơ sở (đạt 90%); còn 6 năm.');
  });

  it('check after the milestone: the step of III.2 due 31/12/2024 is overdue, its due date is not', async () => {
    const r = keep('check --json (after milestone)', await run(['check', '--year', '2024', '--reports', REPORTS, '--today', '2025-01-10', '--json']));
    const envelope = JSON.parse(r.stdout) as { result: { datedTasks: { taskId: string; due: string; milestone: boolean; units: { state: string; daysOverdue: number | null }[] }[] }; diagnostics: { code: string; args?: unknown; message: string }[] };
    const json = envelope.result;
    expect(json.datedTasks.filter((t) => t.taskId === 'III.2').map((t) => [t.due, t.milestone, t.units[0]!.state, t.units[0]!.daysOverdue])).toEqual([
      ['2024-12-31', true, 'overdue', 10],
      ['2025-12-31', false, 'not_yet_due', null],
    ]);
    expect(envelope.diagnostics.filter((f) => f.code === 'cycle-task-overdue').map((f) => f.message)).toContain(
      'Nhiệm vụ III.2 (hạn 31/12/2024): Sở Nông nghiệp và Phát triển nông thôn chưa báo cáo hoàn thành, quá hạn 10 ngày.',
    );
    // The compiled report dated after the milestone lists the task as overdue by it.
    const out = path.join(work, 'out', 'after-milestone.docx');
    const c = keep('compile (after milestone)', await run(['compile', '--year', '2024', '--reports', REPORTS, '--today', '2025-01-10', '--signer-name', 'Trần Thị Mai', '-o', out]));
    expect(c.code).toBe(0);
    const text = blocks(openDocx(out).body).map((b) => b.text).join('\n');
    outputs.set('compile .docx (after milestone)', text);
    expect(text).toContain('- Mục 2, rà soát, đề xuất chính sách hỗ trợ ứng dụng công nghệ sinh học (rà soát, đề xuất trong năm 2024; trình HĐND tỉnh trong năm 2025): Sở Nông nghiệp và Phát triển nông thôn (quá hạn 10 ngày).');
  });

  it('compile writes the province\'s report under Sở NN&PTNT\'s heading, number and deadline', async () => {
    const out = path.join(work, 'out', 'bao-cao-2024.docx');
    const r = keep('compile', await run([
      // A document is dated no later than the day it is compiled.
      'compile', '--year', '2024', '--reports', REPORTS, '--today', '2024-12-12',
      '--date', '12/12/2024', '--number', '95', '--signer-name', 'Trần Thị Mai', '-o', out,
    ]));
    // The year's settings are those beside this plan's reports (none here), never the sample's.
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('UBND TỈNH LÂM ĐỒNG / SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN, Số: 95/BC-SNN, Lâm Đồng, ngày 12/12/2024');
    expect(r.stdout).toContain('5/28 đơn vị đã báo cáo (4 đúng hạn, 1 trễ hạn); 0 gửi mẫu trống, 0 có lỗi, 23 chưa gửi.');

    const doc = openDocx(out);
    const all = blocks(doc.body);
    const text = all.map((b) => b.text).join('\n');
    outputs.set('compile .docx', text);
    // The heading, number and place follow the compiling department of this plan.
    const heading = tableCells(all.find((b) => b.kind === 'tbl')!.element).flat().join('\n');
    expect(heading).toContain('UBND TỈNH LÂM ĐỒNG');
    expect(heading).toContain('SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN');
    expect(heading).toContain('Số: 95/BC-SNN');
    expect(heading).toContain('Lâm Đồng, ngày 12 tháng 12 năm 2024');
    expect(heading).not.toMatch(/KHOA HỌC VÀ CÔNG NGHỆ|SKHCN/);
    expect(text).toContain('Kết quả thực hiện Kế hoạch số 8901/KH-UBND ngày 13/10/2023 của Ủy ban nhân dân tỉnh Lâm Đồng năm 2024');
    expect(text).toContain('trên cơ sở báo cáo của 5/28 cơ quan, đơn vị, Sở Nông nghiệp và Phát triển nông thôn tổng hợp, báo cáo kết quả thực hiện Kế hoạch năm 2024 như sau:');
    // Both bodies the plan's V.2 names receive the report: the closing sentence and Nơi nhận say so.
    expect(text).toContain('Sở Nông nghiệp và Phát triển nông thôn kính báo cáo Ủy ban nhân dân tỉnh Lâm Đồng và Ban Thường vụ Tỉnh ủy Lâm Đồng xem xét, chỉ đạo./.');
    // The closing table: Nơi nhận from the plan's reporting rules and its compiler's issuer block
    // (its ministry, its filing code), the authority lines of the compiling department.
    const closing = tableCells(all.filter((b) => b.kind === 'tbl').find((b) => b.text.includes('Nơi nhận:'))!.element).map((cells) => cells.map((c) => c.split(/\n+/)));
    expect(closing).toEqual([
      [
        [
          'Nơi nhận:',
          '- Ủy ban nhân dân tỉnh Lâm Đồng (b/c);',
          '- Ban Thường vụ Tỉnh ủy Lâm Đồng (b/c);',
          '- Bộ Nông nghiệp và Phát triển nông thôn (b/c);',
          '- Các sở, ban, ngành, đơn vị thuộc tỉnh;',
          '- Giám đốc, các Phó Giám đốc Sở;',
          '- Lưu: VT, KHTC.',
        ],
        ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Thị Mai'],
      ],
    ]);
    // The plan's own deadline, the verdicts, the plan's fifth item of III.3 ("đ"), sums.
    expect(text).toContain('Hạn gửi báo cáo theo Kế hoạch: ngày 30/11/2024.');
    expect(text).toContain('(Kèm theo Báo cáo số 95/BC-SNN ngày 12 tháng 12 năm 2024 của Sở Nông nghiệp và Phát triển nông thôn)');
    expect(text).toContain('- Sở Công Thương (chủ trì): Hỗ trợ 04 doanh nghiệp chế biến cà phê, chè ứng dụng lên men vi sinh từ kinh phí khuyến công; thu hút 01 dự án chế biến sữa vào Khu công nghiệp Lộc Sơn.');
    expect(text).toContain('đ) Công nghệ sinh học trong bảo vệ môi trường');
    const tablesOf = all.filter((b) => b.kind === 'tbl').map((b) => tableCells(b.element));
    const indicators = tablesOf.find((rows) => rows[0]?.includes('Tổng số toàn tỉnh'))!;
    expect(indicators.find((r) => r[1] === 'Diện tích rau, hoa sử dụng giống sạch bệnh nuôi cấy mô')?.slice(2)).toEqual(['ha', '6.170', '2', '3.a']);
    expect(text).toContain('Tổng kinh phí các cơ quan, đơn vị báo cáo đã sử dụng để thực hiện Kế hoạch năm 2024 là 13.920.000.000 đồng, gồm:');
    // Đà Lạt's report wrote "III.3.dd": counted under the plan's own "III.3.đ", never shown as written.
    expect(text).not.toContain('III.3.dd');
    expect(text).toContain('- Vốn của doanh nghiệp, tổ chức, cá nhân và nguồn xã hội hóa: 7.300.000.000 đồng.');
    expect(text).toContain('- Mục 3.b, đề án phát triển giống cây trồng bằng công nghệ nuôi cấy mô (hoàn thành trong quý II/2024): Sở Nông nghiệp và Phát triển nông thôn (quá hạn 165 ngày).');
    expect(text).toContain('Trần Thị Mai');
    // Appendix 3 ends with the plan's targets: goal, the year's reported total, share, years left.
    const targets = all.filter((b) => b.kind === 'tbl').map((b) => tableCells(b.element)).find((rows) => rows[0]?.includes('Mục tiêu'))!;
    expect(targets.slice(1)).toEqual([
      ['1', 'III.3.a', 'Diện tích rau, hoa sử dụng giống sạch bệnh sản xuất bằng công nghệ sinh học', '80%', 'chưa có chỉ số đo', '–', 'năm 2030 (còn 6 năm)'],
      ['2', 'III.3.a', 'Cơ sở sản xuất giống cây trồng bằng nuôi cấy mô đạt tiêu chuẩn', '10 cơ sở', '9 cơ sở', '90%', 'năm 2030 (còn 6 năm)'],
      ['3', 'III.3.đ', 'Mô hình ứng dụng chế phẩm vi sinh xử lý chất thải, phụ phẩm nông nghiệp', '30 mô hình', '3 mô hình', '10%', 'năm 2030 (còn 6 năm)'],
      ['4', 'III.4.a', 'Trung tâm nghiên cứu, ứng dụng công nghệ sinh học của tỉnh', '1 trung tâm', 'chưa có báo cáo', '–', 'năm 2030 (còn 6 năm)'],
    ]);

    // Appendix 1: one row per expected unit with its verdict, as check gives it.
    const appendix1 = all.filter((b) => b.kind === 'tbl').map((b) => tableCells(b.element)).find((rows) => rows[0]?.includes('Số báo cáo'))!;
    const status = (name: string) => appendix1.find((row) => row[1] === name)?.[4];
    expect(appendix1).toHaveLength(1 + UNITS.length);
    expect(status('Sở Nông nghiệp và Phát triển nông thôn')).toBe('Đúng hạn');
    expect(status('Sở Y tế')).toBe('Đúng hạn');
    expect(status('Sở Công Thương')).toBe('Trễ hạn 5 ngày');
    expect(status('Sở Tài chính')).toBe('Chưa gửi báo cáo');
    expect(status('Ủy ban nhân dân huyện Cát Tiên')).toBe('Chưa gửi báo cáo');
  });
});

/**
 * The leaks README.md beside the fixture lists, each run as found: hints that dropped --plan,
 * messages that named plan/ whatever folder was read, examples of another cycle's dates, the
 * sample plan's year settings. Each output is also kept for the word test at the end.
 */
describe('the six-monthly period of the Lâm Đồng plan (reporting.yaml, period 6-thang)', () => {
  const SIX = ['--period', '6-thang'];

  it('check --period 6-thang judges the reports of reports/2024/6-thang/ against 15/6, the compiled report against 30/6', async () => {
    const r = keep('check --period --json', await run(['check', '--year', '2024', ...SIX, '--reports', REPORTS, '--today', '2024-06-25', '--json']));
    expect(r.code).toBe(1);
    const json = (JSON.parse(r.stdout) as { result: unknown }).result as {
      period: unknown;
      cycle: { unitDeadline: { date: string }; provincialDeadline: { date: string } };
      units: { unitId: string; status: string; daysLate: number | null }[];
    };
    expect(json.period).toEqual({ id: '6-thang', name: '6 tháng đầu năm' });
    expect(json.cycle.unitDeadline.date).toBe('2024-06-15');
    expect(json.cycle.provincialDeadline.date).toBe('2024-06-30');
    const by = (status: string) => json.units.filter((u) => u.status === status).map((u) => u.unitId);
    expect(by('on_time')).toEqual(['so-nnptnt']);
    expect(json.units.find((u) => u.unitId === 'so-yte')).toMatchObject({ status: 'late', daysLate: 5 });
    expect(by('missing')).toHaveLength(UNITS.length - 2);
    const text = keep('check --period', await run(['check', '--year', '2024', ...SIX, '--reports', REPORTS, '--today', '2024-06-25']));
    expect(text.stdout).toContain('TÌNH HÌNH BÁO CÁO 6 THÁNG ĐẦU NĂM 2024 — Kế hoạch số 8901/KH-UBND');
    expect(text.stdout).toContain('Hạn các đơn vị gửi báo cáo: 15/6/2024 — đã quá hạn 10 ngày.');
    expect(text.stdout).toContain('Hạn tổng hợp báo cáo của tỉnh: 30/6/2024 — còn 5 ngày.');
  });

  it('compile --period 6-thang writes the six-monthly report with its own deadline', async () => {
    const out = path.join(work, 'out', 'six.docx');
    const r = keep('compile --period', await run(['compile', '--year', '2024', ...SIX, '--reports', REPORTS, '--today', '2024-06-28', '--signer-name', 'Trần Thị Mai', '-o', out]));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã ghi báo cáo tổng hợp 6 tháng đầu năm 2024: ');
    expect(r.stdout).toContain('2/28 đơn vị đã báo cáo (1 đúng hạn, 1 trễ hạn)');
    const text = blocks(openDocx(out).body).map((b) => b.text).join('\n');
    outputs.set('compile .docx (6-thang)', text);
    expect(text).toContain('Kết quả thực hiện Kế hoạch số 8901/KH-UBND ngày 13/10/2023 của Ủy ban nhân dân tỉnh Lâm Đồng 6 tháng đầu năm 2024');
    expect(text).toContain('Hạn gửi báo cáo theo Kế hoạch: ngày 15/6/2024.');
    expect(text).toContain('Sở Nông nghiệp và Phát triển nông thôn tổng hợp, báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm 2024 như sau:');
    expect(text).toContain('Trên đây là báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm 2024, Sở Nông nghiệp và Phát triển nông thôn kính báo cáo');
  });

  it('a period\'s deadline may fall in the following year (báo cáo năm trước ngày 15/01 năm sau)', async () => {
    const plan = path.join(work, 'plan-next-year');
    cpSync(PLAN, plan, { recursive: true });
    const reporting = readFileSync(path.join(PLAN, 'reporting.yaml'), 'utf8').replace(
      'periods:\n',
      'periods:\n  - { id: nam-sau, name: năm, unitDeadline: { day: 15, month: 1, inclusive: true, nextYear: true }, provincialDeadline: { day: 31, month: 1, inclusive: true, nextYear: true } }\n',
    );
    writeFileSync(path.join(plan, 'reporting.yaml'), reporting);
    const r = await kt(['check', '--year', '2024', '--period', 'nam-sau', '--plan', plan, '--reports', REPORTS, '--today', '2025-01-10', '--json'], { cwd: work });
    const json = (JSON.parse(r.stdout) as { result: unknown }).result as { cycle: { phase: string; unitDeadline: { date: string; daysLeft: number }; provincialDeadline: { date: string } } };
    expect(json.cycle).toMatchObject({ phase: 'collecting', unitDeadline: { date: '2025-01-15', daysLeft: 5 }, provincialDeadline: { date: '2025-01-31' } });
  });

  it('an unknown period is a usage error that names the plan\'s periods', async () => {
    const r = keep('check --period unknown', await run(['check', '--year', '2024', '--period', '6thang', '--reports', REPORTS, '--today', TODAY]));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`[plan-unknown-period] Kế hoạch không có kỳ báo cáo "6thang" (${path.join(PLAN, 'reporting.yaml')}, "periods").`);
    expect(r.stderr).toContain('Có phải ý là "6-thang"? Các kỳ báo cáo: 6-thang (6 tháng đầu năm); không ghi --period là báo cáo năm.');
  });
});

describe('what another plan\'s user is told names this plan, its files and its own dates', () => {
  /** A copy of this year's reports with one file changed, in a folder of the test's own. */
  function reportsWith(name: string, file: string, edit: (text: string) => string): string {
    const root = path.join(work, name);
    mkdirSync(path.join(root, '2024'), { recursive: true });
    cpSync(YEAR_FOLDER, path.join(root, '2024'), { recursive: true });
    const target = path.join(root, '2024', file);
    writeFileSync(target, edit(readFileSync(path.join(YEAR_FOLDER, file.replace(/^x-/, '')), 'utf8')));
    return root;
  }
  /** A copy of the plan with one file changed. */
  function planWith(name: string, file: string, edit: (text: string) => string): string {
    const root = path.join(work, name);
    cpSync(PLAN, root, { recursive: true });
    writeFileSync(path.join(root, file), edit(readFileSync(path.join(PLAN, file), 'utf8')));
    return root;
  }

  it('check\'s hints carry --plan: the printed template command writes this plan\'s form', async () => {
    const r = keep('check --json (hints)', await run(['check', '--year', '2024', '--reports', REPORTS, '--today', TODAY, '--json']));
    const hints = (JSON.parse(r.stdout) as { diagnostics: { code: string; hint: string | null }[] }).diagnostics.filter((f) => f.code === 'cycle-missing').map((f) => f.hint!);
    expect(hints).toHaveLength(MISSING.length);
    for (const h of hints) expect(h).toMatch(new RegExp(` --year 2024 --plan ${PLAN.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    const printed = hints.find((h) => h.includes('template ubnd-baoloc'))!.split(': ').pop()!.split(' ').slice(1);
    const t = keep('template as printed by check', await kt([...printed, '--today', TODAY], { cwd: work }));
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('SỐ 8901/KH-UBND NĂM 2024');
  });

  it('check under a file with errors points to validate with --plan, and validate names this plan\'s funding.yaml', async () => {
    const bad = reportsWith('bad-funding', 'so-yte.yaml', (t) => t.replace(/^(\s+)ns_khac:/m, '$1ns_khac_x:'));
    const r = keep('check (invalid file)', await run(['check', '--year', '2024', '--reports', bad, '--today', TODAY]));
    const file = path.relative(work, path.join(bad, '2024', 'so-yte.yaml'));
    expect(r.stdout).toContain(`→ xem đủ: kt-bio validate ${file} --plan ${PLAN}`);
    const v = keep('validate (unknown funding)', await run(['validate', path.join(work, file), '--today', TODAY]));
    expect(v.stdout + v.stderr).toContain(`[report-unknown-funding] Nguồn kinh phí "ns_khac_x" không có trong danh mục nguồn kinh phí của kế hoạch (${path.join(PLAN, 'funding.yaml')}).`);
    const j = keep('check --json (invalid file)', await run(['check', '--year', '2024', '--reports', bad, '--today', TODAY, '--json']));
    const invalid = (JSON.parse(j.stdout) as { diagnostics: { code: string; hint: string }[] }).diagnostics.find((f) => f.code === 'cycle-invalid')!;
    expect(invalid.hint).toBe(`Xem lỗi và cách sửa: kt-bio validate ${file} --plan ${PLAN}`);
  });

  it('validate names this plan\'s units.yaml, and shows dates of this plan\'s cycle', async () => {
    const bad = reportsWith('bad-agency', 'x-so-yte.yaml', (t) => t.replace('agency: so-yte', 'agency: so-y-te').replace('submitted: "30/11/2024"', 'submitted: "22/12/2024"'));
    const v = keep('validate (unknown agency, future date)', await run(['validate', path.join(bad, '2024', 'x-so-yte.yaml'), '--today', TODAY]));
    const out = v.stdout + v.stderr;
    expect(out).toContain(`[report-unknown-agency] Không có đơn vị nào mang mã "so-y-te" trong kế hoạch (${path.join(PLAN, 'units.yaml')}).`);
    // The example is two days before this plan's own deadline of the report's year (30/11/2024).
    expect(out).toContain('Cách sửa: Ghi đúng ngày ký văn bản báo cáo theo thứ tự ngày/tháng/năm, ví dụ 28/11/2024 (hoặc 2024-11-28).');
    const d = reportsWith('bad-date', 'so-yte.yaml', (t) => t.replace('submitted: "30/11/2024"', 'submitted: "ngày 30"'));
    const w = keep('validate (bad date)', await run(['validate', path.join(d, '2024', 'so-yte.yaml'), '--today', TODAY]));
    expect(w.stdout + w.stderr).toContain('Ghi ngày theo dạng ngày/tháng/năm, ví dụ 28/11/2024 (hoặc 2024-11-28).');
  });

  it('a report may write the item "đ" as the plan prints it or as III.3.dd; a typo is told the plan\'s id', async () => {
    const typed = reportsWith('d-letter', 'ubnd-dalat.yaml', (t) => t.replace('- id: III.3.dd', '- id: III.3.đ'));
    const ok = keep('validate (III.3.đ)', await run(['validate', path.join(typed, '2024', 'ubnd-dalat.yaml'), '--today', TODAY]));
    expect(ok.code).toBe(0);
    const typo = reportsWith('d-typo', 'ubnd-dalat.yaml', (t) => t.replace('- id: III.3.dd', '- id: III.3.đ.'));
    const v = keep('validate (III.3.đ.)', await run(['validate', path.join(typo, '2024', 'ubnd-dalat.yaml'), '--today', TODAY]));
    expect(v.stdout + v.stderr).toContain('Có phải ý là "III.3.đ"?');
  });

  it('template names this plan\'s units.yaml', async () => {
    const u = keep('template so-y-te', await run(['template', 'so-y-te', '--year', '2024', '--today', TODAY]));
    expect(u.code).toBe(2);
    expect(u.stderr).toContain(`Không có đơn vị hay nhóm "so-y-te" trong ${path.join(PLAN, 'units.yaml')} (có phải "so-yte"?).`);
    const far = keep('template (unknown unit)', await run(['template', 'qqqqqqqq', '--year', '2024', '--today', TODAY]));
    expect(far.stderr).toContain(`Cách sửa: Xem danh sách mã đơn vị bằng kt-bio plan --plan ${PLAN}`);
  });

  it('a report\'s unknown unit or task points to kt-bio plan with --plan', async () => {
    const bad = reportsWith('far-agency', 'x-so-yte.yaml', (t) => t.replace('agency: so-yte', 'agency: qqqqqqqq'));
    const v = keep('validate (far agency)', await run(['validate', path.join(bad, '2024', 'x-so-yte.yaml'), '--today', TODAY]));
    expect(v.stdout + v.stderr).toContain(`Xem mã của các đơn vị bằng lệnh "kt-bio plan --plan ${PLAN}", rồi ghi đúng mã của đơn vị mình.`);
  });

  it('a broken plan file is told as a plan file, in the folder given, with a task-id example for a task id', async () => {
    const extra = planWith('plan-extra', 'plan.yaml', (t) => `${t}extra: 1\n`);
    const r = keep('plan (unknown field)', await kt(['plan', '--plan', extra, '--today', TODAY], { cwd: work }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[unknown-field] Trường "extra" không có trong định dạng tệp kế hoạch.');
    expect(r.stderr).toContain(`Dữ liệu kế hoạch (${path.relative(work, extra)}) có lỗi`);
    expect(r.stderr).not.toContain('mẫu báo cáo');
    const badId = planWith('plan-bad-id', 'tasks.yaml', (t) => t.replace('- id: III.3.e', '- id: III-3-e'));
    const b = keep('plan (bad task id)', await kt(['plan', '--plan', badId, '--today', TODAY], { cwd: work }));
    expect(b.stderr).toContain('Giá trị "III-3-e" của "id" không đúng định dạng.');
    expect(b.stderr).toContain('Ví dụ đúng: III.3.a');
    expect(b.stderr).not.toContain('so-yte');
    const unknown = planWith('plan-unknown-unit', 'tasks.yaml', (t) => t.replace('leads: [so-tnmt]', 'leads: [so-tn-mt]'));
    const u = keep('plan (unknown unit)', await kt(['plan', '--plan', unknown, '--today', TODAY], { cwd: work }));
    expect(u.stderr).toContain(`không có trong danh sách đơn vị và nhóm (${path.relative(work, path.join(unknown, 'units.yaml'))})`);
  });

  it('compile before the deadline points to validate with --plan', async () => {
    const blank = reportsWith('blank', 'so-yte.yaml', (t) => t.replace('"Nguyễn Đức Thuận"', '"<<họ và tên người ký>>"'));
    const r = keep('compile (blank file)', await run(['compile', '--year', '2024', '--reports', blank, '--today', '2024-11-25', '--signer-name', 'Trần Thị Mai', '-o', path.join(work, 'out', 'blank.docx')]));
    expect(r.stdout).toContain(`chi tiết: kt-bio validate <tệp> --plan ${PLAN}`);
  });

  it('forms give dates of this plan\'s cycle, a number and a title in the unit\'s own style', () => {
    const nn = outputs.get('form so-nnptnt.yaml')!;
    expect(nn).toContain('# - Ngày ghi theo dạng ngày/tháng/năm, ví dụ 28/11/2024 (hoặc 2024-11-28).');
    expect(nn).toContain('submitted: "<<ngày ký, ví dụ 28/11/2024>>"');
    expect(nn).toContain('from: "<<từ ngày, ví dụ 01/12/2023>>"');
    expect(nn).toContain('to: "<<đến ngày, ví dụ 30/11/2024>>"');
    expect(outputs.get('form so-yte.yaml')).toContain('number: "<<số, ký hiệu, ví dụ 125/BC-SYT>>"');
    const district = outputs.get('form ubnd-dalat.yaml')!;
    expect(district).toContain('number: "<<số, ký hiệu, ví dụ 125/BC-UBND>>"');
    expect(district).toContain('title: "<<chức vụ, ví dụ Phó Chủ tịch>>"');
  });

  it('compile without --date or --signer-name takes nothing of the sample plan\'s year settings', async () => {
    const out = path.join(work, 'out', 'no-settings.docx');
    const r = keep('compile (no date, no signer)', await run(['compile', '--year', '2024', '--reports', REPORTS, '--today', TODAY, '-o', out]));
    // No signer anywhere for this plan: a draft, and the department is asked for one, not given the sample's.
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[compile-draft]');
    expect(r.stderr).toContain('signer.name');
    const draft = blocks(openDocx(out).body).map((b) => b.text).join('\n');
    outputs.set('compile .docx (draft)', draft);
    expect(draft).not.toContain('Nguyễn Văn An');
    const signed = keep('compile (no date)', await run(['compile', '--year', '2024', '--reports', REPORTS, '--today', TODAY, '--signer-name', 'Trần Thị Mai', '-o', out]));
    expect(signed.code).toBe(0);
    const text = blocks(openDocx(out).body).map((b) => b.text).join('\n');
    outputs.set('compile .docx (no date)', text);
    expect(text).toContain('Lâm Đồng, ngày 10 tháng 12 năm 2024');
    expect(text).not.toContain('kiến nghị Ủy ban nhân dân tỉnh chỉ đạo các cơ quan, đơn vị gửi báo cáo đúng thời hạn');
  });
});

describe('no word of the Kon Tum plan in the outputs of another plan', () => {
  it('gathered every output of the cycle', () => {
    expect([...outputs.keys()].filter((k) => k.startsWith('form '))).toHaveLength(UNITS.length);
    for (const name of ['plan', 'template --all', 'template so-yte', 'validate', 'check', 'check --json', 'compile', 'check --json (hints)', 'check (invalid file)', 'validate (unknown agency, future date)', 'plan (unknown field)', 'compile (blank file)']) {
      expect(outputs.has(`${name} (stdout)`), name).toBe(true);
    }
    expect(outputs.has('compile .docx')).toBe(true);
  });

  it('names neither Kon Tum, its plan 1693, its programme 57-CTr, nor any of its own units, nor its deadlines 20/11 and 20/12, nor its sample\'s dates, number, signer, ministry and filing code, nor plan/', () => {
    const words = konTumWords();
    expect(words).toContain('Ủy ban nhân dân huyện Đắk Glei');
    expect(words).toContain('Sở Giao thông vận tải');
    expect(words).not.toContain('Sở Y tế');
    const found: string[] = [];
    for (const [name, text] of outputs) {
      const sample = ['20/11', '20/12', '18/11', '15/11', '14/11', '215/BC-SYT', 'ngày 05 tháng 12 năm 2024', 'Nguyễn Văn An', 'Bộ Khoa học và Công nghệ', 'QLCN', '(plan/', ' plan/units.yaml', ' plan/funding.yaml', ' plan/tasks.yaml'];
      for (const word of [...words, ...sample]) if (text.includes(word)) found.push(`${name}: ${word}`);
    }
    expect(found).toEqual([]);
  });
});
