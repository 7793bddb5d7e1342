import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MAX_REPORT_BYTES,
  decodeLegacyVietnamese,
  decodeText,
  normalizeNfc,
} from '../../src/text/decode.js';
import { sanitizeForXml } from '../../src/publish/docx/xml-text.js';

const fixture = (name: string): Uint8Array =>
  readFileSync(new URL(`../fixtures/decode/${name}`, import.meta.url));
const fixtureLines = (name: string, encoding: BufferEncoding): string[] =>
  Buffer.from(fixture(name)).toString(encoding).split(/\r?\n/);

// The text every encoded report fixture holds (written with CRLF on disk).
const REPORT =
  '# bao cao ket qua nam 2024\n' +
  'don_vi: Sở Khoa học và Công nghệ\n' +
  'nhiem_vu: ứng dụng công nghệ sinh học trong nông nghiệp\n' +
  'ghi_chu: đã hoàn thành đúng tiến độ\n';

function decodedText(name: string): string {
  const result = decodeText(fixture(name));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problem)}`);
  return result.value.text;
}

describe('decodeText: files that decode', () => {
  it('strips the UTF-8 BOM and turns CRLF into LF', () => {
    expect(decodeText(fixture('utf8-bom-crlf.yaml'))).toEqual({
      ok: true,
      value: { text: REPORT, hadBom: true, hadCrlf: true, wasNfd: false },
    });
  });

  it('turns lone CR line breaks into LF', () => {
    expect(decodeText(fixture('utf8-lone-cr.yaml'))).toEqual({
      ok: true,
      value: { text: REPORT, hadBom: false, hadCrlf: true, wasNfd: false },
    });
  });

  it('normalises decomposed (NFD) Vietnamese to NFC and says so', () => {
    const bytes = fixture('nfd.yaml');
    expect(Buffer.from(bytes).toString('utf8')).not.toBe(REPORT); // the fixture really is NFD
    expect(decodeText(bytes)).toEqual({
      ok: true,
      value: { text: REPORT, hadBom: false, hadCrlf: false, wasNfd: true },
    });
  });

  it('strips repeated BOMs left by editors that add one on every save', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61, 0x3a, 0x20, 0x31]);
    expect(decodeText(bytes)).toEqual({
      ok: true,
      value: { text: 'a: 1', hadBom: true, hadCrlf: false, wasNfd: false },
    });
  });
});

describe('decodeText: UTF-16', () => {
  it.each([
    ['utf16le-bom.yaml', 'le'],
    ['utf16le-nobom.yaml', 'le'],
    ['utf16be-bom.yaml', 'be'],
    ['utf16be-nobom.yaml', 'be'],
  ] as const)('reports %s as UTF-16 %s', (name, endianness) => {
    expect(decodeText(fixture(name))).toEqual({ ok: false, problem: { kind: 'utf16', endianness } });
  });
});

describe('decodeText: legacy Vietnamese encodings (invalid UTF-8)', () => {
  it('fixtures hold the legacy bytes of the sentence, as a Western code page shows them', () => {
    expect(fixtureLines('tcvn3.yaml', 'latin1')[1]).toBe('don_vi: Së Khoa häc vµ C«ng nghÖ');
    expect(fixtureLines('vni.yaml', 'latin1')[1]).toBe('don_vi: Sôû Khoa hoïc vaø Coâng ngheä');
  });

  // Line 1 is ASCII and 27 bytes with its CRLF; "don_vi: S" puts the first letter with a
  // diacritic at column 10, byte 27 + 9 + 1 = 37.
  it.each([
    ['tcvn3.yaml', 'tcvn3', 0xeb], // ở
    ['vni.yaml', 'vni', 0xf4], // ơ, followed by the hook byte
    ['windows-1258.yaml', 'windows-1258', 0xf5], // ơ, followed by the combining hook
  ] as const)('reports %s as not UTF-8, guessing %s, at the first letter with a diacritic', (name, guess, byte) => {
    const bytes = fixture(name);
    expect(bytes[37]).toBe(byte);
    expect(decodeText(bytes)).toEqual({
      ok: false,
      problem: { kind: 'not-utf8', guess, offset: 37, line: 2, column: 10 },
    });
  });

  it('does not guess a Vietnamese encoding for Latin-1 French', () => {
    expect(decodeText(fixture('latin1-french.yaml'))).toEqual({
      ok: false,
      problem: { kind: 'not-utf8', guess: 'unknown', offset: 6, line: 1, column: 7 },
    });
  });

  it('counts columns in characters when the line starts with valid UTF-8', () => {
    // "ghi_chú: nhiệt độ 25" is 20 characters (26 bytes) before the stray Latin-1 degree sign.
    const bytes = fixture('utf8-then-stray-byte.yaml');
    expect(bytes[68]).toBe(0xb0);
    expect(decodeText(bytes)).toEqual({
      ok: false,
      problem: { kind: 'not-utf8', guess: 'unknown', offset: 68, line: 2, column: 21 },
    });
  });

  it('reports the start of a truncated multi-byte sequence at the end of the file', () => {
    const bytes = new Uint8Array([0x61, 0x0a, 0x62, 0xe1, 0xbb]);
    expect(decodeText(bytes)).toEqual({
      ok: false,
      problem: { kind: 'not-utf8', guess: 'unknown', offset: 3, line: 2, column: 2 },
    });
  });

  it('rejects overlong encodings and encoded surrogates like the WHATWG decoder', () => {
    for (const bad of [[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]]) {
      const result = decodeText(new Uint8Array([0x78, ...bad]));
      expect(result).toMatchObject({ ok: false, problem: { kind: 'not-utf8', offset: 1, line: 1, column: 2 } });
    }
  });
});

describe('decodeText: legacy-font text pasted into a UTF-8 file', () => {
  it('flags TCVN3 mojibake and points at the first suspicious word', () => {
    expect(decodeText(fixture('mojibake-tcvn3.yaml'))).toEqual({
      ok: false,
      problem: { kind: 'legacy-font-text', guess: 'tcvn3', sample: 'Së', line: 2, column: 9 },
    });
  });

  it('flags VNI mojibake', () => {
    expect(decodeText(fixture('mojibake-vni.yaml'))).toEqual({
      ok: false,
      problem: { kind: 'legacy-font-text', guess: 'vni', sample: 'Sôû', line: 2, column: 9 },
    });
  });

  it('flags a TCVN3 line pasted among genuine Unicode Vietnamese', () => {
    // Line 3 is "ket_qua: ®· hoµn thµnh ®óng tiÕn ®é"; "®·" has no ASCII letter to compare with.
    expect(decodeText(fixture('mojibake-tcvn3-in-unicode.yaml'))).toEqual({
      ok: false,
      problem: { kind: 'legacy-font-text', guess: 'tcvn3', sample: 'hoµn', line: 3, column: 13 },
    });
  });

  it('flags a single TCVN3 word when it holds a symbol no real word has and there is no Vietnamese', () => {
    expect(decodeText(fixture('mojibake-tcvn3-one-word.yaml'))).toEqual({
      ok: false,
      problem: { kind: 'legacy-font-text', guess: 'tcvn3', sample: 'C«ng', line: 2, column: 8 },
    });
  });

  it('does not flag a single French name that happens to read as VNI', () => {
    // "Loïc" reads as VNI "Lọc", but one such word in English text is not evidence.
    const bytes = new TextEncoder().encode('speaker: Dr Loïc Martin\n');
    expect(decodeText(bytes)).toMatchObject({ ok: true, value: { text: 'speaker: Dr Loïc Martin\n' } });
  });
});

describe('decodeText: legitimate text is not mistaken for mojibake', () => {
  it.each([
    'genuine-vietnamese.yaml', // có, là, mét, Lê, Thuý: Latin-1-only Vietnamese words; also José Müller, Loïc
    'english.yaml', // naïve, café, résumé
    'french.yaml', // Hélène, Noël, où, Loïc, « », Côte d'Ivoire, Señor
    'measurements.yaml', // °C, µg, ±, ×, m², ½
  ])('accepts %s unchanged', (name) => {
    expect(decodedText(name)).toBe(Buffer.from(fixture(name)).toString('utf8'));
  });

  it('accepts NFD Vietnamese (checked before normalisation)', () => {
    expect(decodedText('nfd.yaml')).toBe(REPORT);
  });
});

describe('decodeText: binary and empty files', () => {
  it('reports a PNG as binary', () => {
    expect(decodeText(fixture('picture.png'))).toEqual({ ok: false, problem: { kind: 'binary' } });
  });

  it('reports a file that is mostly control bytes as binary even without NUL', () => {
    expect(decodeText(fixture('control-bytes.bin'))).toEqual({ ok: false, problem: { kind: 'binary' } });
  });

  it('reports a NUL byte in otherwise ASCII text as binary', () => {
    const bytes = new TextEncoder().encode('a: 1\nb: 2\u0000\nc: 3 and some more text here\n');
    expect(decodeText(bytes)).toEqual({ ok: false, problem: { kind: 'binary' } });
  });

  it('tolerates a couple of stray control characters in text', () => {
    const bytes = new TextEncoder().encode('a: 1\u0001\nb: 2\u001a\n');
    expect(decodeText(bytes)).toMatchObject({ ok: true, value: { text: 'a: 1\u0001\nb: 2\u001a\n' } });
  });

  it.each(['empty.yaml', 'bom-and-whitespace.yaml', 'utf16le-bom-only.yaml', 'invisible-only.yaml'])(
    'reports %s as empty',
    (name) => {
      expect(decodeText(fixture(name))).toEqual({ ok: false, problem: { kind: 'empty' } });
    },
  );
});

describe('decodeText: size limit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kt-bio-decode-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is 1 MiB', () => {
    expect(MAX_REPORT_BYTES).toBe(1024 * 1024);
  });

  it('rejects a file above the limit before looking at its content', () => {
    // NUL bytes would be "binary" if the content were inspected first.
    const path = join(dir, 'huge.yaml');
    writeFileSync(path, Buffer.alloc(MAX_REPORT_BYTES + 1));
    expect(decodeText(readFileSync(path))).toEqual({
      ok: false,
      problem: { kind: 'too-large', size: MAX_REPORT_BYTES + 1, limit: MAX_REPORT_BYTES },
    });
  });

  it('accepts a file of exactly the limit', () => {
    const path = join(dir, 'at-limit.yaml');
    writeFileSync(path, Buffer.alloc(MAX_REPORT_BYTES, 'a: 1\n'));
    expect(decodeText(readFileSync(path)).ok).toBe(true);
  });

  it('honours maxBytes', () => {
    const bytes = fixture('utf8-bom-crlf.yaml');
    expect(decodeText(bytes, { maxBytes: 100 })).toEqual({
      ok: false,
      problem: { kind: 'too-large', size: bytes.length, limit: 100 },
    });
  });
});

describe('decodeLegacyVietnamese', () => {
  const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
  const LOWER =
    'a ă â e ê i o ô ơ u ư y'
      .split(' ')
      .map((vowel) => TONES.map((tone) => normalizeNfc(vowel + tone)).join(''))
      .join(' ') + ' đ';

  it('reads every TCVN3 letter (toned capitals were drawn by the .VnTimeH font, not encoded)', () => {
    expect(decodeLegacyVietnamese(fixture('tcvn3-alphabet.txt'), 'tcvn3')).toBe(`${LOWER} ĂÂÊÔƠƯĐ`);
  });

  it('reads every VNI letter, lower and upper case', () => {
    expect(decodeLegacyVietnamese(fixture('vni-alphabet.txt'), 'vni')).toBe(`${LOWER} ${LOWER.toUpperCase()}`);
  });

  it('reads every Windows-1258 letter, composing the separate tone marks', () => {
    expect(decodeLegacyVietnamese(fixture('windows-1258-alphabet.txt'), 'windows-1258')).toBe(
      `${LOWER} ${LOWER.toUpperCase()}`,
    );
  });

  it.each([
    ['tcvn3.yaml', 'tcvn3'],
    ['vni.yaml', 'vni'],
    ['windows-1258.yaml', 'windows-1258'],
  ] as const)('recovers the report from %s', (name, encoding) => {
    expect(decodeLegacyVietnamese(fixture(name), encoding)).toBe(REPORT.replace(/\n/g, '\r\n'));
  });
});

describe('normalizeNfc', () => {
  it('composes decomposed Vietnamese letters', () => {
    expect(normalizeNfc('o\u031B\u0309')).toBe('ở');
    expect(normalizeNfc('e\u0323\u0302')).toBe('ệ');
    expect(normalizeNfc('ở')).toBe('ở');
  });
});

describe('sanitizeForXml', () => {
  it('keeps ordinary text, tab, LF, CR, NBSP and soft hyphen', () => {
    const text = 'Sở Khoa học\tvà\r\nCông\u00a0nghệ sinh\u00adhọc 😀';
    expect(sanitizeForXml(text)).toBe(text);
  });

  it('removes C0 controls other than tab, LF and CR', () => {
    expect(sanitizeForXml('a\u0000b\u0001c\u0008d\u001be\u001ff')).toBe('abcdef');
  });

  it('turns vertical tab (Word manual line break) and form feed into LF', () => {
    expect(sanitizeForXml('dòng 1\u000bdòng 2\u000ctrang 2')).toBe('dòng 1\ndòng 2\ntrang 2');
  });

  it('turns line/paragraph separators and NEL into LF', () => {
    expect(sanitizeForXml('a\u2028b\u2029c\u0085d')).toBe('a\nb\nc\nd');
  });

  it('removes U+FFFE and U+FFFF', () => {
    expect(sanitizeForXml('a\ufffeb\uffffc')).toBe('abc');
  });

  it('removes lone surrogates but keeps pairs', () => {
    expect(sanitizeForXml('x\ud800y\udc00z\ud83d')).toBe('xyz');
    expect(sanitizeForXml('\ud83d\ude00')).toBe('😀');
  });

  it('removes zero-width and format characters pasted from Word', () => {
    expect(sanitizeForXml('\ufeffBáo\u200b cáo\u200c\u200d\u2060\u200e\u202a\u202c\ufeff')).toBe('Báo cáo');
  });

  it('removes DEL and C1 controls left by code-page mix-ups', () => {
    expect(sanitizeForXml('a\u007fb\u0080c\u009fd')).toBe('abcd');
  });

  it('leaves only characters allowed by the XML 1.0 Char production', () => {
    let all = '';
    for (let c = 0; c <= 0xffff; c++) all += String.fromCharCode(c);
    const xmlChar = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;
    expect(xmlChar.test(all)).toBe(false);
    expect(xmlChar.test(sanitizeForXml(all))).toBe(true);
  });
});
