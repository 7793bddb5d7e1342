// The quick reading (js-yaml) must give, for every file it accepts, what `yaml` gives: the same
// data, the same source text of unquoted non-text scalars, and no syntax error that `yaml`
// would have reported. Checked on every YAML file of the project, a corpus of edge cases, and
// seeded mutations of real reports (what a clerk's typing slips look like).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/text/decode.js';
import { parseYaml, parseYamlWithPositions, type DataPath } from '../../src/yaml/read.js';
import { quickRead } from '../../src/yaml/quick.js';

const REPO = path.resolve(import.meta.dirname, '../..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' ? [] : yamlFiles(p);
    return /\.ya?ml$/.test(name) ? [p] : [];
  });
}

/** Every path to a value in `data`, the root included. */
function paths(data: unknown, at: DataPath = []): DataPath[] {
  if (Array.isArray(data)) return [at, ...data.flatMap((v, i) => paths(v, [...at, i]))];
  if (data !== null && typeof data === 'object') return [at, ...Object.entries(data).flatMap(([k, v]) => paths(v, [...at, k]))];
  return [at];
}

/** undefined when the quick reading leaves the file to `yaml`; else whether both agree (with why not). */
function compare(text: string): { quick: false } | { quick: true; problems: string[] } {
  if (!quickRead(text)) return { quick: false };
  const quick = parseYaml(text, 'x.yaml');
  const full = parseYamlWithPositions(text, 'x.yaml');
  const problems: string[] = [];
  if (full.diagnostics.length > 0) problems.push(`yaml finds ${full.diagnostics.map((d) => d.code).join(', ')}`);
  else {
    if (JSON.stringify(quick.value) !== JSON.stringify(full.value)) problems.push(`data ${JSON.stringify(quick.value)} ≠ ${JSON.stringify(full.value)}`);
    try {
      expect(quick.value).toStrictEqual(full.value);
    } catch {
      problems.push('data differs (NaN, ±Infinity, -0 or key types)');
    }
    for (const p of paths(full.value)) {
      const a = quick.plainSource(p);
      const b = full.plainSource(p);
      if (a !== b) problems.push(`source of ${JSON.stringify(p)}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
    }
  }
  return { quick: true, problems };
}

const EDGE_CASES: string[] = [
  // scalars YAML 1.1 or js-yaml read otherwise than the 1.2 core schema
  ...['0o17', '0x1F', '0X1F', '017', '0b101', '1_000', '1e3', '1E-3', '-1.5e+3', '.5', '5.', '+5', '-0', '+0.0', '.inf', '-.Inf', '+.INF', '.NaN', '.nan', 'NaN', 'inf',
    '1:30', '190:20:30', 'yes', 'no', 'on', 'Off', 'y', 'N', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRue', 'false',
    '2025-11-18', '18/11/2025', '2025-11-18T10:00:00Z', '2025-11-18 10:00', '350.000', '350.000.000', '35 500 000', '1,5', '1.250', '1.000',
    '99999999999999999999', '0.1e1000', '-', '=', '<<', '<<số>>', '"<<số>>"', "'1.5'", '"1.5"', '""', "''", '"a\\tb\\u00e9\\x41"', "'it''s'",
    'value # comment', 'value#not-comment', 'a:b', 'http://x.vn/a?b=c', '[1, 2, "x"]', '{a: 1, b: [2]}', '[ ]', '{ }', '1 2', 'Sở Y tế: phối hợp'].map((v) => `a: ${v}\n`),
  'a:\n', 'a:   \n', 'a: # only a comment\n', '- \n- 1\n-\n', '- - a\n  - 1.0\n- b\n',
  // keys
  '1: x\n', '1.5: x\n', '1.50: x\n', 'true: x\n', 'null: x\n', '~: x\n', '0x10: x\n', '"1": x\n', '<<: x\n', '1: a\n"1": b\n', 'True: a\ntrue: b\n',
  'Năm: 2025\nĐơn vị: so-yte\n', 'a b c: 1\n', "'quoted key': 1\n", '"k:1": 2\n',
  // documents
  '', '# only comments\n', '---\na: 1\n', '---\na: 1\n...\n', 'a: 1\n---\nb: 2\n', '42\n', '- 1\n- 2\n', 'plain text only\n', '"quoted"\n',
  // block scalars
  'a: |\n  one\n  two\n', 'a: |-\n  one\n\n', 'a: |+\n  one\n\n\n', 'a: >\n  one\n  two\n\n  three\n', 'a: >-\n  x\n', 'a: |2\n   indented\n', 'a: |\n\n  after blank\n',
  'a: |\n  * item\n  - item\n  # not a comment\n', 'a: >\n  folded\n    more indented\n  back\n',
  // plain and quoted multi-line
  'a: one\n  two\n  three\n', 'a: "one\n  two"\n', "a: 'one\n\n  two'\n", 'a: "line\\\n  joined"\n',
  // structure slips
  'members: [a, b,\n    c, d]\n', '- {a: 1,\n    b: 2}\n', '- {a: 1,\n  b: 2}\n', 'tasks:\n- id: x\n  status: ongoing\n', 'tasks:\n  - id: x\n    status: ongoing\n', 'a: b: c\n', 'a:\n  b: 1\n c: 2\n', 'a: 1\na: 2\n', 'a: [1, 2\n', "a: 'unclosed\n",
  'a: "unclosed\n', 'a:\tb\n', 'a: b\t# tab before comment\n', '\ta: 1\n', 'a:\n\t- 1\n', 'a:1\n', 'a :1\n', 'a : 1\n', '- a\nb: 1\n', 'a\nb: 1\n', 'a: - b\n',
  'a:\n  - b\n  c: 1\n', 'x: {a: 1, a: 2}\n', 'x: [a, , b]\n', 'x: {a, b}\n', 'a: x, : y\n', 'a: x,: y\n', ', : y\n', 'a: "x"#\n', 'x: {a: }\n', 'a: "x" y\n', 'a: b # c: d\n', 'a: \u00a0x\n', '\u00a0a: 1\n', 'a\u00a0: 1\n', 'a: x\u2028y\n', 'a: x\u0085y\n', 'a: "x\u2029y"\n', 'a: x\u0007y\n', 'a: \ufeffx\n',
  // found by a review that generated documents against both parsers
  '- -\n- x\n', '-\n  -\n- 2\n', '---a: 1\n', '---[a]\n', '---|\n x\n', '---- a\n', '---#\n', '{{a: 1}}\n', '{a: 1, [b]}\n', '|1\n x\n', 'a: |1\n   \n',
  'a:\n   b: |-2\n        deep\n      \n', 'a: |+\n  x\n  ', '- a\r- b\r', '#c\ra: 1\n', 'a: [x]#c\n', '{x: 1}#c\n', 'a: [x,#c\n  y]\n', '- a: [x,\n  y]\n', '- - [x,\n  y]\n',
  'a:\n  - b: [x,\n    y]\n', '--- a: 1\n', '--- - a\n', '--- "a": 1\n', `${'a'.repeat(1100)}: 1\n`, `- "${'k'.repeat(1100)}": 1\n`, 'a: "\\U00110000"\n', 'a: |\n  \n # c\n', '- >\n     \n # c\n- 1\n',
  '1: 2\n', 'true: 1\n', '{1: 2}\n', '- &x 1\n- *x : 2\n', '~: 1\n', '"": 1\n', '"a\\0b": hello\na:\n  b: 1\n', '---\n', '--- # c\n', '...\n', '- a: [x,\n    y]\n',
  `a: |\n  ${'long line: '.repeat(120)}\n`,
  // found by a second review
  '# c\n\ufeffa: 1\n', '\ufeff- a\n', '\ufeffa: [x,\ny]\n', '[:]\n', '{? }\n', '{&a}\n', '{a: b,\n  : d}\n', 'a: &x 1\nb: {*x}\n',
  `a: &x 1\nb: {${Array.from({ length: 51 }, (_, i) => `"k${i}":*x`).join(',')}}\n`, `"${'k'.repeat(1000)}"${' '.repeat(30)}: 1\n`, `- ["${'k'.repeat(1000)}"${' '.repeat(30)}: 1]\n`,
  'a: &x [x,\ny]\n', 'a: &x[1]\n', '-\t&z x\n', '- -\t\n- x\n', 'a: &x 1\nb: &a\n  *x\n', 'a: &a\n  *a\n', '[a, &z\n , b]\n', 'a: &x\u00a0y b: 1\n', '--- \u00a0a: 1\n',
  'a: &x\u00a0y 1\n*x\u00a0y : 2\n', 'a: *x#c\n', 'a: &x 1\nb: *x#c\n', 'a: &x 1\nb: *x # c\n', 'a: &x "q: r"\nb: *x\n', 'a: {b: &x 1, c: *x}\n', '"null": 1\n', 'null: 1\n',
  // found by a third review
  '{\n []}\n', '{ #c\n []}\n', '{a,\n [b]}\n', 'a: {\n  [x]}\n', '{\n {a: 1}}\n', '{"a":#c\n }\n', "- {'a':#c\n   }\n", 'a: ["b":#c\n  , x]\n',
  // anchors and aliases of scalars
  'a: &x 1.500\nb: *x\n', 'a: &x "q"\nb: *x\nc: &x 2\nd: *x\n', 'a: &x\nb: *x\n', '- &x 0x10\n- [*x, *x]\n',
  // what the quick reading leaves to yaml (must still be left: the test below)
  'a: &x [1]\nb: *x\n', '[k]:\n  1: x\n', '{a,\n [b]}\n', '{"a":#c\n }\n', '[:]\n', 'a: &x 1\nb: {*x}\n', 'a: &x [x,\ny]\n', 'a: &x\u00a0y b: 1\n', '--- \u00a0a: 1\n', '-\t&z x\n', '# c\n\ufeffa: 1\n',
  `a: &x 1\nb: {${Array.from({ length: 51 }, (_, i) => `"k${i}":*x`).join(',')}}\n`, `a: &x 1\nb: [${Array.from({ length: 51 }, () => '*x').join(', ')}]\n`, 'a:\n  {k: 1}:\n    b: 2\n', '- &x 1\n- *x:\n    2\n', '- -\n- x\n', '---a: 1\n', '{{a: 1}}\n', '|1\n x\n', 'a: |+\n  x\n  ', '- a\r- b\r', 'a: [x]#c\n', '- a: [x,\n  y]\n', '--- a: 1\n',
  `${'a'.repeat(1100)}: 1\n`, 'a: "\\U00110000"\n', 'a: |\n  \n # c\n', 'a: &x {k: 1}\nb: [*x]\n', `a: &x 1\n${'b: [' + Array(51).fill('*x').join(', ') + ']'}\n`, 'a: !!str 1\n', 'a: !custom x\n', 'a: &x b: 1\n', 'a: "x"# c\n', 'a: ! x\n', 'a: [x, : y]\n', 'a: [x,\ny]\n', 'k:\n  - [a,\n  b]\n', 'a: "x\ny"\n', 'a: x\n  y\n', '%YAML 1.1\n---\na: yes\n', '? a\n: 1\n', '[a]: 1\n', '{a: 1}: 2\n', '__proto__: 1\n', 'a:\n\tb: 1\n',
];

function mutations(text: string, count: number, seed: number): string[] {
  let state = seed >>> 0;
  const rand = (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const pieces = ['&a ', '*a', ': &a ', '!', '? ', ':', ': ', '-', '- ', ' ', '  ', '\n', '"', "'", '#', '\t', '|', '>', '[', '{', '0', '1.', '.000', '~', 'null', ' x'];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = rand(text.length + 1);
    const kind = rand(3);
    if (kind === 0) out.push(text.slice(0, at) + text.slice(at + 1 + rand(3)));
    else if (kind === 1) out.push(text.slice(0, at) + pieces[rand(pieces.length)] + text.slice(at));
    else out.push(text.slice(0, at) + pieces[rand(pieces.length)] + text.slice(at + 1));
  }
  return out;
}

/**
 * Seeded YAML-like documents: nested maps and lists, in blocks and brackets, with the scalars,
 * keys and block scalar headers where the two parsers were found to differ, and slips of indent.
 */
function generatedDocuments(count: number, seed: number): string[] {
  let state = seed >>> 0;
  const rand = (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const pick = <T>(a: readonly T[]): T => a[rand(a.length)]!;
  const scalars = ['x', 'Sở Y tế', '1', '-1', '1.5', '350.000', '0x1F', '0o17', '1e3', '.inf', '.nan', '~', 'null', 'true', 'False', '', '"q"', "'s'", '"a\\tb"',
    "'it''s'", '"<<x>>"', '<<x>>', 'a:b', 'a #c', '-x', '?x', '2025-11-18', '"1"', '%x', '[]', '{}', '[1, 2]', '{a: 1}', '[a, [b]]', '{a: [1, {b: 2}]}',
    '"multi\n  line"', 'plain\n  cont', '[x,\n  y]', '{a: 1,\n  b: 2}', '*a', '&a x', '&a 1.5', '&a "q"', '*a # c', '!x y', '"x"#c', '[:]', '{*a}', '\u00a0x'];
  const keys = ['a', 'id', '1', 'true', '~', '"k"', "'k'", 'k k', 'năm', '"a:b"', 'null', '0x10', '1.0', '[k]', '? k'];
  type Part = { inline?: string; block?: string };
  const node = (depth: number, indent: number): Part => {
    const pad = ' '.repeat(indent);
    const r = rand(depth > 3 ? 3 : 7);
    if (r < 3) return { inline: pick(scalars) };
    if (r === 3) {
      const lines = Array.from({ length: 1 + rand(3) }, () => pad + '  ' + pick(['text', '', '  deeper', '# not a comment', '- item', 'a: b']));
      return { inline: pick(['|', '|-', '|+', '>', '>-', '>+', '|2', '>1']), block: lines.join('\n') };
    }
    const lines: string[] = [];
    for (let i = 0, n = 1 + rand(3); i < n; i++) {
      const map = r < 6;
      const v = node(depth + 1, indent + 2 + (map && rand(8) === 0 ? -1 : 0));
      const head = map ? `${pad}${pick(keys)}:` : `${pad}-`;
      if (v.inline === undefined) lines.push(`${head}\n${v.block}`);
      else lines.push(`${head} ${v.inline}${rand(6) === 0 ? ' # c' : ''}${v.block !== undefined ? '\n' + v.block : ''}`);
    }
    return { block: lines.join('\n') };
  };
  return Array.from({ length: count }, () => {
    const p = node(0, 0);
    const text = (p.block ?? p.inline ?? '') + (rand(5) ? '\n' : '');
    return rand(10) === 0 ? pick(['---\n', '# c\n', '--- # c\n']) + text : text;
  });
}

const decoded = (file: string) => {
  const r = decodeText(readFileSync(file));
  return r.ok ? r.value.text : undefined;
};

describe('the quick YAML reading agrees with yaml', () => {
  const files = ['plan', 'reports', 'templates', 'test/fixtures'].flatMap((d) => yamlFiles(path.join(REPO, d)));

  it('on every YAML file of the project', () => {
    expect(files.length).toBeGreaterThan(50);
    const disagreements: string[] = [];
    let quick = 0;
    for (const file of files) {
      const text = decoded(file);
      if (text === undefined) continue;
      const r = compare(text);
      if (!r.quick) continue;
      quick++;
      if (r.problems.length > 0) disagreements.push(`${path.relative(REPO, file)}: ${r.problems.join('; ')}`);
    }
    expect(disagreements).toEqual([]);
    // The plan and the sample reports are read the quick way (else this test proves nothing).
    expect(quick).toBeGreaterThan(files.length / 2);
    for (const f of ['plan/units.yaml', 'plan/tasks.yaml', 'reports/2024/so-yte.yaml']) expect(quickRead(decoded(path.join(REPO, f))!), f).toBeDefined();
  });

  it('on edge cases of scalars, keys, documents and structure', () => {
    const disagreements: string[] = [];
    for (const text of EDGE_CASES) {
      const r = compare(text);
      if (r.quick && r.problems.length > 0) disagreements.push(`${JSON.stringify(text)}: ${r.problems.join('; ')}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('leaves tags, aliases of lists and maps, too many aliases, directives, complex keys and Tab indentation to yaml', () => {
    for (const text of EDGE_CASES.slice(EDGE_CASES.indexOf('a: &x [1]\nb: *x\n'))) expect(quickRead(text), JSON.stringify(text)).toBeUndefined();
  });

  it('reads a long list in brackets the quick way: a long line is not a long key', () => {
    const text = `members: [${Array.from({ length: 600 }, (_, i) => `unit-${i}`).join(', ')}]\n`;
    expect(text.length).toBeGreaterThan(5000);
    expect(compare(text)).toEqual({ quick: true, problems: [] });
    expect(compare(`${'k'.repeat(1030)}: 1\n`)).toEqual({ quick: false });
  });

  it('keeps the source text of amounts written unquoted', () => {
    const r = parseYaml('tasks:\n  - funding:\n      state: 350.000\n      other: 1.250\n      none:\n', 'x.yaml');
    expect(r.value).toEqual({ tasks: [{ funding: { state: 350, other: 1.25, none: null } }] });
    expect(r.plainSource(['tasks', 0, 'funding', 'state'])).toBe('350.000');
    expect(r.plainSource(['tasks', 0, 'funding', 'other'])).toBe('1.250');
    expect(r.plainSource(['tasks', 0, 'funding', 'none'])).toBe('');
    expect(r.plainSource(['tasks', 0])).toBeUndefined();
  });

  it('on seeded generated documents', () => {
    const disagreements: string[] = [];
    let quick = 0;
    const documents = generatedDocuments(4000, 1693);
    for (const text of documents) {
      const r = compare(text);
      if (!r.quick) continue;
      quick++;
      if (r.problems.length > 0) disagreements.push(`${JSON.stringify(text)}: ${r.problems.join('; ')}`);
    }
    expect(disagreements.slice(0, 3)).toEqual([]);
    expect(quick).toBeGreaterThan(documents.length / 5);
  });

  it('on seeded slips of typing in real reports', () => {
    const reports = files.filter((f) => f.includes(`${path.sep}reports${path.sep}`)).slice(0, 12);
    expect(reports.length).toBeGreaterThan(5);
    const disagreements: string[] = [];
    let quick = 0;
    let total = 0;
    reports.forEach((file, i) => {
      const text = decoded(file);
      if (text === undefined) return;
      for (const variant of mutations(text, 150, 1693 + i)) {
        total++;
        const r = compare(variant);
        if (!r.quick) continue;
        quick++;
        if (r.problems.length > 0) disagreements.push(`${path.relative(REPO, file)} variant: ${r.problems.join('; ')}\n${variant}`);
      }
    });
    expect(disagreements.slice(0, 3)).toEqual([]);
    expect(quick).toBeGreaterThan(total / 4);
  });
});
