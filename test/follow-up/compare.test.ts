// Year over year on the shipped sample: compiling 2024 with reports/2023 beside it puts the
// comparison in the summary, and every figure in it matches numbers added up here, straight from
// the YAML files (not through kt-bio's reader). Without the previous year nothing is invented.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kt, REPO } from '../helpers/cli.js';
import { blocks, openDocx, tableCells } from '../helpers/docx.js';

/** 1234567.5 → "1.234.567,5", as Vietnamese documents write numbers. */
const vn = (n: number): string => {
  const [whole, fraction] = String(Math.abs(n)).split('.');
  return `${n < 0 ? '-' : ''}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${fraction ? `,${fraction}` : ''}`;
};
const signed = (n: number): string => (n > 0 ? `+${vn(n)}` : n < 0 ? `-${vn(-n)}` : '0');
const round1 = (n: number) => Math.round(n * 10) / 10;
const key = (name: string, unit: string) => `${name.trim().replace(/\s+/g, ' ').toLowerCase()}|${unit.trim().replace(/\s+/g, ' ').toLowerCase()}`;
const dong = (v: unknown): number => (typeof v === 'number' ? v : Number(String(v).replace(/\D/g, '')));
const iso = (d: unknown): string => {
  if (d instanceof Date) return d.toISOString().slice(0, 10);
  const s = String(d);
  if (/^\d{4}-/.test(s)) return s;
  const [day, month, year] = s.split('/');
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
};

interface Year {
  reported: number;
  onTime: number;
  indicators: Map<string, number>;
  funding: Map<string, number>;
  /** Task id → the units whose latest report says completed, with the date. */
  completed: Map<string, Map<string, string | null>>;
  /** Units with a counted report. */
  units: Set<string>;
}

/** A year added up from its folder: forms still holding "<<...>>" are not reports; the latest file of a unit gives the content, its first the date. */
function addUp(folder: string, deadline: string): Year {
  const byUnit = new Map<string, { submitted: string; data: any }[]>();
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.yaml'))) {
    const text = readFileSync(path.join(folder, name), 'utf8');
    if (text.includes('"<<')) continue;
    // A Vietnamese clerk's "12.500" is twelve thousand five hundred, not 12.5 as YAML reads it.
    const data = yaml.load(text.replace(/^(\s+\w+: )(\d{1,3}(?:\.\d{3})+)[ \t]*$/gm, (_, k: string, n: string) => k + n.replaceAll('.', ''))) as any;
    byUnit.set(data.agency, [...(byUnit.get(data.agency) ?? []), { submitted: iso(data.submitted), data }]);
  }
  const y: Year = { reported: 0, onTime: 0, indicators: new Map(), funding: new Map(), completed: new Map(), units: new Set() };
  for (const files of byUnit.values()) {
    files.sort((a, b) => a.submitted.localeCompare(b.submitted));
    y.reported++;
    y.units.add(files[0]!.data.agency);
    if (files[0]!.submitted <= deadline) y.onTime++;
    for (const t of files[files.length - 1]!.data.tasks) {
      for (const i of t.indicators ?? []) y.indicators.set(key(i.name, i.unit), round1((y.indicators.get(key(i.name, i.unit)) ?? 0) + i.value));
      for (const [source, amount] of Object.entries(t.funding ?? {})) y.funding.set(source, (y.funding.get(source) ?? 0) + dong(amount));
      if (t.status === 'completed') {
        const units = y.completed.get(t.id) ?? new Map<string, string | null>();
        units.set(files[0]!.data.agency, t.completed_on !== undefined ? iso(t.completed_on) : null);
        y.completed.set(t.id, units);
      }
    }
  }
  return y;
}

let dir: string;
let all: ReturnType<typeof blocks>;
let expected: number;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kt-bio-compare-'));
  await kt(['compile', '--year', '2024', '--today', '2024-12-05', '-o', path.join(dir, 'bao-cao.docx')]);
  all = blocks(openDocx(path.join(dir, 'bao-cao.docx')).body);
  expected = (JSON.parse((await kt(['check', '--year', '2024', '--today', '2024-12-05', '--json'])).stdout) as { result: { units: unknown[] } }).result.units.length;
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const table = (...headings: string[]): string[][] => {
  const t = all.filter((b) => b.kind === 'tbl').map((b) => tableCells(b.element)).find((rows) => headings.every((h) => rows[0]?.some((c) => c.includes(h))));
  if (!t) throw new Error(`no table headed ${headings.join(', ')}`);
  return t;
};
const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const total = (y: Year) => [...y.funding.values()].reduce((x, v) => x + v, 0);

describe('compile 2024 with reports/2023 present', () => {
  const now = addUp(path.join(REPO, 'reports/2024'), '2024-11-20');
  const before = addUp(path.join(REPO, 'reports/2023'), '2023-11-20');

  it('states reporting and on-time rates of both years and their change in percentage points', () => {
    expect(now.reported).toBe(28);
    expect(before.reported).toBe(26);
    const rate = (n: number) => round1((n / expected) * 100);
    const pct = (n: number) => `${vn(rate(n))}%`;
    const change = (a: number, b: number) => {
      const d = round1(rate(a) - rate(b));
      return d > 0 ? `tăng ${vn(d)}` : d < 0 ? `giảm ${vn(-d)}` : 'không đổi';
    };
    const heading = all.findIndex((b) => b.text === '4. So sánh với năm 2023');
    expect(heading).toBeGreaterThan(0);
    expect(all[heading + 1]!.text).toMatch(
      new RegExp(
        `^${escape(`Năm 2024 có ${now.reported}/${expected} cơ quan, đơn vị gửi báo cáo (${pct(now.reported)}), năm 2023 là ${before.reported}/${expected} (${pct(before.reported)}), ${change(now.reported, before.reported)} điểm phần trăm; tỷ lệ gửi đúng hạn ${pct(now.onTime)} so với ${pct(before.onTime)} (${change(now.onTime, before.onTime)} điểm phần trăm). Tổng kinh phí các cơ quan, đơn vị báo cáo năm 2024 là ${vn(total(now))} đồng, năm 2023 là ${vn(total(before))} đồng (tăng ${vn(total(now) - total(before))} đồng).`)}`,
      ),
    );
    // The figures are in the appendix named there.
    const appendix = /Số liệu so sánh chi tiết tại Phụ lục ([IVX]+)\.$/.exec(all[heading + 1]!.text)?.[1];
    expect(all.some((b) => b.text === `PHỤ LỤC ${appendix}`) && all.some((b) => b.text === 'SO SÁNH KẾT QUẢ NĂM 2024 VỚI NĂM 2023')).toBe(true);
    const rows = table('Nội dung', 'Năm 2024', 'Năm 2023').slice(1);
    expect(rows.map((r) => r.slice(2))).toEqual([
      [String(expected), String(expected), '0'],
      [String(now.reported), String(before.reported), signed(now.reported - before.reported)],
      [String(now.onTime), String(before.onTime), signed(now.onTime - before.onTime)],
      [pct(now.reported), pct(before.reported), signed(round1(rate(now.reported) - rate(before.reported)))],
      [pct(now.onTime), pct(before.onTime), signed(round1(rate(now.onTime) - rate(before.onTime)))],
    ]);
  });

  it('compares each indicator reported under the same name and unit in both years, with the change', () => {
    const rows = table('Chỉ tiêu', 'Năm 2024', 'Năm 2023').slice(1);
    const common = [...now.indicators.keys()].filter((k) => before.indicators.has(k));
    expect(rows.length).toBe(common.length);
    expect(rows.length).toBeGreaterThan(10);
    for (const [, name, unit, current, previous, change] of rows) {
      const k = key(name!, unit!);
      const a = now.indicators.get(k)!;
      const b = before.indicators.get(k)!;
      expect([current, previous, change], name).toEqual([vn(a), vn(b), signed(round1(a - b))]);
    }
  });

  it('compares funding by source and in total', () => {
    const rows = table('Nguồn kinh phí', 'Năm 2023').slice(1);
    const sources = (yaml.load(readFileSync(path.join(REPO, 'plan/funding.yaml'), 'utf8')) as { sources: { id: string; name: string }[] }).sources;
    expect(rows.map((r) => r[0])).toEqual([...sources.map((s) => s.name), 'Tổng cộng']);
    sources.forEach((s, i) => {
      const a = now.funding.get(s.id) ?? 0;
      const b = before.funding.get(s.id) ?? 0;
      expect(rows[i]!.slice(1), s.id).toEqual([vn(a), vn(b), signed(a - b)]);
    });
    expect(rows[rows.length - 1]!.slice(1)).toEqual([vn(total(now)), vn(total(before)), signed(total(now) - total(before))]);
  });

  it('names the tasks newly reported completed, with the units and dates, as found in the YAML', () => {
    const tasks = (yaml.load(readFileSync(path.join(REPO, 'plan/tasks.yaml'), 'utf8')) as { tasks: { id: string; title: string }[] }).tasks;
    const units = new Map((yaml.load(readFileSync(path.join(REPO, 'plan/units.yaml'), 'utf8')) as { units: { id: string; name: string }[] }).units.map((u) => [u.id, u.name]));
    const fresh = tasks.flatMap((t) => {
      // Not completed the year before; a unit that did not report then counts only with a completion date in 2024.
      const done = [...(now.completed.get(t.id) ?? new Map<string, string | null>())].filter(
        ([unit, on]) => !before.completed.get(t.id)?.has(unit) && (before.units.has(unit) || (on?.startsWith('2024-') ?? false)),
      );
      return done.length > 0 ? [{ title: t.title, done }] : [];
    });
    // II.3.b: in progress in 2023, completed by Sở KH&ĐT in 2024. II.1.a is not new: every unit that
    // reports it completed in 2024 did so in 2023 too, or (UBND Sa Thầy, no 2023 report) dates it 2023.
    expect(fresh.map((f) => f.title)).toEqual(['Chính sách thu hút đầu tư, nghiên cứu và ứng dụng công nghệ sinh học']);
    const dmy = (d: string) => d.split('-').reverse().join('/');
    const from = all.findIndex((x) => x.text === '4. Nhiệm vụ hoàn thành mới trong năm 2024');
    expect(from).toBeGreaterThan(0);
    const listed = all.slice(from).filter((b) => /^- Mục [\d.a-zđ]+, /.test(b.text));
    // Units in the plan's order.
    const order = [...units.keys()];
    expect(listed.map((b) => b.text.replace(/^- Mục [\d.a-zđ]+, /, ''))).toEqual(
      fresh.map(
        (f) =>
          `${f.title.charAt(0).toLowerCase()}${f.title.slice(1)}: ${f.done
            .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
            .map(([u, d]) => `${units.get(u)}${d ? ` (ngày ${dmy(d)})` : ''}`)
            .join('; ')}.`,
      ),
    );
  });
});

describe('when the previous year is missing, the comparison says so and gives no figures', () => {
  it('2024 without reports/2023', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'kt-bio-compare-none-'));
    try {
      cpSync(path.join(REPO, 'reports/2024'), path.join(cwd, 'reports/2024'), { recursive: true });
      const out = path.join(cwd, 'out.docx');
      await kt(['compile', '--year', '2024', '--today', '2024-12-05', '--plan', path.join(REPO, 'plan'), '-o', out], { cwd });
      const printed = blocks(openDocx(out).body).map((b) => b.text);
      expect(printed).toContain('4. So sánh với năm 2023');
      expect(printed).toContain('Không có báo cáo của các cơ quan, đơn vị năm 2023 nên chưa so sánh được với năm trước.');
      expect(printed.join('\n')).not.toContain('SO SÁNH KẾT QUẢ');
      expect(printed.join('\n')).not.toContain('Số liệu so sánh chi tiết');
      const check = await kt(['check', '--year', '2024', '--today', '2024-12-05', '--plan', path.join(REPO, 'plan')], { cwd });
      expect(check.stdout).toContain('SO VỚI NĂM 2023\n  Không có báo cáo năm 2023 (reports/2023): chưa so sánh được với năm trước.');
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('2023, the plan\'s first year: no cycle the year before', async () => {
    const r = await kt(['check', '--year', '2023', '--today', '2023-12-10', '--json']);
    expect(JSON.parse(r.stdout).result.comparison).toEqual({ available: false, year: 2023, previousYear: 2022, reason: 'before_plan' });
  });
});

describe('check 2024 with reports/2023 present', () => {
  it('prints the change in reporting and on-time rates', async () => {
    const r = await kt(['check', '--year', '2024', '--today', '2024-12-10']);
    expect(r.stdout).toContain('SO VỚI NĂM 2023\n  Đã báo cáo: năm 2024 28/31 (90,3%), năm 2023 26/31 (83,9%) — tăng 6,4 điểm phần trăm.\n  Đúng hạn: năm 2024 26 (83,9%), năm 2023 23 (74,2%) — tăng 9,7 điểm phần trăm.');
  });

  it('keeps every 2024 verdict as it was without reports/2023', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'kt-bio-compare-alone-'));
    try {
      cpSync(path.join(REPO, 'reports/2024'), path.join(cwd, 'reports/2024'), { recursive: true });
      const args = ['check', '--year', '2024', '--today', '2024-12-10', '--json', '--plan', path.join(REPO, 'plan')];
      const alone = JSON.parse((await kt(args, { cwd })).stdout).result;
      const both = JSON.parse((await kt(args)).stdout).result;
      const strip = (j: any) => JSON.parse(JSON.stringify({ ...j, comparison: undefined, reports: undefined }).replaceAll(REPO + '/', ''));
      expect(strip(both)).toEqual(strip(alone));
      expect(both.comparison.available).toBe(true);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
