// Fuzzing the reading of reports: seeded mutations of the 2024 sample reports, the slips a clerk
// makes in Notepad and the tricks of a hostile file. For every case: no exception escapes, no
// stack trace or JS error name and no English parser text in the Vietnamese words, every finding
// inside the file; and, for a sample of cases run through the CLI as that unit's report beside two
// good reports: validate and compile exit 0 or 1 with nothing on stderr, the good reports' verdicts
// unchanged, every XML part of the compiled .docx parsed by a strict reader, and the first few
// documents that took in the fuzzed text opened by LibreOffice within a time limit.
//
//   FUZZ_CASES=100000 FUZZ_SEED=7 npx vitest run test/report/fuzz.test.ts   (npm run fuzz)
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localize } from '../../src/messages/catalogue.js';
import { validateReport } from '../../src/report/validate.js';
import { parseYaml } from '../../src/yaml/read.js';
import { kt, REPO } from '../helpers/cli.js';
import { openDocx, xmlPart } from '../helpers/docx.js';
import { pdfOfDocx } from '../helpers/pdf.js';
import { realPlan } from '../helpers/plan.js';
import { mulberry32 as random } from '../helpers/random.mjs';

const CASES = Number(process.env.FUZZ_CASES ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20241205);
/** One case in this many also goes through the CLI, in a folder with two good reports. */
const CLI_EVERY = Number(process.env.FUZZ_CLI_EVERY ?? 100);
/** Per case, reading and checking one file, with room for a loaded machine (the run as a whole has the test's timeout). */
const MAX_CASE_MS = 10_000;
/** How many compiled documents holding a fuzzed report are rendered by LibreOffice, and within what time each. */
const RENDERED = Number(process.env.FUZZ_RENDERED ?? 2);
const MAX_RENDER_MS = 120_000;

/** The sample reports by file name (the unit's own report, not its correction). */
const SAMPLE_FILES = readdirSync(path.join(REPO, 'reports/2024'))
  .filter((f) => f.endsWith('.yaml') && !f.includes('bo-sung'))
  .sort();
const SAMPLES = SAMPLE_FILES.map((f) => readFileSync(path.join(REPO, 'reports/2024', f), 'utf8'));
/** The two good reports beside a fuzzed one (another pair when the fuzzed one is one of them). */
const GOOD = ['so-khcn.yaml', 'so-yte.yaml'];
const OTHER_GOOD = ['so-tttt.yaml', 'so-tuphap.yaml'];

/** What clerks and hostile files put into a report. */
const INSERTS = [
  '- ', '*', '[', ']', '{', '}', '@', '"', "'", ' #', '#', ':', ': ', '|', '>', '&a ', '*a', '!!str ', '!!merge ', '!x ', '<<: *a', '<<', '>>',
  '\t', '\u00a0', '\u200d', '\ufeff', '\r', '\n', '  ', '   ', '%', '`', '?', ',', '---\n', '...', '0x10', '1e-400', '9999999999999999999999999999',
  '0000-01-01', '31/11/2024', '350.000.000', '1.250', '"2024"', '&S {self: *S}', '&P [*P]', '[[[[[[[[', '{{{{', '😀👨‍👩‍👧', '\\U0001F600', '~', 'null',
];

function mutate(text: string, rnd: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  let lines = text.split('\n');
  const n = 1 + Math.floor(rnd() * 4);
  for (let k = 0; k < n; k++) {
    const i = Math.floor(rnd() * lines.length);
    const line = lines[i] ?? '';
    switch (Math.floor(rnd() * 9)) {
      case 0: {
        const at = Math.floor(rnd() * (line.length + 1));
        lines[i] = line.slice(0, at) + pick(INSERTS) + line.slice(at);
        break;
      }
      case 1: {
        const at = Math.floor(rnd() * line.length);
        lines[i] = line.slice(0, at) + line.slice(at + 1 + Math.floor(rnd() * 3));
        break;
      }
      case 2:
        lines.splice(i, 1);
        break;
      case 3:
        lines.splice(i, 0, line);
        break;
      case 4:
        lines[i] = rnd() < 0.5 ? ' '.repeat(1 + Math.floor(rnd() * 3)) + line : line.replace(/^ {1,3}/, '');
        break;
      case 5:
        lines[i] = line.replace(/^(\s*)- /, '$1  ');
        break;
      case 6: {
        const j = Math.floor(rnd() * lines.length);
        [lines[i], lines[j]] = [lines[j] ?? '', line];
        break;
      }
      case 7:
        lines[i] = line.replace(/: (.*)$/, (_m, v: string) => `: ${pick(INSERTS)}${v}`);
        break;
      default:
        lines = lines.slice(0, Math.max(1, Math.floor(rnd() * lines.length)));
    }
  }
  return lines.join('\n');
}

const JS_ERRORS = /\b(?:RangeError|TypeError|ReferenceError|SyntaxError|Error:|Maximum call stack|undefined|NaN|\[object Object\]|at [\w.]+ \(|node:internal)/;
const PARSER_ENGLISH = /Implicit (?:map )?keys|Unexpected (?:scalar|token|end|block|flow|,|:)|Nested mappings|on a single line|reserved character|at line \d+, column|end of the stream|bad indentation|duplicated mapping key|can not read/;

describe('fuzzed reports', () => {
  it(`${CASES} mutated sample reports (seed ${SEED}): never an exception, Vietnamese words only, findings inside the file`, async () => {
    const plan = await realPlan();
    const rnd = random(SEED);
    const dir = mkdtempSync(path.join(tmpdir(), 'kt-bio-fuzz-'));
    const counts = { cases: 0, clean: 0, withFindings: 0, cli: 0, compiled: 0, rendered: 0, slowest: 0, slowestRender: 0 };
    try {
      for (let c = 0; c < CASES; c++) {
        const sample = Math.floor(rnd() * SAMPLES.length);
        const text = mutate(SAMPLES[sample]!, rnd);
        const started = performance.now();
        let result: ReturnType<typeof validateReport>;
        try {
          result = validateReport(parseYaml(text, 'x.yaml'), { plan, today: '2024-12-05', folderYear: 2024 });
        } catch (e) {
          throw new Error(`case ${c} (seed ${SEED}) threw ${String(e)}:\n${text}`);
        }
        const ms = performance.now() - started;
        counts.slowest = Math.max(counts.slowest, ms);
        expect(ms, `case ${c} took ${ms} ms`).toBeLessThan(MAX_CASE_MS);
        counts.cases++;
        if (result.diagnostics.length === 0) counts.clean++;
        else counts.withFindings++;
        const lines = text.split('\n');
        for (const d of result.diagnostics) {
          const vi = localize(d, 'vi');
          const words = `${vi.message} ${vi.hint ?? ''}`;
          expect(words, `case ${c}: ${d.code}`).not.toMatch(JS_ERRORS);
          if (!['report-hash-in-text', 'yaml-value-start', 'yaml-inner-quotes', 'yaml-no-space-after-colon', 'report-task-not-reported'].includes(d.code)) {
            // Those quote the clerk's own text; the others are the catalogue's words only.
            expect(words, `case ${c}: ${d.code}`).not.toMatch(PARSER_ENGLISH);
          }
          if (d.range) {
            const { line, column } = d.range.start;
            expect(line, `case ${c}: ${d.code} line`).toBeGreaterThanOrEqual(1);
            expect(line, `case ${c}: ${d.code} line`).toBeLessThanOrEqual(lines.length);
            expect(column, `case ${c}: ${d.code} column`).toBeGreaterThanOrEqual(1);
            expect(column, `case ${c}: ${d.code} column`).toBeLessThanOrEqual((lines[line - 1] ?? '').length + 1);
          } else {
            expect(d.code, `case ${c}: ${d.code} without a position`).toBe('file-empty');
          }
        }
        if (c % CLI_EVERY === 0) {
          // As that unit's report beside two good ones: the run goes on, their verdicts do not change.
          const reports = path.join(dir, String(c));
          const year = path.join(reports, '2024');
          mkdirSync(year, { recursive: true });
          const name = SAMPLE_FILES[sample]!;
          const good = GOOD.includes(name) ? OTHER_GOOD : GOOD;
          for (const g of good) copyFileSync(path.join(REPO, 'reports/2024', g), path.join(year, g));
          writeFileSync(path.join(year, name), text);
          const r = await kt(['--plan', path.join(REPO, 'plan'), 'validate', year, '--today', '2024-12-05', '--json'], { cwd: dir });
          expect(r.stderr, `case ${c}`).toBe('');
          expect([0, 1], `case ${c}: ${r.stdout.slice(0, 2000)}`).toContain(r.code);
          const files = (JSON.parse(r.stdout) as { result: { files: { file: string; status: string }[] } }).result.files;
          expect(files.filter((f) => !f.file.endsWith(name)).map((f) => f.status), `case ${c}`).toEqual(['ok', 'ok']);
          expect(r.stdout).not.toMatch(/RangeError|TypeError|Maximum call stack|node:internal/);
          counts.cli++;
          // Compiled (a draft: this folder has no settings): every XML part parses strictly.
          const out = path.join(dir, `${c}.docx`);
          const k = await kt(['--plan', path.join(REPO, 'plan'), '--reports', reports, 'compile', '--year', '2024', '--today', '2024-12-05', '-o', out, '--json'], { cwd: dir });
          expect(k.stderr, `case ${c} compile`).toBe('');
          expect([0, 1], `case ${c} compile: ${k.stdout}`).toContain(k.code);
          const docx = openDocx(out);
          for (const part of Object.keys(docx.parts).filter((p) => p.endsWith('.xml') || p.endsWith('.rels'))) {
            expect(() => xmlPart(docx.parts, part), `case ${c}: ${part}`).not.toThrow();
          }
          counts.compiled++;
          const leftOut = (JSON.parse(k.stdout) as { result: { leftOut: unknown[] } }).result.leftOut;
          if (counts.rendered < RENDERED && leftOut.length === 0) {
            // The fuzzed report is in the document: LibreOffice opens it, in bounded time.
            const started = performance.now();
            const pdf = pdfOfDocx(out);
            const renderMs = performance.now() - started;
            expect(pdf.pages.length, `case ${c} rendered`).toBeGreaterThan(0);
            expect(renderMs, `case ${c} render time`).toBeLessThan(MAX_RENDER_MS);
            counts.rendered++;
            counts.slowestRender = Math.max(counts.slowestRender, renderMs);
          }
          rmSync(reports, { recursive: true, force: true });
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // The figures of the run, for the README's reliability section.
    process.stdout.write(`fuzz: ${JSON.stringify({ seed: SEED, ...counts, slowest: Math.round(counts.slowest), slowestRender: Math.round(counts.slowestRender) })}\n`);
    expect(counts.cases).toBe(CASES);
    expect(counts.rendered, "documents rendered (too few fuzzed reports were compiled in)").toBe(RENDERED);
    expect(counts.withFindings).toBeGreaterThan(CASES / 4);
  }, Math.max(600_000, CASES * 40));
});
