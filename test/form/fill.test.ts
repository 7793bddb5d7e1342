// The blank form filled with what a clerk typed (src/publish/report-form-fill.ts): whatever the
// text, YAML reads back the very words; the plan's wording and the layout stay as `template`
// writes them; and the report's own checks (validateReport) accept the result.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { emptyFormValues, fillForm, formTaskIds, formValuesOf, type FormValues } from '../../src/publish/report-form-fill.js';
import { validateReport } from '../../src/report/validate.js';
import { parseYaml } from '../../src/yaml/read.js';
import { kt } from '../helpers/cli.js';
import { realPlan } from '../helpers/plan.js';

const TODAY = '2026-01-15';

async function blankForm(unit = 'so-yte', year = '2025'): Promise<string> {
  const r = await kt(['template', unit, '--year', year, '--today', TODAY]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

/** Texts YAML would misread if written plainly. */
const TRICKY = [
  'Đã triển khai #2 hội nghị, kết quả tốt',
  'Kết quả: tốt',
  '- bắt đầu bằng gạch',
  '* sao',
  '[ngoặc vuông]',
  '{ngoặc nhọn}',
  '@ a còng',
  '"trích dẫn" ở đầu',
  "It's 'đơn' và \"kép\"",
  '> lớn hơn',
  '| gạch đứng',
  '% phần trăm',
  '& và',
  '! chấm than',
  '350.000',
  '2025',
  'true',
  'null',
  '~',
  'yes',
  'có dấu\\ gạch chéo ngược',
  'khoảng\u00a0trắng không ngắt',
  'dấu tab\tở giữa',
  '<<chỗ trống>> bị bỏ quên',
  '- dòng 1\n- dòng 2: có hai chấm\n  # thụt vào, không phải ghi chú\n\n"đoạn" mới',
  'dòng có dấu cách ở cuối   \ndòng sau',
  '  thụt ở đầu dòng đầu\ndòng sau',
];

function filled(ids: string[]): FormValues {
  const v = emptyFormValues(ids);
  v.submitted = '18/11/2025';
  v.tasks.forEach((t) => (t.status = 'not_started'));
  v.tasks[1]!.status = 'ongoing';
  return v;
}

describe('the form filled in', () => {
  it.each(TRICKY)('writes %j so that YAML reads back the same words, in results, difficulties and proposals', async (text) => {
    const blank = await blankForm();
    const v = filled(formTaskIds(blank));
    v.tasks[1]!.results = text;
    v.tasks[1]!.difficulties = text;
    v.summary.causes = text;
    v.proposals = [text, 'thứ hai'];
    v.signer.name = text.split('\n')[0]!;
    const out = fillForm(blank, v, { keepRequired: true });
    const data = parse(out);
    expect(data.tasks[1].results).toBe(text);
    expect(data.tasks[1].difficulties).toBe(text);
    expect(data.summary.causes).toBe(text);
    expect(data.proposals).toEqual([text, 'thứ hai']);
    expect(data.signer.name).toBe(text.split('\n')[0]);
    // And the form reads back what it wrote.
    const parsed = parseYaml(out, 'so-yte.yaml');
    const back = formValuesOf(parsed.value, formTaskIds(blank));
    expect(back.values.tasks[1]!.results).toBe(text);
    expect(back.values.proposals).toEqual([text, 'thứ hai']);
  });

  it('reads back the same words for a few hundred generated texts (seeded)', async () => {
    const blank = await blankForm();
    const ids = formTaskIds(blank);
    const pieces = ['a', 'đ', 'ữ', ' ', '  ', '\n', '\n\n', '#', ' #', ': ', ':', '-', '- ', '"', "'", '\\', '\t', '|', '>', '*', '&', '!', '%', '@', '`', '[', ']', '{', '}', ',', '?', '0', '1.5', '<<', '>>', '\u00a0', '\u3000', '…'];
    let seed = 20251118;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 400; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 12);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      // The form keeps no final line breaks (a textarea's last Enter) and no text of spaces only.
      text = text.replace(/\n+$/, '');
      if (text.trim() === '') continue;
      const v = filled(ids);
      v.tasks[1]!.results = text;
      v.proposals = [text];
      const out = fillForm(blank, v, { keepRequired: true });
      // Read as YAML, and as kt-bio reads a report.
      for (const data of [parse(out), parseYaml(out, 'so-yte.yaml').value as { tasks: { results: string }[]; proposals: string[] }]) {
        expect(data.tasks[1]!.results, JSON.stringify(text)).toBe(text);
        expect(data.proposals, JSON.stringify(text)).toEqual([text]);
      }
    }
  });

  it('keeps every line of the blank form that is not a spot to fill, in order', async () => {
    const blank = await blankForm();
    const v = filled(formTaskIds(blank));
    v.tasks[0]!.results = 'một\nhai';
    v.tasks[0]!.funding = { state_recurrent: '350.000.000' };
    const out = fillForm(blank, v, { keepRequired: true }).split('\n');
    let at = 0;
    for (const line of blank.split('\n')) {
      if (line.includes('"<<') || /^\s*$/.test(line) || /^ {4}# {0,3}(indicators:|- name:|value:|unit:)/.test(line) || /^ {2}(signer|period|funding):$/.test(line) || /^(signer|period|proposals|summary):$/.test(line) || /^ {4}funding:$/.test(line)) continue;
      const found = out.indexOf(line, at);
      expect(found, line).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
  });

  it('removes optional fields left empty, keeps the placeholder of a required one, and leaves all out for checking', async () => {
    const blank = await blankForm();
    const ids = formTaskIds(blank);
    const v = emptyFormValues(ids);
    v.tasks[0]!.results = 'Có kết quả';
    const saved = parse(fillForm(blank, v, { keepRequired: true }));
    expect(saved.submitted).toMatch(/^<<.*>>$/);
    expect(saved.tasks[0].status).toMatch(/^<<.*>>$/);
    expect(saved.tasks[0].results).toBe('Có kết quả');
    expect(saved.tasks[0]).not.toHaveProperty('funding');
    expect(saved.tasks[0]).not.toHaveProperty('difficulties');
    expect(saved).not.toHaveProperty('signer');
    expect(saved).not.toHaveProperty('period');
    expect(saved).not.toHaveProperty('number');
    expect(saved).not.toHaveProperty('proposals');
    const checked = parse(fillForm(blank, v, { keepRequired: false }));
    expect(checked).not.toHaveProperty('submitted');
    expect(checked.tasks[0]).not.toHaveProperty('status');
    expect(checked.tasks.map((t: { id: string }) => t.id)).toEqual(ids);
  });

  it('passes the report checks of validate when filled, with amounts and figures as written', async () => {
    const blank = await blankForm();
    const v = filled(formTaskIds(blank));
    v.tasks[0]!.status = 'completed';
    v.tasks[0]!.completedOn = '20/6/2023';
    v.tasks[0]!.results = 'Đã quán triệt: 350 cán bộ #1';
    v.tasks[0]!.funding = { state_recurrent: '350.000.000', grants: '0', other: '' };
    v.tasks[0]!.indicators = [{ name: 'Số cán bộ', value: '1.250', unit: 'người' }, { name: '', value: '', unit: '' }];
    v.tasks[1]!.results = 'Thường xuyên';
    const out = fillForm(blank, v, { keepRequired: true });
    const plan = await realPlan();
    const checked = validateReport(parseYaml(out, 'so-yte.yaml'), { plan, today: TODAY, folderYear: 2025 });
    expect(checked.diagnostics).toEqual([]);
    expect(checked.report?.tasks[0]).toMatchObject({ funding: { state_recurrent: 350_000_000, grants: 0 }, indicators: [{ name: 'Số cán bộ', value: 1250, unit: 'người' }] });
    expect(out).toMatch(/^ {6}state_recurrent: 350\.000\.000 {3}# /m);
    expect(out).toMatch(/^ {4}indicators:\n {6}- name: Số cán bộ\n {8}value: 1\.250\n {8}unit: người\n {4}# Kinh phí/m);
    // Same values, same bytes.
    expect(fillForm(blank, v, { keepRequired: true })).toBe(out);
  });

  it('names what of a report the form has no field for, never dropping it silently', () => {
    const data = {
      summary: { achievements: 'Đạt', causes_objective: 'Thời tiết' },
      proposals: ['Một', { text: 'Hai', to: 'province' }],
      tasks: [{ id: 'II.1.b', status: 'ongoing', results: 'Có' }, { id: 'X.9', status: 'ongoing' }],
    };
    const back = formValuesOf(data, ['II.1.a', 'II.1.b']);
    expect(back.values.proposals).toEqual(['Một', 'Hai']);
    expect(back.values.tasks[1]!.results).toBe('Có');
    expect(back.unplaced).toEqual(expect.arrayContaining([['summary', 'causes_objective'], ['proposals', 1, 'to'], ['tasks', 1]]));
  });

  it('gives a report read back to the form the values it was written from', async () => {
    const blank = await blankForm();
    const ids = formTaskIds(blank);
    const v = filled(ids);
    v.number = '215/BC-ABC';
    v.period = { from: '15/11/2024', to: '14/11/2025' };
    v.tasks[0]!.funding = { state_investment: '', state_recurrent: '350.000', grants: '', other: '' };
    v.tasks[0]!.indicators = [{ name: 'Mô hình', value: '2', unit: 'mô hình' }];
    v.summary = { achievements: 'a: b', limitations: '# c', causes: '- d' };
    const out = fillForm(blank, v, { keepRequired: true });
    const parsed = parseYaml(out, 'so-yte.yaml');
    const back = formValuesOf(parsed.value, ids);
    expect(back.unplaced).toEqual([]);
    expect(back.values.tasks[0]!.funding).toEqual({ state_recurrent: '350.000' });
    expect(back.values.tasks[0]!.indicators).toEqual([{ name: 'Mô hình', value: '2', unit: 'mô hình' }]);
    expect({ ...back.values, tasks: [] }).toEqual({ ...v, tasks: [] });
  });
});
