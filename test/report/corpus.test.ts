// The corpus of bad reports: every file under test/fixtures/reports/bad/ must give exactly the
// findings it announces in its "# expect: <severity> <code> <line>:<column>" comments (files that
// cannot hold a comment — binary, UTF-16, legacy encodings, empty — are listed below).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { localize } from '../../src/messages/catalogue.js';
import { checkReportFile } from '../../src/report/load.js';
import { REPO } from '../helpers/cli.js';
import { realPlan } from '../helpers/plan.js';

const FIXTURES = path.join(REPO, 'test/fixtures/reports');
const BAD = path.join(FIXTURES, 'bad');
const TODAY = '2025-12-01';

/** Expectations of the files whose bytes cannot carry a comment. */
const WITHOUT_COMMENTS: Record<string, string[]> = {
  'empty.yaml': ['error file-empty -'],
  'utf16-le.yaml': ['error file-utf16 -'],
  'utf16-be.yaml': ['error file-utf16 -'],
  'tcvn3-bytes.yaml': ['error file-not-utf8 8:17'],
  'vni-bytes.yaml': ['error file-not-utf8 8:18'],
  'word-document.yaml': ['error file-binary -'],
};

function expectationsOf(file: string): string[] {
  const name = path.basename(file);
  if (WITHOUT_COMMENTS[name]) return WITHOUT_COMMENTS[name];
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^# expect: (\S+ \S+ (?:\d+:\d+|-))$/gm)].map((m) => m[1]!);
}

const shape = (d: Diagnostic) => `${d.severity} ${d.code} ${d.range ? `${d.range.start.line}:${d.range.start.column}` : '-'}`;

async function check(file: string) {
  return checkReportFile(file, { plan: await realPlan(), today: TODAY, cwd: REPO });
}

const badFiles = readdirSync(BAD)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => path.join(BAD, f));

describe('the corpus of bad reports', () => {
  it('has an expectation for every file', () => {
    expect(badFiles.length).toBeGreaterThan(30);
    for (const f of badFiles) expect(expectationsOf(f), path.basename(f)).not.toEqual([]);
  });

  for (const file of badFiles) {
    it(`${path.basename(file)}: exactly the announced findings, at their line and column`, async () => {
      const r = await check(file);
      expect(r.diagnostics.map(shape).sort()).toEqual([...expectationsOf(file)].sort());
      // A finding always comes as a value with a message and a fix, never as an exception.
      for (const d of r.diagnostics) {
        expect(d.file).toBe(path.relative(REPO, file));
        expect(localize(d, 'vi').message.length).toBeGreaterThan(10);
        expect(localize(d, 'vi').hint?.length ?? 0).toBeGreaterThan(10);
      }
      if (r.diagnostics.some((d) => d.severity === 'error')) expect(r.report).toBeUndefined();
    });
  }

  it('a report in the wrong year folder: the year is pointed at', async () => {
    const file = path.join(FIXTURES, 'wrong-folder/2024/so-yte.yaml');
    const r = await check(file);
    expect(r.diagnostics.map(shape)).toEqual(expectationsOf(file));
    expect(r.diagnostics[0]!.args).toMatchObject({ year: 2025, folderYear: 2024 });
  });

  it('covers every rule of the report format', async () => {
    const announced = new Set([...badFiles, path.join(FIXTURES, 'wrong-folder/2024/so-yte.yaml')].flatMap((f) => expectationsOf(f).map((e) => e.split(' ')[1])));
    // The slips of test/report/slips.test.ts, each with its exact message there.
    for (const f of readdirSync(path.join(FIXTURES, 'slips'))) for (const d of (await check(path.join(FIXTURES, 'slips', f))).diagnostics) announced.add(d.code);
    const reportCodes = DIAGNOSTIC_CODES.filter((c) => c.startsWith('report-'));
    expect(reportCodes.filter((c) => !announced.has(c))).toEqual([]);
    for (const c of ['yaml-tab-indent', 'yaml-missing-colon', 'yaml-unclosed-quote', 'yaml-duplicate-key', 'yaml-not-a-map', 'file-empty', 'file-utf16', 'file-not-utf8', 'legacy-font-text', 'file-binary', 'impossible-date', 'invalid-date', 'invalid-money', 'unknown-field', 'missing-field', 'not-allowed-value']) {
      expect(announced, c).toContain(c);
    }
  });
});

describe('what the findings say', () => {
  const bad = (name: string) => check(path.join(BAD, name));
  // The warning on the tasks a small fixture does not report is beside the point here.
  const only = async (name: string) => {
    const r = await bad(name);
    const findings = r.diagnostics.filter((d) => d.code !== 'report-task-not-reported');
    expect(findings).toHaveLength(1);
    return findings[0]!;
  };

  it('a unit that merged away names its successor, with the date of the merger', async () => {
    const d = await only('agency-ended.yaml');
    expect(d.args).toMatchObject({ agency: 'so-khdt', successors: ['so-taichinh'], endedFrom: '2025-03-01', submitted: '2025-11-18' });
    expect(localize(d, 'vi').message).toBe('Sở KH&ĐT đã hợp nhất vào Sở Tài chính từ 01/03/2025; báo cáo do Sở Tài chính gửi (agency: so-taichinh).');
    expect(localize(d, 'en').message).toBe('Sở KH&ĐT merged into Sở Tài chính on 01/03/2025; the report is sent by Sở Tài chính (agency: so-taichinh).');
  });

  it('a unit not yet in office names the units that reported before it', async () => {
    const d = await only('agency-not-yet.yaml');
    expect(d.args).toMatchObject({ agency: 'so-nnmt', from: '2025-03-01', submitted: '2024-11-18' });
    expect(localize(d, 'vi').hint).toBe('Kiểm tra lại ngày ký ("submitted"). Báo cáo ký trước ngày 01/03/2025 do Sở NN&PTNT hoặc Sở TN&MT gửi.');
  });

  it('suggests the closest unit, task and funding source', async () => {
    expect((await only('unknown-agency.yaml')).args['suggestion']).toBe('so-yte');
    expect((await only('unknown-task.yaml')).args['suggestion']).toBe('II.3.a.yd');
    expect((await only('unknown-funding.yaml')).args['suggestion']).toBe('state_recurrent');
    const misspelt = (await bad('unknown-field.yaml')).diagnostics.find((d) => d.code === 'unknown-field')!;
    expect(misspelt.args['suggestion']).toBe('results');
    expect(localize(misspelt, 'vi').hint).toBe('Có phải ý là "results"? Các trường được phép: id, status, completed_on, results, indicators, funding, difficulties.');
  });

  it('a repeated task names the line of its first entry', async () => {
    const d = await only('duplicate-task.yaml');
    expect(d.args).toMatchObject({ id: 'II.3.a.yd', firstLine: 8 });
    expect(localize(d, 'vi').message).toBe('Nhiệm vụ II.3.a.yd được báo cáo hai lần (lần đầu ở dòng 8).');
  });

  it('a task the plan does not give the unit lists the tasks it does give', async () => {
    const d = await only('task-not-assigned.yaml');
    expect(d.severity).toBe('warning');
    expect(d.args['assigned']).toEqual(expect.arrayContaining(['II.3.a.yd', 'II.1.a']));
    expect(d.args['assigned']).not.toContain('II.3.a.nn');
  });

  it('says why an amount of money is wrong', async () => {
    const r = await bad('money-bad.yaml');
    expect(r.diagnostics.filter((d) => d.code === 'invalid-money').map((d) => d.args['reason'])).toEqual(['decimal', 'negative', 'words']);
  });

  it('names the duplicated key', async () => {
    expect((await only('duplicate-key.yaml')).args['key']).toBe('status');
  });

  it('guesses the legacy encoding of a file and of pasted text', async () => {
    expect((await only('tcvn3-bytes.yaml')).args['guess']).toBe('tcvn3');
    expect((await only('vni-bytes.yaml')).args['guess']).toBe('vni');
    const pasted = await only('legacy-font-text.yaml');
    expect(pasted.args).toMatchObject({ guess: 'tcvn3', sample: 'Së' });
  });

  it('a blank form is one finding listing every line left to fill, not a flood of schema errors', async () => {
    const r = await bad('blank-form.yaml');
    expect(r.blank).toBe(true);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!.args).toMatchObject({ reason: 'placeholders', count: 10, lines: ['6', '7', '10', '11', '13', '14', '15', '17', '19', '21'], more: 0 });
  });

  it('a report with statuses but no results for any task is blank too', async () => {
    const r = await bad('no-results-anywhere.yaml');
    expect(r.blank).toBe(true);
    expect(r.diagnostics[0]!.args).toMatchObject({ reason: 'no-results', lines: ['8', '10'] });
  });
});
