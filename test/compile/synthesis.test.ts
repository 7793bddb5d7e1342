// The compiled sample year (reports/2024/) as the Sở's synthesis: nothing a unit wrote is lost,
// every indicator has its provincial total (summed here independently from the YAML), no list of
// units is repeated, and nothing technical (file names, unit ids, parser words) reaches the page.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kt, REPO } from '../helpers/cli.js';
import { blocks, openDocx, runsOf, tableCells } from '../helpers/docx.js';
import { attr, path as xmlPath } from '../helpers/xml.js';
import { checkReportPaths } from '../../src/report/load.js';
import { localize } from '../../src/messages/catalogue.js';
import { realPlan } from '../helpers/plan.js';
import { unitNameOn, unitReportDeadline } from '../../src/plan/model.js';
import type { CheckedReport } from '../../src/report/model.js';

const SAMPLE = path.join(REPO, 'reports/2024');

let dir: string;
let all: ReturnType<typeof blocks>;
let styles: string;
let reports: CheckedReport[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kt-bio-synthesis-'));
  const out = path.join(dir, 'bao-cao.docx');
  const r = await kt(['compile', '--year', '2024', '--today', '2024-12-05', '-o', out]);
  if (r.code === 2) throw new Error(r.stderr);
  const docx = openDocx(out);
  all = blocks(docx.body);
  styles = new TextDecoder().decode(docx.parts['word/styles.xml']);
  const plan = await realPlan();
  reports = (await checkReportPaths([SAMPLE], { plan, today: '2024-12-05', cwd: REPO })).reports;
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Spacing collapsed, case folded, final stop dropped: how merged near-identical texts are matched. */
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi').replace(/[.;,:!…\s]+$/u, '');
const documentText = () => norm(all.map((b) => b.text).join('\n'));
const valid = () => reports.filter((r) => r.report !== undefined);
/** The file that gives each unit's content: its valid report submitted last (a correction replaces the first). */
const counted = () => {
  const last = new Map<string, CheckedReport>();
  for (const r of valid()) {
    const before = last.get(r.report!.agency);
    if (!before || r.report!.submitted > before.report!.submitted || (r.report!.submitted === before.report!.submitted && r.file > before.file)) last.set(r.report!.agency, r);
  }
  return [...last.values()];
};

describe('the compiled sample year, as the Sở would send it', () => {
  it('keeps every line a unit wrote: results, difficulties, assessment and proposals', () => {
    const text = documentText();
    const lines = valid().flatMap((r) => {
      const m = r.report!;
      const texts = [...m.tasks.flatMap((t) => [t.results, t.difficulties]), ...Object.values(m.summary), ...m.proposals, ...(m.nextYear ?? [])];
      return texts.flatMap((t) => (t ?? '').split('\n')).filter((l) => l.trim() !== '').map((l) => ({ file: r.file, line: l }));
    });
    expect(lines.length).toBeGreaterThan(150);
    const missing = lines.filter((l) => !text.includes(norm(l.line)));
    expect(missing).toEqual([]);
  });

  it('gives every indicator of the valid reports its provincial total, added up here from the YAML', () => {
    const validFiles = new Set(counted().map((r) => path.basename(r.file)));
    const key = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
    const totals = new Map<string, { name: string; unit: string; sum: number; units: Set<string> }>();
    for (const file of readdirSync(SAMPLE).filter((f) => validFiles.has(f))) {
      // Every scalar as the clerk wrote it: "12.500" is 12 500 (thousands grouped with dots), as the format says.
      const data = parse(readFileSync(path.join(SAMPLE, file), 'utf8'), { schema: 'failsafe' }) as { agency: string; tasks: { indicators?: { name: string; value: string; unit: string }[] }[] };
      const number = (v: string) => (/^\d{1,3}(\.\d{3})+$/.test(v.trim()) ? Number(v.replace(/\./g, '')) : Number(v.trim().replace(',', '.')));
      // Figures measured in money are read in đồng ("2460 triệu đồng" is 2.460.000.000 đồng).
      const inDong: Record<string, number> = { 'đồng': 1, 'nghìn đồng': 1e3, 'triệu đồng': 1e6, 'tỷ đồng': 1e9 };
      for (const t of data.tasks) {
        for (const raw of t.indicators ?? []) {
          const factor = inDong[key(raw.unit)];
          const i = factor === undefined ? { ...raw, value: number(raw.value) } : { ...raw, value: number(raw.value) * factor, unit: 'đồng' };
          const k = `${key(i.name)}|${key(i.unit)}`;
          const entry = totals.get(k) ?? { name: i.name, unit: i.unit, sum: 0, units: new Set<string>() };
          entry.sum = Math.round((entry.sum + i.value) * 1000) / 1000;
          entry.units.add(data.agency);
          totals.set(k, entry);
        }
      }
    }
    expect(totals.size).toBeGreaterThan(20);
    const table = all.filter((b) => b.kind === 'tbl').map((b) => tableCells(b.element)).find((t) => t[0]?.includes('Tổng số toàn tỉnh'))!;
    const vi = (n: number) => String(n).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    for (const [k, t] of totals) {
      const row = table.find((r) => `${key(r[1] ?? '')}|${key(r[2] ?? '')}` === k);
      expect(row, t.name).toBeDefined();
      expect(row![3], t.name).toBe(vi(t.sum));
      expect(row![4], t.name).toBe(String(t.units.size));
    }
    expect(table).toHaveLength(totals.size + 1);
    // Two units reporting "Số cán bộ được đào tạo"-like figures under different tasks are one line.
    expect(new Set(table.slice(1).map((r) => `${key(r[1]!)}|${key(r[2]!)}`)).size).toBe(table.length - 1);
  });

  it('names no file, no unit id and no word of a parser message', async () => {
    const plan = await realPlan();
    const raw = all.map((b) => b.text).join('\n');
    expect(raw).not.toMatch(/\.ya?ml\b/i);
    for (const id of plan.units.keys()) expect(raw, id).not.toMatch(new RegExp(`(^|[^\\p{L}\\d-])${id}($|[^\\p{L}\\d-])`, 'u'));
    // Task ids that are not the plan's numbering of the report (II.3.a.yd) never appear either.
    expect(raw).not.toMatch(/\bII\.\d\.[a-z]\.[a-z]+\b/);
    const unitWords = new Set(valid().flatMap((r) => JSON.stringify(r.report).match(/[A-Za-z]{4,}/g) ?? []));
    const parserWords = reports
      .filter((r) => r.report === undefined)
      .flatMap((r) => r.diagnostics.flatMap((d) => localize(d, 'en').message.match(/\b[A-Za-z]{5,}\b/g) ?? []))
      .filter((w) => !unitWords.has(w));
    expect(parserWords.length).toBeGreaterThan(0);
    for (const w of parserWords) expect(raw, w).not.toContain(w);
  });

  it('lists no set of units twice, and never "chưa có báo cáo" units under a task', () => {
    const names = valid().map((r) => r.report!.agency);
    expect(names.length).toBeGreaterThan(20);
    const paragraphs = all.filter((b) => b.kind === 'p').map((b) => b.text);
    expect(paragraphs.some((p) => p.includes('Chưa có báo cáo về nhiệm vụ này của'))).toBe(false);
    // A list is a paragraph naming three units or more, separated by "; ".
    const lists = paragraphs.filter((p) => (p.match(/; (Sở|Ủy ban|Ban|Văn phòng|Thanh tra|Liên minh)/g) ?? []).length >= 2);
    expect(new Set(lists).size).toBe(lists.length);
  });

  it('keeps lead-in lines and labels with what follows, and writes the units under a task\'s title as "+" items', () => {
    const paragraphs = all.filter((b) => b.kind === 'p');
    const keeps = (p: (typeof paragraphs)[number]) => xmlPath(p.element, 'w:pPr', 'w:keepNext') !== undefined;
    // A task's title over its units, in a sub-item with several tasks: "- Lĩnh vực Y - dược." in italics.
    const isTitle = (p: (typeof paragraphs)[number]) => {
      const shown = runsOf(p.element).filter((r) => r.text.trim() !== '' && r.text.trim() !== '-');
      return p.text.startsWith('- ') && shown.length > 0 && shown.every((r) => r.italic && !r.bold);
    };
    const titles = paragraphs.filter(isTitle);
    expect(titles.map((t) => t.text)).toContain('- Lĩnh vực Y - dược.');
    // Lead-ins ending in a colon ("Nhiệm vụ đã quá thời hạn …:", "Đã hoàn thành trong năm 2023 (25 đơn vị):"),
    // task titles, and keys of tables ("Đơn vị tính: đồng") are never left at the foot of a page.
    const leadIns = paragraphs.filter((p) => /:\s*$/.test(p.text) || isTitle(p) || /^(Đơn vị tính|Ký hiệu):/.test(p.text));
    expect(leadIns.length).toBeGreaterThan(8);
    expect(leadIns.filter((p) => !keeps(p)).map((p) => p.text)).toEqual([]);
    // Under a task's title, up to the next heading or title, the units' items are second-level: "+", never "-".
    let under = false;
    const items: string[] = [];
    for (const p of paragraphs) {
      const heading = xmlPath(p.element, 'w:pPr', 'w:pStyle') !== undefined;
      if (isTitle(p)) under = true;
      else if (heading) under = false;
      else if (under && /^[-+] /.test(p.text)) items.push(p.text.slice(0, 40));
    }
    expect(items.length).toBeGreaterThan(8);
    expect(items.filter((t) => !t.startsWith('+ '))).toEqual([]);
    expect(items.some((t) => t.startsWith('+ Sở Y tế (chủ trì): '))).toBe(true);
  });

  it('says "không báo cáo" once for each task a unit\'s report leaves out: KBC in its row of the last appendix, a count per task in appendix II', async () => {
    const plan = await realPlan();
    const deadline = unitReportDeadline(plan, 2024);
    const tables = all.filter((b) => b.kind === 'tbl').map((b) => tableCells(b.element));
    const byTask = tables.find((t) => t[0]?.includes('Không báo cáo'))!;
    const byUnit = tables.find((t) => t[0]?.includes(`(${plan.tasks.length})`))!;
    expect(byTask[0]?.slice(0, 6)).toEqual(['STT', 'Mục', 'Nhiệm vụ', 'Được giao', 'Đã báo cáo', 'Không báo cáo']);
    const omitted = counted().flatMap((r) => (r.report!.notReported ?? []).map((id) => ({ agency: r.report!.agency, id })));
    expect(omitted.length).toBeGreaterThan(20);
    plan.tasks.forEach((task, i) => {
      const count = omitted.filter((o) => o.id === task.id).length;
      expect(byTask[i + 1]?.[5], task.id).toBe(count === 0 ? '' : String(count));
    });
    for (const { agency, id } of omitted) {
      const name = unitNameOn(plan.units.get(agency)!, deadline).name;
      const row = byUnit.find((r) => r[1] === name);
      expect(row?.[2 + plan.tasks.findIndex((t) => t.id === id)], `${agency} ${id}`).toBe('KBC');
    }
    // Every KBC is one of them: no cell says it of a task the report does mention.
    expect(byUnit.flat().filter((c) => c === 'KBC')).toHaveLength(omitted.length);
    expect(all.some((b) => b.kind === 'p' && b.text.includes('KBC: không báo cáo'))).toBe(true);
  });

  it('leaves no heading empty: each is followed by its text or by a heading below it', () => {
    const level = (b: (typeof all)[number]) => {
      if (b.kind === 'tbl') return null;
      const style = attr(xmlPath(b.element, 'w:pPr', 'w:pStyle'), 'w:val') ?? '';
      return /^Heading(\d)$/.test(style) ? Number(style.slice(7)) : null;
    };
    // Paragraphs with text, and tables (text under a heading too).
    const paragraphs = all.filter((b) => b.kind === 'tbl' || b.text.trim() !== '');
    const empty = paragraphs.filter((b, i) => {
      const here = level(b);
      const next = paragraphs[i + 1];
      const after = next === undefined ? null : level(next);
      return here !== null && after !== null && after <= here;
    });
    expect(empty.map((b) => b.text)).toEqual([]);
    expect(paragraphs[paragraphs.findIndex((b) => b.text === '3. Nguyên nhân') + 1]?.text).toMatch(/^Nguyên nhân do từng cơ quan, đơn vị nêu: nguyên văn tại Phụ lục [IVX]+\.$/);
  });

  it('writes widow and orphan control into the document defaults', () => {
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:widowControl\/>/);
  });

  it('uses no "KN" and no unexplained abbreviation of a unit', () => {
    const raw = all.map((b) => b.text).join('\n');
    expect(raw).not.toMatch(/\bKN\b/);
    for (const abbreviation of ['Sở NN&PTNT', 'BQL KKT', 'UBND H.']) expect(raw).not.toContain(abbreviation);
  });
});

describe('the Sở\'s own words per task and per section', () => {
  it('are placed first under their heading, from text.tasks and text.sections of the year\'s settings', async () => {
    // The year's settings beside the reports compiled (reports/settings/2024.yaml), in a copy.
    const reports = path.join(dir, 'own-words-reports');
    cpSync(path.join(REPO, 'reports'), reports, { recursive: true });
    const settings = path.join(reports, 'settings', '2024.yaml');
    writeFileSync(
      settings,
      `${readFileSync(settings, 'utf8')}  tasks:\n    "II.3.a.yd": Ngành y tế duy trì ổn định kỹ thuật PCR trong năm {{year}}.\n  sections:\n    "II.1": Công tác tuyên truyền được các cơ quan triển khai đồng bộ.\n`,
    );
    const out = path.join(dir, 'own-words.docx');
    const r = await kt(['compile', '--year', '2024', '--today', '2024-12-05', '--reports', reports, '-o', out]);
    expect(r.code, r.stderr).toBe(1);
    const texts = blocks(openDocx(out).body).map((b) => b.text);
    const yd = texts.indexOf('- Lĩnh vực Y - dược.');
    expect(texts[yd + 1]).toBe('Ngành y tế duy trì ổn định kỹ thuật PCR trong năm 2024.');
    expect(texts[yd + 2]).toMatch(/^\d+\/\d+ đơn vị được giao đã báo cáo/);
    const ii1 = texts.indexOf('1. Công tác tuyên truyền, phổ biến, quán triệt');
    expect(texts[ii1 + 1]).toBe('Công tác tuyên truyền được các cơ quan triển khai đồng bộ.');
  });
});

describe('the optional fields of kt-bio/report@1 for the synthesis', () => {
  it('reads a proposal\'s addressee, next year\'s tasks and objective causes, and groups them', async () => {
    const { submissionStatus } = await import('../../src/cycle/submissions.js');
    const { buildSummary, addresseeOf, textKey } = await import('../../src/cycle/summary.js');
    const folder = path.join(dir, 'extended', '2024');
    mkdirSync(folder, { recursive: true });
    cpSync(path.join(SAMPLE, 'so-yte.yaml'), path.join(folder, 'so-yte.yaml'));
    cpSync(path.join(SAMPLE, 'so-khcn.yaml'), path.join(folder, 'so-khcn.yaml'));
    const yte = path.join(folder, 'so-yte.yaml');
    writeFileSync(
      yte,
      readFileSync(yte, 'utf8')
        .replace(/^proposals:/m, 'next_year:\n  - Tiếp tục duy trì kỹ thuật PCR.\nproposals:\n  - { text: "Đề nghị hỗ trợ các huyện.", to: local }\n  - Đề nghị Bộ Y tế hỗ trợ sinh phẩm.')
        .replace(/^ {2}causes: (.*)$/m, '  causes: $1\n  causes_objective: Thời tiết bất lợi.'),
    );
    const plan = await realPlan();
    const read = await checkReportPaths([folder], { plan, today: '2024-12-05', cwd: REPO });
    expect(read.reports.every((r) => r.report !== undefined), JSON.stringify(read.reports.map((r) => r.diagnostics))).toBe(true);
    const summary = buildSummary(plan, submissionStatus(plan, 2024, read.reports, '2024-12-05'));
    const group = (a: string) => summary.proposalsByAddressee.find((g) => g.addressee === a)?.items.map((i) => i.text) ?? [];
    expect(group('local')).toContain('Đề nghị hỗ trợ các huyện.');
    expect(group('central')).toContain('Đề nghị Bộ Y tế hỗ trợ sinh phẩm.');
    expect(group('province')).toContain('Đề nghị bố trí kinh phí đào tạo kỹ thuật viên sinh học phân tử cho các trung tâm y tế huyện.');
    expect(summary.nextYear.map((n) => [n.text, n.units.map((u) => u.unitId)])).toEqual([['Tiếp tục duy trì kỹ thuật PCR.', ['so-yte']]]);
    expect(summary.statements.causesObjective.map((c) => c.text)).toEqual(['Thời tiết bất lợi.']);
    // The rules of the grouping.
    expect(addresseeOf('Đề nghị Chính phủ ban hành cơ chế.')).toBe('central');
    expect(addresseeOf('Đề nghị bố trí kinh phí.')).toBe('province');
    expect(addresseeOf('Đề nghị các Sở, ngành, địa phương gửi báo cáo đúng hạn.')).toBe('local');
    expect(addresseeOf('Đề nghị Sở Khoa học và Công nghệ cung cấp tư liệu.')).toBe('local');
    expect(textKey('Nguồn lực  còn hạn chế.')).toBe(textKey('nguồn lực còn hạn chế'));
    expect(textKey('Nguồn lực còn hạn chế.')).not.toBe(textKey('Nguồn lực còn rất hạn chế.'));
  });
});
