// What every start of kt-bio reads and compiles: the entry, the chunk it imports and what that
// chunk imports statically. The .docx writer, Markdown, zip and Handlebars are for compile and
// remind only and must stay in the chunks those commands import on demand: one static import of
// a module that sits beside the writer puts the writer's 430 kB into every `validate` (it did once).
// Reads the build that `npm test` makes before the tests (dist/).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const ENTRY = path.join(DIST, 'kt-bio.mjs');

/** Relative specifiers of a chunk's static imports and re-exports (esbuild's output form). */
function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) out.push(m[1]!);
  return out;
}

/** The files read at start-up: the entry, the CLI chunk it loads at once, and their static imports. */
function startupFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const entry = readFileSync(ENTRY, 'utf8');
  files.set(ENTRY, entry);
  const main = /import\(\s*["'](\.\/chunks\/main-[^"']+)["']\s*\)/.exec(entry);
  if (!main) throw new Error('dist/kt-bio.mjs does not import its CLI chunk (build changed shape?)');
  const queue = [path.resolve(DIST, main[1]!)];
  for (const f of staticImports(entry)) queue.push(path.resolve(DIST, f));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    const code = readFileSync(file, 'utf8');
    files.set(file, code);
    for (const f of staticImports(code)) queue.push(path.resolve(path.dirname(file), f));
  }
  return files;
}

// A line of each library's own code, as esbuild leaves it (names kept, whitespace removed).
const LAZY = [
  { library: 'docx', marker: 'class Packer' },
  { library: 'fflate', marker: 'function zipSync' },
  { library: 'marked', marker: 'this.lexer.inline(' },
  { library: 'handlebars', marker: 'function HandlebarsEnvironment' },
];

describe('the code every start of kt-bio loads', () => {
  const files = startupFiles();

  it('follows the entry into the CLI chunk and its shared chunks', () => {
    expect(files.size).toBeGreaterThanOrEqual(2);
    expect([...files.values()].some((code) => code.includes('node_modules/commander/lib/command.js'))).toBe(true);
  });

  for (const { library, marker } of LAZY) {
    it(`holds none of ${library}, which only compile and remind load`, () => {
      const holding = [...files].filter(([, code]) => code.includes(marker)).map(([file]) => path.relative(DIST, file));
      expect(holding).toEqual([]);
    });
  }

  it('does hold them in the chunks loaded on demand', () => {
    const startup = new Set(files.values());
    const lazyCode = readdirCode().filter((code) => !startup.has(code));
    for (const { marker } of LAZY) expect(lazyCode.some((code) => code.includes(marker))).toBe(true);
  });
});

/** Every chunk of the build, each as its code. */
function readdirCode(): string[] {
  const dir = path.join(DIST, 'chunks');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.mjs'))
    .map((n) => readFileSync(path.join(dir, n), 'utf8'));
}
