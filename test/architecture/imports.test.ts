// The layout of src/ is the pipeline: each folder is a stage, and data flows one way through them
// (io → text → yaml → schema → plan/report → cycle → present/publish, with the CLI as the shell).
// A file may import from its own stage or an earlier one, never from a later one, and no two
// files may import each other, directly or around a loop.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** Each top-level folder of src/ and its place in the pipeline. Siblings share a rank. */
const STAGES: Record<string, number> = {
  diagnostics: 0, // the Diagnostic value every stage returns
  io: 1, // files in, files out
  text: 2, // bytes → text, dates and amounts as written
  messages: 3, // every word a user reads, by code
  yaml: 4, // text → data + positions
  schema: 5,
  generated: 5, // validators and types generated from the schemas
  plan: 6,
  report: 7,
  settings: 7,
  cycle: 8, // who reported, on time or not, the year's summary facts
  present: 9, // terminal and JSON output
  publish: 9, // documents: the report form, the .docx summary
  form: 10, // the browser form: a second shell over the same rules
  cli: 10, // the command-line shell
  '.': 11, // bin.ts
};
/** Siblings that must not lean on each other. */
const APART: [string, string][] = [
  ['present', 'publish'],
  ['report', 'settings'],
  ['cli', 'form'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts') ? [p] : [];
  });
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)'(\.{1,2}\/[^']+)'/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const target = path.resolve(path.dirname(file), m[1]!);
    if (target.startsWith(SRC)) out.push(target.replace(/\.js$/, '.ts'));
  }
  return out;
}

const stageOf = (file: string): string => {
  const rel = path.relative(SRC, file);
  return rel.includes(path.sep) ? rel.split(path.sep)[0]! : '.';
};
const short = (f: string) => path.relative(SRC, f).split(path.sep).join('/');

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f).map((t) => (files.includes(t) ? t : t.replace(/\.ts$/, '.js')))]));

describe('the import graph of src/', () => {
  it('knows every folder of src/ as a stage', () => {
    const unknown = [...new Set(files.map(stageOf))].filter((s) => !(s in STAGES));
    expect(unknown).toEqual([]);
  });

  it('imports only from the same stage or an earlier one', () => {
    const backwards: string[] = [];
    for (const [file, targets] of graph) {
      for (const t of targets) {
        const [from, to] = [stageOf(file), stageOf(t)];
        if ((STAGES[to] ?? 99) > (STAGES[from] ?? -1)) backwards.push(`${short(file)} → ${short(t)}`);
        if (APART.some(([a, b]) => (from === a && to === b) || (from === b && to === a))) backwards.push(`${short(file)} → ${short(t)} (siblings)`);
      }
    }
    expect(backwards).toEqual([]);
  });

  it('has no import cycle between files', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const t of graph.get(f) ?? []) {
        if (state.get(t) === 'open') cycles.push([...stack.slice(stack.indexOf(t)), t].map(short).join(' → '));
        else if (!state.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it('finds the imports it judges (the check itself can fail)', () => {
    // A wrong pattern would find no imports and pass everything above.
    const edges = [...graph.values()].reduce((n, t) => n + t.length, 0);
    expect(edges).toBeGreaterThan(files.length);
    expect(graph.get(path.join(SRC, 'bin.ts'))).toContain(path.join(SRC, 'cli/main.ts'));
  });
});
