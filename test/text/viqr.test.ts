// Vietnamese typed in VIQR ("Vie^.t Nam") is plain ASCII, so it reads without error; printed, the
// marks would show as punctuation. It is a finding with the fix, never a clean report, and the
// punctuation of ordinary text is not taken for it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/text/decode.js';
import { findViqrText } from '../../src/text/viqr.js';
import { kt } from '../helpers/cli.js';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../fixtures/decode/${name}`, import.meta.url));

describe('VIQR', () => {
  it('the sample report typed in VIQR is a finding naming the first word and how it reads', () => {
    expect(decodeText(fixture('viqr.yaml'))).toEqual({ ok: false, problem: { kind: 'viqr', sample: 'DU+~', decoded: 'DỮ', line: 1, column: 3 } });
  });

  it('reads modifiers, tones, đ and a word before a full stop', () => {
    expect(findViqrText('results: Vie^.t Nam, ca\'c ddo+n vi. dda~ ba\'o ca\'o.')).toMatchObject({ sample: 'Vie^.t', decoded: 'Việt', line: 1, column: 10 });
    expect(findViqrText('a: 1\nresults: "DDa(ng ky\' ta^.p huo^\'n xong."')).toMatchObject({ sample: 'DDa(ng', decoded: 'Đăng', line: 2 });
  });

  it('punctuation of ordinary text, file names and English are not VIQR', () => {
    for (const text of [
      'results: "Đã tổ chức 2 hội nghị (a.m.), don\'t, xong. Tại sao? so-yte.yaml, i.e. e.g. II.3.a"',
      'contact: vp.ubnd@kontum.gov.vn, www.kontum.gov.vn, o\'clock, C++, "a?", 1.250 triệu',
      'results: Tăng 15% so với 2023; ghi chú: mục II.3.a.yd; ví dụ: ca\' (một từ)',
    ]) {
      expect(findViqrText(text), text).toBeUndefined();
    }
    // Two words are not a way of typing.
    expect(findViqrText('ghi chú: Vie^.t Nam, ba\'o')).toBeUndefined();
  });

  it('validate says so in Vietnamese with the fix, exit 1', async () => {
    const r = await kt(['validate', 'test/fixtures/decode/viqr.yaml', '--today', '2024-12-30']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[text-viqr] Chữ có dấu được gõ theo kiểu VIQR');
    expect(r.stdout).toContain('"DU+~" (đọc là "DỮ")');
    expect(r.stdout).toContain('Unikey');
  });
});
