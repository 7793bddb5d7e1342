// Money written in another unit than the đồng ("2.460 triệu đồng"): an amount of funding so written
// is an error at validate time that names the exact đồng to write; an indicator measured in money
// is read in đồng, added up with the same figure written in đồng, and named in the funding part as
// a figure outside the funding totals, never silently beside them.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kt, REPO } from '../helpers/cli.js';
import { blocks, openDocx, tableCells } from '../helpers/docx.js';
import { moneyInWords, moneyUnitFactor } from '../../src/text/money.js';

const NAME = 'Kinh phí sự nghiệp bố trí cho nhiệm vụ công nghệ sinh học năm 2024';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kt-bio-money-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('units of money', () => {
  it('knows the units of money an indicator may be measured in, and nothing else', () => {
    expect(moneyUnitFactor('triệu đồng')).toBe(1_000_000);
    expect(moneyUnitFactor(' Triệu  đồng ')).toBe(1_000_000);
    expect(moneyUnitFactor('tr.đ')).toBe(1_000_000);
    expect(moneyUnitFactor('tỷ đồng')).toBe(1_000_000_000);
    expect(moneyUnitFactor('nghìn đồng')).toBe(1_000);
    expect(moneyUnitFactor('đồng')).toBe(1);
    expect(moneyUnitFactor('VNĐ')).toBe(1);
    for (const other of ['triệu liều', 'lượt người', 'ha', 'triệu', 'đồng/kg']) expect(moneyUnitFactor(other), other).toBeNull();
  });

  it('reads an amount written with a unit of money as whole đồng, or not at all', () => {
    expect(moneyInWords('2.460 triệu đồng')).toBe(2_460_000_000);
    expect(moneyInWords('2460 triệu')).toBe(2_460_000_000);
    expect(moneyInWords('74,5 triệu')).toBe(74_500_000);
    expect(moneyInWords('1,25 tỷ đồng')).toBe(1_250_000_000);
    expect(moneyInWords('350 nghìn đồng')).toBe(350_000);
    expect(moneyInWords('0,0005 nghìn')).toBeNull(); // half a đồng
    expect(moneyInWords('hai triệu')).toBeNull();
    expect(moneyInWords('350.000.000')).toBeNull();
  });
});

describe('funding written in triệu đồng', () => {
  it('is an error at validate time whose fix gives the exact amount in đồng', async () => {
    const file = path.join(dir, 'so-khcn.yaml');
    const text = readFileSync(path.join(REPO, 'reports/2024/so-khcn.yaml'), 'utf8');
    expect(text).toContain('state_recurrent: "60.000.000"');
    writeFileSync(file, text.replace('state_recurrent: "60.000.000"', 'state_recurrent: 2.460 triệu đồng'));
    const r = await kt(['validate', file, '--today', '2024-12-05']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('[invalid-money] Số tiền "2.460 triệu đồng" không hợp lệ');
    expect(r.stdout + r.stderr).toContain('Ghi 2.460.000.000 (tức "2.460 triệu đồng" tính ra đồng)');
    const en = await kt(['validate', file, '--today', '2024-12-05', '--lang', 'en']);
    expect(en.stdout + en.stderr).toContain('Write 2.460.000.000 ("2.460 triệu đồng" in đồng)');
  });
});

describe('an indicator measured in money', () => {
  let all: ReturnType<typeof blocks>;

  beforeAll(async () => {
    // The sample year, where the finance department reports the budget allocated in triệu đồng;
    // in a copy, the science department reports the same figure in đồng.
    const reports = path.join(dir, 'reports');
    cpSync(path.join(REPO, 'reports'), reports, { recursive: true });
    const khcn = path.join(reports, '2024', 'so-khcn.yaml');
    const text = readFileSync(khcn, 'utf8');
    const anchor = '    indicators:\n      - name: Số tổ chức, doanh nghiệp được hướng dẫn áp dụng tiêu chuẩn\n';
    expect(text).toContain(anchor);
    writeFileSync(khcn, text.replace(anchor, `    indicators:\n      - name: ${NAME}\n        value: 540.000.000\n        unit: đồng\n${anchor.split('\n')[1]}\n`));
    expect(readFileSync(path.join(reports, '2024', 'so-taichinh.yaml'), 'utf8')).toContain('value: 2460\n        unit: triệu đồng');
    const out = path.join(dir, 'bao-cao.docx');
    const r = await kt(['--reports', reports, 'compile', '--year', '2024', '--today', '2024-12-05', '-o', out]);
    if (r.code === 2) throw new Error(r.stderr);
    all = blocks(openDocx(out).body);
  }, 120_000);

  it('is read in đồng and added up with the same figure written in đồng, on one line', () => {
    const table = all.filter((b) => b.kind === 'tbl').map((b) => tableCells(b.element)).find((t) => t[0]?.includes('Chỉ tiêu') && t[0]?.includes('Mục'))!;
    const rows = table.filter((r) => r[1] === NAME);
    // 2.460 triệu đồng + 540.000.000 đồng, by two units.
    expect(rows.map((r) => r.slice(2, 5))).toEqual([['đồng', '3.000.000.000', '2']]);
    expect(table.some((r) => r[2] === 'triệu đồng')).toBe(false);
    // The body's sentence for the finance department's task gives it in đồng too.
    expect(all.some((b) => b.kind === 'p' && b.text.includes(`${NAME.charAt(0).toLowerCase()}${NAME.slice(1)} 2.460.000.000 đồng (1 đơn vị)`))).toBe(true);
  });

  it('is named in the funding part as a figure outside its totals, which stay those of the funding amounts', () => {
    const texts = all.filter((b) => b.kind === 'p').map((b) => b.text);
    const funding = texts.indexOf('II. KINH PHÍ THỰC HIỆN');
    const part = texts.slice(funding, texts.indexOf('III. ĐÁNH GIÁ CHUNG'));
    expect(part[1]).toBe('Tổng kinh phí các cơ quan, đơn vị báo cáo đã sử dụng để thực hiện Kế hoạch năm 2024 là 9.645.900.000 đồng, gồm:');
    expect(part).toContain(
      `Ngoài ra, các cơ quan, đơn vị báo cáo số liệu về kinh phí trong các chỉ tiêu (tính ra đồng, không cộng vào kinh phí đã sử dụng nêu trên): kinh phí sự nghiệp bố trí cho nhiệm vụ công nghệ sinh học năm 2024: 3.000.000.000 đồng (2 đơn vị).`,
    );
  });
});
