// An ad hoc request (đột xuất) as data: test/fixtures/requests/bao-cao-6-thang-2025.yaml asks three
// units about four tasks by 10/6/2025. The whole cycle runs on it — template → filled answers →
// check → compile → remind — with the request's own units and deadline; and the yearly cycle's
// outputs are the same byte for byte whether or not requests and their answers are present.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kt, REPO } from '../helpers/cli.js';
import { blocks, openDocx, tableCells } from '../helpers/docx.js';
import { fillForm } from '../cycle/fill-form.js';

const ID = 'bao-cao-6-thang-2025';
const REQUEST_TASKS = ['II.1.b', 'II.3.a.yd', 'II.3.a.nn', 'II.4.a'];
const PLAN = ['--plan', path.join(REPO, 'plan')];
let cwd: string;
const run = (args: string[]) => kt([...args, ...PLAN], { cwd });
const answers = () => path.join(cwd, 'reports', 'requests', ID);

beforeAll(async () => {
  cwd = mkdtempSync(path.join(tmpdir(), 'kt-bio-request-'));
  mkdirSync(path.join(cwd, 'requests'));
  cpSync(path.join(REPO, 'test/fixtures/requests', `${ID}.yaml`), path.join(cwd, 'requests', `${ID}.yaml`));
  const forms = await run(['template', '--all', '--request', ID, '--today', '2025-05-25', '-o', 'forms/']);
  if (forms.code !== 0) throw new Error(forms.stderr);
  // Two units answer, one on time, one late; the third sends nothing.
  mkdirSync(answers(), { recursive: true });
  for (const [unit, submitted] of [['so-yte', '06/6/2025'], ['so-khcn', '12/6/2025']] as const) {
    const filled = fillForm(readFileSync(path.join(cwd, 'forms', `${unit}.yaml`), 'utf8'), { year: 2025, datedTasks: new Set() }).replace(/^submitted: .*$/m, `submitted: "${submitted}"`);
    writeFileSync(path.join(answers(), `${unit}.yaml`), filled);
  }
}, 120_000);
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe('template --request', () => {
  it('writes a form for each unit the request asks, naming the request, with only the tasks it asks about', () => {
    expect(readdirSync(path.join(cwd, 'forms')).sort()).toEqual(['so-khcn.yaml', 'so-yte.yaml', 'ubnd-kontum.yaml']);
    for (const f of readdirSync(path.join(cwd, 'forms'))) {
      const text = readFileSync(path.join(cwd, 'forms', f), 'utf8');
      expect(text).toMatch(/^request: bao-cao-6-thang-2025 /m);
      expect(text).toMatch(/^year: 2025 /m);
      const ids = [...text.matchAll(/^ {2}- id: (\S+)/gm)].map((m) => m[1]!);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(REQUEST_TASKS).toContain(id);
    }
  });

  it('refuses a unit the request does not ask, and an unknown request', async () => {
    const other = await run(['template', 'so-tuphap', '--request', ID, '--today', '2025-05-25']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('[request-unit-not-asked] Yêu cầu "bao-cao-6-thang-2025" không đề nghị đơn vị "so-tuphap" báo cáo.');
    expect(other.stderr).toContain('Các đơn vị được yêu cầu: so-khcn, so-yte, ubnd-kontum');
    const unknown = await run(['check', '--request', 'bao-cao-quy-3', '--today', '2025-06-15']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Không có yêu cầu "bao-cao-quy-3"');
    expect(unknown.stderr).toContain(`Các yêu cầu đã có: ${ID}.`);
  });
});

describe('check --request', () => {
  it('judges the answers against the request\'s own deadline and units', async () => {
    const r = await run(['check', '--request', ID, '--today', '2025-06-15', '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout).result;
    expect(j.request).toBe(ID);
    expect(j.cycle.unitDeadline.date).toBe('2025-06-10');
    expect(j.cycle.provincialDeadline.date).toBe('2025-06-20');
    expect(j.units.map((u: { unitId: string; status: string; daysLate?: number }) => [u.unitId, u.status, u.daysLate ?? 0])).toEqual([
      ['so-khcn', 'late', 2],
      ['so-yte', 'on_time', 0],
      ['ubnd-kontum', 'missing', 0],
    ]);
    const text = await run(['check', '--request', ID, '--today', '2025-06-15']);
    expect(text.stdout).toContain('YÊU CẦU BÁO CÁO ĐỘT XUẤT: Báo cáo kết quả ứng dụng công nghệ sinh học 6 tháng đầu năm 2025\nTheo Công văn số 1520/UBND-KGVX ngày 20/5/2025 của Ủy ban nhân dân tỉnh; hạn gửi 10/6/2025; 3 đơn vị được yêu cầu.');
  });

  it('a yearly report is not an answer to the request, and an answer is not a yearly report', async () => {
    const yearly = path.join(cwd, 'reports', '2025');
    mkdirSync(yearly, { recursive: true });
    cpSync(path.join(answers(), 'so-yte.yaml'), path.join(yearly, 'so-yte.yaml'));
    try {
      const r = await run(['check', '--year', '2025', '--today', '2025-06-15', '--json']);
      const j = JSON.parse(r.stdout).result;
      expect(j.units.find((u: { unitId: string }) => u.unitId === 'so-yte').status).toBe('missing');
      expect(j.strays).toEqual([expect.objectContaining({ file: 'reports/2025/so-yte.yaml', reason: 'other_request' })]);
    } finally {
      rmSync(yearly, { recursive: true, force: true });
    }
  });
});

describe('compile --request', () => {
  it('writes the compiled answer, titled by the request, with its units', async () => {
    const r = await run(['compile', '--request', ID, '--today', '2025-06-15', '--number', '12', '--signer-name', 'Trần Thị Mai']);
    expect(r.code, r.stderr).toBe(0);
    const all = blocks(openDocx(path.join(cwd, 'out', `bao-cao-${ID}.docx`)).body).map((b) => b.text);
    expect(all).toContain('Báo cáo kết quả ứng dụng công nghệ sinh học 6 tháng đầu năm 2025');
    const text = all.join('\n');
    expect(text).toContain('trên cơ sở báo cáo của 2/3 cơ quan, đơn vị');
    expect(text).not.toContain('So sánh với năm');
    // The reporting-status appendix lists the request's three units and no other, judged by its deadline.
    const docx = openDocx(path.join(cwd, 'out', `bao-cao-${ID}.docx`));
    const status = blocks(docx.body)
      .filter((b) => b.kind === 'tbl')
      .map((b) => tableCells(b.element))
      .find((rows) => rows[0]?.some((c) => c.includes('Tình trạng')))!;
    expect(status.slice(1).map((r) => r[1])).toEqual(['Sở Khoa học và Công nghệ (hợp nhất Sở Thông tin và Truyền thông)', 'Sở Y tế', 'Ủy ban nhân dân thành phố Kon Tum']);
    expect(status.slice(1).map((r) => r.at(-1))).toEqual([expect.stringMatching(/^Trễ hạn 2 ngày/), expect.stringMatching(/^Đúng hạn/), expect.stringMatching(/^Chưa gửi/)]);
  });
});

describe('remind --request', () => {
  it('reminds only the unit of the request that has not answered, citing the request', async () => {
    const r = await run(['remind', '--request', ID, '--today', '2025-06-15', '--format', 'txt', '--signer-name', 'Trần Thị Mai']);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(path.join(cwd, 'out', `don-doc-${ID}.txt`), 'utf8');
    expect(text).toContain('V/v đôn đốc báo cáo kết quả ứng dụng công nghệ sinh học 6 tháng đầu năm 2025 theo Công văn số 1520/UBND-KGVX');
    expect(text).toContain('Kính gửi: Ủy ban nhân dân thành phố Kon Tum');
    expect(text).toContain('Thực hiện Công văn số 1520/UBND-KGVX ngày 20/5/2025 của Ủy ban nhân dân tỉnh về việc báo cáo kết quả ứng dụng công nghệ sinh học 6 tháng đầu năm 2025');
    expect(text).toContain('trước ngày 10/6/2025');
    expect(text).toContain('đã quá hạn 5 ngày');
    expect(text).not.toContain('Sở Y tế');
    expect(text).not.toContain('Sở Khoa học và Công nghệ:');
  });
});

describe('the yearly cycle is unchanged by requests and their answers', () => {
  it('compile --year 2024 and check --year 2024 give the same output with requests/ and reports/requests/ present', async () => {
    const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
    const withRequests = path.join(cwd, 'reports-copy');
    cpSync(path.join(REPO, 'reports'), withRequests, { recursive: true });
    cpSync(answers(), path.join(withRequests, 'requests', ID), { recursive: true });
    const a = await kt(['compile', '--year', '2024', '--today', '2024-12-05', '-o', path.join(cwd, 'a.docx')]);
    const b = await run(['compile', '--year', '2024', '--today', '2024-12-05', '--reports', withRequests, '-o', path.join(cwd, 'b.docx')]);
    expect([a.code, b.code]).toEqual([1, 1]);
    expect(sha(path.join(cwd, 'b.docx'))).toBe(sha(path.join(cwd, 'a.docx')));
    const checkA = JSON.parse((await kt(['check', '--year', '2024', '--today', '2024-12-10', '--json'])).stdout);
    const checkB = JSON.parse((await run(['check', '--year', '2024', '--today', '2024-12-10', '--json', '--reports', withRequests])).stdout);
    // The findings' hints repeat the --plan the second run was given: compare what they say, and the result.
    const strip = (j: { result: Record<string, unknown>; diagnostics: { code: string; file: string | null; message: string }[] }) =>
      JSON.parse(
        JSON.stringify({ result: { ...j.result, reports: undefined }, diagnostics: j.diagnostics.map((d) => [d.code, d.file, d.message]) })
          .replaceAll('reports-copy/', 'reports/')
          .replaceAll(`${cwd}/`, '')
          .replaceAll(`${REPO}/`, ''),
      );
    expect(strip(checkB)).toEqual(strip(checkA));
  });
});
