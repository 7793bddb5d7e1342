// kt-bio remind: the reminder letter goes to exactly the units `check` lists as blank, invalid or
// missing, says each one's problem in words, and is laid out as a Decree 30 letter (công văn): the
// "V/v" line under the number, "Kính gửi:", "Nơi nhận:" — read back from word/document.xml and
// from LibreOffice's rendering. Also: the early reminder, one letter per unit, text and e-mail,
// and the write guards.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kt, REPO } from '../helpers/cli.js';
import { blocks, openDocx, runsOf, tableCells, textOf } from '../helpers/docx.js';
import { attr, child, childElements, descendants } from '../helpers/xml.js';
import { pdfOfDocx } from '../helpers/pdf.js';

const PLAN = ['--plan', path.join(REPO, 'plan')];
const FIXTURES = path.join(REPO, 'test/fixtures/cycle');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kt-bio-remind-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface CheckUnit {
  unitId: string;
  name: string;
  status: string;
}
/** The units check lists as not reported (blank, invalid, missing), as its --json gives them. */
async function notReported(args: string[]): Promise<CheckUnit[]> {
  const r = await kt(['check', ...args, '--json']);
  return (JSON.parse(r.stdout).result.units as CheckUnit[]).filter((u) => ['blank', 'invalid', 'missing'].includes(u.status));
}

/** The names of the units in the plan (full names, as the letter writes them). */
const fullNames = async (ids: string[]) => {
  const r = await kt(['plan', '--json', ...PLAN, '--today', '2024-12-10']);
  const units = (JSON.parse(r.stdout).result.units ?? []) as { id: string; name: string }[];
  return ids.map((id) => units.find((u) => u.id === id)?.name ?? id);
};

describe('the 2024 sample, after the deadline', () => {
  let out: string;
  let run: Awaited<ReturnType<typeof kt>>;
  let expected: CheckUnit[];
  beforeAll(async () => {
    out = path.join(dir, 'sample.docx');
    run = await kt(['remind', '--year', '2024', '--today', '2024-12-10', '--by', '20/12/2024', '-o', out]);
    expected = await notReported(['--year', '2024', '--today', '2024-12-10']);
  }, 120_000);

  it('writes one letter and names the units it reminds', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(expected.map((u) => u.unitId)).toEqual(['so-ngoaivu', 'ubnd-tumorong', 'ubnd-iahdrai']);
    expect(run.stdout).toContain('Đã quá hạn 20/11/2024 20 ngày; công văn đề nghị gửi trước ngày 20/12/2024.');
    expect(run.stdout).toContain(`đôn đốc 3 đơn vị: ${expected.map((u) => u.unitId).join(', ')}.`);
  });

  it('"Kính gửi:" names exactly the units check lists as blank, invalid or missing, and the body says what each lacks', async () => {
    const all = blocks(openDocx(out).body);
    const names = await fullNames(expected.map((u) => u.unitId));
    const salutation = all.filter((b) => b.kind === 'p' && (b.text.startsWith('Kính gửi:') || /^- /.test(b.text)) && all.indexOf(b) < all.findIndex((x) => x.text.startsWith('Thực hiện')));
    expect(salutation.map((b) => b.text)).toEqual(names.map((n, i) => `${i === 0 ? 'Kính gửi:\t' : ''}- ${n}${i === names.length - 1 ? '.' : ';'}`));
    const body = all.map((b) => b.text);
    expect(body).toContain(`- ${names[0]}: chưa gửi báo cáo;`);
    expect(body).toContain(`- ${names[1]}: đã gửi mẫu báo cáo ngày 18/11/2024 (tệp ubnd-tumorong.yaml) nhưng chưa điền nội dung;`);
    expect(body).toContain(`- ${names[2]}: chưa gửi báo cáo.`);
    // Units that sent a report, on time or late, are not reminded.
    const text = body.join('\n');
    for (const sent of ['Sở Y tế', 'Sở Giao thông vận tải', 'Ủy ban nhân dân huyện Kon Rẫy']) expect(text).not.toContain(sent);
    expect(text).toContain('đã quá hạn 20 ngày');
    expect(text).toContain('trước ngày 20/12/2024');
  });

  it('is a công văn: the V/v line under the number in the issuer\'s column, no title, "Kính gửi:" before the body, "Nơi nhận:" in the closing', () => {
    const docx = openDocx(out);
    const all = blocks(docx.body);
    const heading = all[0]!;
    expect(heading.kind).toBe('tbl');
    const rows = childElements(heading.element, 'w:tr');
    const numberCell = childElements(rows[1]!, 'w:tc')[0]!;
    const lines = childElements(numberCell, 'w:p').map(textOf);
    expect(lines[0]).toBe('Số: \u00A0\u00A0\u00A0\u00A0\u00A0\u00A0/SKHCN-QLCN');
    expect(lines[1]).toBe('V/v đôn đốc báo cáo kết quả thực hiện Kế hoạch số 1693/KH-UBND năm 2024');
    const vv = childElements(numberCell, 'w:p')[1]!;
    expect(attr(descendants(vv, 'w:jc')[0], 'w:val')).toBe('center');
    expect(attr(descendants(vv, 'w:spacing')[0], 'w:before')).toBe('120');
    for (const r of runsOf(vv)) expect([r.size, r.bold, r.italic]).toEqual([24, false, false]);
    expect(tableCells(heading.element)[0]![0]).toBe('UBND TỈNH KON TUM\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n');
    // No title: the heading table is followed by "Kính gửi:" at 14 pt.
    const salutation = all[1]!;
    expect(salutation.text.startsWith('Kính gửi:\t- ')).toBe(true);
    for (const r of runsOf(salutation.element)) expect(r.size).toBe(28);
    expect(all.some((b) => b.text === 'BÁO CÁO' || b.text === 'CÔNG VĂN')).toBe(false);
    const closing = all.filter((b) => b.kind === 'tbl').at(-1)!;
    const [recipients, signature] = tableCells(closing.element)[0]!;
    expect(recipients!.split('\n')).toEqual(['Nơi nhận:', '- Như trên;', '- Giám đốc, các Phó Giám đốc Sở;', '- Lưu: VT, QLCN.']);
    const noiNhan = runsOf(closing.element).find((r) => r.text === 'Nơi nhận:')!;
    expect([noiNhan.bold, noiNhan.italic, noiNhan.size]).toEqual([true, true, 24]);
    expect(signature).toContain('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC');
    expect(signature).toContain('Nguyễn Văn An');
    expect(textOf(child(docx.body, 'w:sectPr') ?? docx.body)).toBe('');
  });

  it('opens in LibreOffice: heading, number with the V/v line under it, Kính gửi, body, signature on one A4 page', () => {
    const pdf = pdfOfDocx(out);
    expect(pdf.pages).toHaveLength(1);
    const lines = pdf.pages[0]!.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
    const number = lines.findIndex((l) => l.startsWith('Số: /SKHCN-QLCN'));
    // Only the heading comes before the number (the issuer's name may wrap in its column).
    expect(number).toBeGreaterThan(0);
    const heading = lines.slice(0, number).join(' ');
    for (const part of ['UBND TỈNH KON TUM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']) expect(heading).toContain(part);
    expect(heading.replace(/UBND TỈNH KON TUM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc/g, '').replace(/\s+/g, ' ').trim()).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(lines[number]).toContain('Kon Tum, ngày 10 tháng 12 năm 2024');
    // The V/v line fills the lines between the number and "Kính gửi:", however the column wraps it.
    const salutation = lines.findIndex((l) => l.startsWith('Kính gửi:'));
    expect(salutation).toBeGreaterThan(number + 1);
    expect(lines.slice(number + 1, salutation).join(' ')).toBe('V/v đôn đốc báo cáo kết quả thực hiện Kế hoạch số 1693/KH-UBND năm 2024');
    expect(lines[salutation]).toBe('Kính gửi: - Sở Ngoại vụ;');
    expect(lines.slice(salutation + 1, salutation + 3)).toEqual(['- Ủy ban nhân dân huyện Tu Mơ Rông;', "- Ủy ban nhân dân huyện Ia H'Drai."]);
    expect(lines.findIndex((l) => l.startsWith('Nơi nhận:'))).toBeGreaterThan(salutation + 3);
    expect(lines).toContain('Nguyễn Văn An');
  });
});

describe('a year with invalid files too (test/fixtures/cycle)', () => {
  it('reminds exactly check\'s blank, invalid and missing units, each invalid one with its first problem in words, never a code', async () => {
    const out = path.join(dir, 'fixture.txt');
    const args = ['--year', '2024', '--today', '2024-12-10', '--reports', FIXTURES];
    const r = await kt(['remind', ...args, '--format', 'txt', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const expected = await notReported(args);
    expect(new Set(expected.map((u) => u.status))).toEqual(new Set(['blank', 'invalid', 'missing']));
    const text = readFileSync(out, 'utf8');
    const names = await fullNames(expected.map((u) => u.unitId));
    const listed = text.split('\r\n').filter((l) => /^- .*: (chưa gửi|đã gửi mẫu|báo cáo đã gửi)/.test(l));
    expect(listed.map((l) => l.slice(2, l.indexOf(': ')))).toEqual(names);
    expected.forEach((u, i) => {
      const line = listed[i]!;
      if (u.status === 'missing') expect(line).toMatch(/: chưa gửi báo cáo[;.]$/);
      if (u.status === 'blank') expect(line).toMatch(/: đã gửi mẫu báo cáo.*nhưng chưa điền nội dung[;.]$/);
      if (u.status === 'invalid') expect(line).toMatch(/: báo cáo đã gửi.*có lỗi nên chưa tổng hợp được: /);
    });
    expect(text).toContain('- Sở Xây dựng: báo cáo đã gửi (tệp so-xaydung.yaml) có lỗi nên chưa tổng hợp được: dòng 5, ngày 31/11/2024 không có thật: tháng 11/2024 chỉ có 30 ngày;');
    expect(text).not.toMatch(/\[[a-z]+(-[a-z]+)+\]|impossible-date|report-|cycle-/);
    expect(text).toContain('(điền đầy đủ nội dung theo mẫu, sửa các lỗi nêu trên)');
  });
});

describe('before the deadline: a friendly early reminder to the units that have not sent yet', () => {
  it('reminds the units without a counted report, says how many days are left, asks by the deadline', async () => {
    const reports = path.join(dir, 'early-reports');
    for (const f of ['so-yte.yaml', 'so-khcn.yaml', 'so-tuphap.yaml']) cpSync(path.join(FIXTURES, '2024', f), path.join(reports, '2024', f));
    const args = ['--year', '2024', '--today', '2024-11-18', '--reports', reports, ...PLAN];
    const out = path.join(dir, 'early.txt');
    const r = await kt(['remind', ...args, '--format', 'txt', '-o', out], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Chưa đến hạn 20/11/2024 (còn 2 ngày): công văn nhắc trước hạn.');
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('Còn 2 ngày đến hạn gửi báo cáo; đến ngày 18/11/2024, Sở Khoa học và Công nghệ chưa nhận được báo cáo của các cơ quan, đơn vị sau:');
    expect(text).toContain('hoàn thành và gửi báo cáo trước ngày 20/11/2024.');
    expect(text).not.toContain('quá hạn');
    const expected = await notReported(args);
    expect(expected.some((u) => u.unitId === 'so-yte')).toBe(false);
    expect(text).not.toContain('Sở Y tế');
    expect(text).toContain('- Sở Tư pháp: đã gửi mẫu báo cáo');
    expect(text.split('\r\n').filter((l) => /^- .*: (chưa gửi|đã gửi mẫu|báo cáo đã gửi)/.test(l))).toHaveLength(expected.length);
  });
});

describe('one letter per unit, text and e-mail', () => {
  it('--per-unit writes a file per unit, each to that unit alone, addressed as "Quý cơ quan"', async () => {
    const folder = path.join(dir, 'per-unit');
    const r = await kt(['remind', '--year', '2024', '--today', '2024-12-10', '--per-unit', '-o', folder]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['so-ngoaivu.docx', 'ubnd-iahdrai.docx', 'ubnd-tumorong.docx']);
    const all = blocks(openDocx(path.join(folder, 'ubnd-tumorong.docx')).body).map((b) => b.text);
    expect(all[1]).toBe('Kính gửi:\tỦy ban nhân dân huyện Tu Mơ Rông');
    expect(all.join('\n')).toContain('chưa nhận được báo cáo hợp lệ của Quý cơ quan (đã gửi mẫu báo cáo ngày 18/11/2024 (tệp ubnd-tumorong.yaml) nhưng chưa điền nội dung).');
    expect(all.join('\n')).not.toContain('Sở Ngoại vụ');
  });

  it('--format eml writes an unsent message with the V/v line as subject, the same bytes on every run', async () => {
    const a = path.join(dir, 'a.eml');
    const b = path.join(dir, 'b.eml');
    await kt(['remind', '--year', '2024', '--today', '2024-12-10', '--format', 'eml', '-o', a]);
    await kt(['remind', '--year', '2024', '--today', '2024-12-10', '--format', 'eml', '-o', b]);
    const mail = readFileSync(a, 'utf8');
    expect(readFileSync(b, 'utf8')).toBe(mail);
    const [head, body] = mail.split('\r\n\r\n');
    expect(head).toContain('Date: Tue, 10 Dec 2024 08:00:00 +0700');
    expect(head).toContain('Content-Type: text/plain; charset=UTF-8');
    const subject = head!.match(/^Subject: ([\s\S]*?)\r\n(?!\s)/m)![1]!.split(/\r\n\s+/).map((w) => Buffer.from(w.replace(/^=\?UTF-8\?B\?|\?=$/g, ''), 'base64')).reduce((x, y) => Buffer.concat([x, y]));
    expect(subject.toString('utf8')).toBe('V/v đôn đốc báo cáo kết quả thực hiện Kế hoạch số 1693/KH-UBND năm 2024');
    expect(head!.split('\r\n').every((l) => l.length <= 78)).toBe(true);
    const text = Buffer.from(body!.replace(/\r\n/g, ''), 'base64').toString('utf8');
    expect(text).toContain('Kính gửi: - Sở Ngoại vụ;');
    expect(text).toContain('- Ủy ban nhân dân huyện Ia H\'Drai: chưa gửi báo cáo.');
  });
});

describe('write guards, as compile', () => {
  it('never overwrites an existing file without --force, and never writes among the reports', async () => {
    const out = path.join(dir, 'kept.docx');
    writeFileSync(out, 'a file of the officer');
    const r = await kt(['remind', '--year', '2024', '--today', '2024-12-10', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[remind-output-exists]');
    expect(r.stderr).toContain('đã có; không ghi đè.');
    expect(r.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('a file of the officer');
    const forced = await kt(['remind', '--year', '2024', '--today', '2024-12-10', '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(5000);

    const reports = path.join(dir, 'guarded');
    cpSync(path.join(FIXTURES, '2024', 'so-yte.yaml'), path.join(reports, '2024', 'so-yte.yaml'));
    const into = await kt(['remind', '--year', '2024', '--today', '2024-12-10', '--reports', reports, '-o', path.join(reports, '2024', 'don-doc.docx')]);
    expect(into.code).toBe(2);
    expect(into.stderr).toContain('[remind-output-in-reports]');
    expect(existsSync(path.join(reports, '2024', 'don-doc.docx'))).toBe(false);
  });
});
