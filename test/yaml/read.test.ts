// The one YAML reader: data from js-yaml with every scalar as written, types from the schema,
// positions and syntax codes from `yaml` on demand; what a report has no use for is a finding.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/yaml/read.js';
import { typeBySchema } from '../../src/schema/typing.js';
import { parseNumber } from '../../src/text/number.js';

const read = (text: string) => parseYaml(text, 'x.yaml');
const shape = (text: string) => read(text).diagnostics.map((d) => `${d.code} ${d.range?.start.line}:${d.range?.start.column}`);

describe('the YAML reader', () => {
  it('keeps every scalar as written; nothing, ~ and null are null', () => {
    expect(read('a: 350.000.000\nb: 350.000\nc: "2026"\nd: 2026\ne:\nf: ~\ng: "null"\nh: 0x10\n').value).toEqual({
      a: '350.000.000',
      b: '350.000',
      c: '2026',
      d: '2026',
      e: null,
      f: null,
      g: 'null',
      h: '0x10',
    });
  });

  it('a file of comments only is null, with no finding', () => {
    expect(read('# only a comment\n')).toMatchObject({ value: null, diagnostics: [] });
  });

  it('refuses an anchor used inside itself, at the alias', () => {
    expect(shape('summary: &S {self: *S}\n')).toEqual(['yaml-recursive-alias 1:20']);
    expect(shape('proposals: [&P [*P]]\n')).toEqual(['yaml-recursive-alias 1:17']);
  });

  it('refuses tags and merge keys where they are written', () => {
    expect(shape('status: !!merge completed\n')).toEqual(['yaml-tag 1:9']);
    expect(shape('a: 1\nstatus: !!str completed\n')).toEqual(['yaml-tag 2:9']);
    expect(read('x: &a !foo 1\n').diagnostics[0]).toMatchObject({ code: 'yaml-tag', args: { tag: '!foo' } });
    expect(shape('base: &b {a: 1}\nother:\n  <<: *b\n')).toEqual(['yaml-merge-key 3:3']);
  });

  it('refuses nesting too deep for a report, without a stack overflow', () => {
    expect(read(`a: ${'['.repeat(100)}${']'.repeat(100)}\n`).diagnostics[0]?.code).toBe('yaml-too-deep');
    expect(read(`a: ${'['.repeat(20000)}\n`).diagnostics[0]?.code).toBe('yaml-too-deep');
  });

  it('points the alias limit at the alias past the limit', () => {
    const text = `a: &a x\n${Array.from({ length: 60 }, (_, i) => `b${i}: *a`).join('\n')}\n`;
    expect(shape(text)).toEqual(['yaml-alias-limit 52:6']);
  });
});

describe('types from the schema', () => {
  it('a quoted year is a year; money stays as written; a measure groups thousands', () => {
    const data = { year: '2026', tasks: [{ id: 'x', status: 'ongoing', funding: { state: '350.000' }, indicators: [{ name: 'n', value: '1.250', unit: 'u' }] }] };
    const typed = typeBySchema(data, 'report');
    expect(typed.problems).toEqual([]);
    expect(typed.value).toMatchObject({ year: 2026, tasks: [{ funding: { state: '350.000' }, indicators: [{ value: 1250 }] }] });
    expect(data.year).toBe('2026');
  });

  it('numbers a clerk never means are problems with their reason', () => {
    const typed = typeBySchema({ year: '0x10', tasks: [{ indicators: [{ value: '1e-400' }, { value: '9999999999999999999999999999' }] }] }, 'report');
    expect(typed.problems.map((p) => `${p.path.join('.')} ${p.reason}`)).toEqual(['year base', 'tasks.0.indicators.0.value exponent', 'tasks.0.indicators.1.value too-large']);
  });

  it('reads numbers the Vietnamese way', () => {
    expect(parseNumber('1.250', true)).toEqual({ ok: true, value: 1250 });
    expect(parseNumber('12.5', true)).toEqual({ ok: true, value: 12.5 });
    expect(parseNumber('2.024', false)).toEqual({ ok: true, value: 2.024 });
    expect(parseNumber('-0', false)).toEqual({ ok: true, value: 0 });
    expect(parseNumber('9007199254740993', false)).toEqual({ ok: false, reason: 'too-large' });
    expect(parseNumber('1e5', false)).toEqual({ ok: false, reason: 'exponent' });
    expect(parseNumber('năm', false)).toEqual({ ok: false, reason: 'format' });
  });
});
