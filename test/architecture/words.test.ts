// Every word a user reads lives in src/messages/: one place to review all the Vietnamese, one
// type per table that makes a missing translation a compile error. Outside it, no file may hold
// a table of words per language ({ vi: ..., en: ... }) or choose words with a ternary on the
// language (lang === 'vi' ? ... : ...). Generated files are left aside.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');
const EXEMPT = ['messages', 'generated'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return EXEMPT.includes(path.relative(SRC, p)) ? [] : sourceFiles(p);
    return /\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts') ? [p] : [];
  });
}

/** A language code compared with something, then a choice: lang === 'vi' ? a : b. */
const TERNARY = /(?:[!=]==?\s*(['"`])(?:vi|en)\1|(['"`])(?:vi|en)\2\s*[!=]==?\s*[\w.[\]]+)\s*\)?\s*\?/;
/** A key named after a language holding words: `vi: {`, `en: 'Fix'`, `vi: (n) =>`, `en: [`. */
const LANG_KEY = (lang: 'vi' | 'en') => new RegExp(`(?:^|[{,\\s])${lang}\\s*:\\s*[{'"\`(\\[]`, 'm');
/** A table typed by language outside the catalogues. */
const RECORD_OF_LANG = /Record<\s*Lang\s*,/;

/** The places in one file's text where words are chosen by language; [] when there are none. */
export function wordsByLanguage(text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
    if (TERNARY.test(line)) found.push(`${i + 1}: ternary on the language: ${line.trim()}`);
    if (RECORD_OF_LANG.test(line)) found.push(`${i + 1}: table typed by language: ${line.trim()}`);
  });
  const vi = LANG_KEY('vi').exec(text);
  const en = LANG_KEY('en').exec(text);
  if (vi && en) {
    const line = text.slice(0, vi.index).split('\n').length;
    found.push(`${line}: a table with vi and en keys`);
  }
  return found;
}

describe('every user-facing word lives in src/messages/', () => {
  it('finds the patterns it forbids (a table per language, a ternary on the language)', () => {
    expect(wordsByLanguage(`const L = {\n  vi: { title: 'TÌNH HÌNH' },\n  en: { title: 'REPORTING' },\n};`)).toEqual(['2: a table with vi and en keys']);
    expect(wordsByLanguage(`const HINT: Record<Lang, string> = { vi: 'Cách sửa', en: 'Fix' };`)).toHaveLength(2);
    expect(wordsByLanguage("  const where = `${lang === 'vi' ? 'dòng' : 'line'} 3`;")).toHaveLength(1);
    expect(wordsByLanguage("const sep = opts.lang !== 'en' ? ',' : '.';")).toHaveLength(1);
    expect(wordsByLanguage("const sep = ('vi' === lang) ? ',' : '.';")).toHaveLength(1);
    // What is not a choice of words: a check that a value is a language, a comment, one language alone.
    expect(wordsByLanguage("if (v === 'vi' || v === 'en') lang = v;")).toEqual([]);
    expect(wordsByLanguage("// lang === 'vi' ? 'dòng' : 'line' was here")).toEqual([]);
    expect(wordsByLanguage(`const x = { vi: 'một' };`)).toEqual([]);
  });

  it('no file of src/ outside messages/ (and generated/) chooses words by language', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.flatMap((f) => wordsByLanguage(readFileSync(f, 'utf8')).map((w) => `${path.relative(SRC, f)}:${w}`));
    expect(offenders).toEqual([]);
  });
});
