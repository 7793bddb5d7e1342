// A report saved as UTF-7 is valid ASCII, so it reads without error; its letters are garbled
// ("qu+AOE-n tri+Hsc-t"). It is a finding with the fix, never a clean report.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/text/decode.js';
import { findSevenBitText } from '../../src/text/seven-bit.js';
import { kt } from '../helpers/cli.js';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../fixtures/decode/${name}`, import.meta.url));

describe('UTF-7', () => {
  it('the sample report saved as UTF-7 is a finding naming the first garbled word and how it reads', () => {
    expect(decodeText(fixture('utf7.yaml'))).toEqual({ ok: false, problem: { kind: 'utf7', sample: 'D+Hu4', decoded: 'DỮ', line: 1, column: 3 } });
  });

  it('the words of the issue: quán triệt', () => {
    expect(findSevenBitText('results: qu+AOE-n tri+Hsc-t')).toMatchObject({ sample: 'qu+AOE-n', decoded: 'quán', line: 1, column: 10 });
    expect(findSevenBitText('a: 1\nresults: "Ng+AbA-+Ht0-i d+AOI-n"')).toMatchObject({ line: 2, decoded: 'Người' });
  });

  it('plus signs of ordinary text are not UTF-7', () => {
    for (const text of ['phone: "+84-260 3862 123"', 'C++ và C#, a+b-c, +1', 'note: +AB-CD +ZZ-', 'results: "Tăng +15% so với 2023, +3 mô hình"']) {
      expect(findSevenBitText(text)).toBeUndefined();
    }
    // One lone run is not enough to call a file UTF-7.
    expect(findSevenBitText('ghi chú: qu+AOE-n')).toBeUndefined();
  });

  it('validate says so in Vietnamese with the fix, exit 1', async () => {
    const r = await kt(['validate', 'test/fixtures/decode/utf7.yaml', '--today', '2024-12-30']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[file-utf7] Tệp được lưu bằng bảng mã UTF-7: chữ có dấu bị ghi thành các chuỗi như "D+Hu4" (đọc là "DỮ")');
    expect(r.stdout).toContain('"Unicode (UTF-8)"');
  });
});
