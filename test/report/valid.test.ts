// Reports that must pass: the example as it stands, and the same report as Notepad or a
// Mac would save it. What they become: dates ISO, money in whole đồng, text in NFC.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReportFile } from '../../src/report/load.js';
import type { ReportModel } from '../../src/report/model.js';
import { kt, REPO } from '../helpers/cli.js';
import { realPlan } from '../helpers/plan.js';

const EXAMPLE = 'test/fixtures/reports/valid/2025/so-yte.yaml';
const TODAY = '2025-12-01';

async function check(file: string) {
  return checkReportFile(file, { plan: await realPlan(), today: TODAY, cwd: REPO });
}

const EXAMPLE_MODEL: ReportModel = {
  agency: 'so-yte',
  year: 2025,
  submitted: '2025-11-18',
  number: '215/BC-SYT',
  signer: { name: 'Trần Văn Bình', title: 'Phó Giám đốc' },
  period: { from: '2024-11-15', to: '2025-11-14' },
  tasks: [
    {
      id: 'II.3.a.yd',
      status: 'ongoing',
      results: 'Triển khai kỹ thuật real-time PCR tại Trung tâm Kiểm soát bệnh tật tỉnh.',
      indicators: [{ name: 'Số mẫu xét nghiệm PCR', value: 1250, unit: 'mẫu' }],
      funding: { state_investment: 0, state_recurrent: 350_000_000, grants: 0, other: 0 },
      difficulties: 'Thiếu nhân lực được đào tạo chuyên sâu.',
    },
    {
      id: 'II.1.a',
      status: 'completed',
      completedOn: '2023-06-20',
      results: 'Đã tổ chức 02 hội nghị quán triệt cho 180 cán bộ, viên chức.',
      indicators: [],
      funding: {},
    },
  ],
  summary: {
    achievements: 'Các nhiệm vụ được giao cơ bản hoàn thành.',
    limitations: 'Kinh phí còn hạn chế.',
    causes: 'Nguồn ngân sách địa phương khó khăn.',
  },
  proposals: ['Đề nghị bố trí kinh phí đào tạo kỹ thuật viên sinh học phân tử.'],
  notReported: ['II.1.b', 'II.2', 'II.3.b', 'II.4.b', 'II.5', 'IV.1'],
};

describe("the issue's example report", () => {
  it('validates with exit 0 and one warning only: the tasks of the unit it does not report', async () => {
    const r = await kt(['validate', EXAMPLE, '--today', TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[report-task-not-reported] Báo cáo chưa nhắc đến 6 nhiệm vụ được giao cho đơn vị: II.1.b (Tuyên truyền, khen thưởng, tôn vinh);');
    expect(r.stdout).toMatch(/Đã kiểm tra 1 tệp: 1 tệp hợp lệ, 0 tệp còn là mẫu trống, 0 tệp có lỗi \(tổng cộng 0 lỗi, 1 cảnh báo\)\.\n$/);
    expect(r.stderr).toBe('');
  });

  it('becomes the model: ISO dates, đồng, each task with its line', async () => {
    const r = await check(EXAMPLE);
    expect(r.diagnostics.filter((d) => d.code !== 'report-task-not-reported')).toEqual([]);
    expect(r.blank).toBe(false);
    expect(r.report).toEqual(EXAMPLE_MODEL);
    expect(r.claimed).toEqual({ agency: 'so-yte', year: 2025, submitted: '2025-11-18' });
    expect(r.file).toBe(EXAMPLE);
    expect(r.path).toBe(path.join(REPO, EXAMPLE));
  });

  it('is read the same with a byte-order mark and CRLF line ends, silently', async () => {
    const file = 'test/fixtures/reports/accepted/2025/bom-crlf.yaml';
    const bytes = readFileSync(path.join(REPO, file));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes('\r\n')).toBe(true);
    const r = await check(file);
    expect(r.diagnostics.filter((d) => d.code !== 'report-task-not-reported')).toEqual([]);
    expect(r.report).toEqual(EXAMPLE_MODEL);
  });

  it('is read the same when its letters are decomposed (NFD), and its text comes out in NFC', async () => {
    const file = 'test/fixtures/reports/accepted/2025/nfd.yaml';
    const raw = readFileSync(path.join(REPO, file), 'utf8');
    expect(raw).not.toBe(raw.normalize('NFC'));
    const r = await check(file);
    expect(r.diagnostics.filter((d) => d.code !== 'report-task-not-reported')).toEqual([]);
    expect(r.report).toEqual(EXAMPLE_MODEL);
    expect(r.report!.signer!.name).toBe('Trần Văn Bình'.normalize('NFC'));
    expect(r.report!.signer!.name).not.toBe('Trần Văn Bình'.normalize('NFD'));
  });
});

describe('amounts as clerks write them', () => {
  it('350.000 is 350 000 đồng, not 350; 1.250 is 1 250; spaces and quotes are read too', async () => {
    const r = await check('test/fixtures/reports/accepted/2025/amounts.yaml');
    expect(r.diagnostics.filter((d) => d.code !== 'report-task-not-reported')).toEqual([]);
    const task = r.report!.tasks[0]!;
    expect(task.funding).toEqual({ state_investment: 350_000, state_recurrent: 350_000_000, grants: 1_500_000, other: 2_500_000 });
    expect(task.indicators.map((i) => i.value)).toEqual([1250, 98.5]);
    expect(r.report!.submitted).toBe('2025-11-18');
  });
});
