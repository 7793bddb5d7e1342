// Build: types and validation code from the JSON Schemas (src/generated/), then one bundled,
// compiled CLI file (dist/kt-bio.mjs). Runs on `npm ci` (prepare), `npm test` and `npm run bench`.
import { build } from 'esbuild';
import { compileFromFile } from 'json-schema-to-typescript';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const SCHEMAS = ['plan', 'reporting', 'funding', 'units', 'tasks', 'issuers', 'report', 'settings', 'request'];

async function generateTypes() {
  const parts = ['// Generated from plan/schema/*.schema.json by build.mjs. Do not edit: edit the schemas.\n'];
  const seen = new Set();
  for (const name of SCHEMAS) {
    const ts = await compileFromFile(`plan/schema/${name}.schema.json`, {
      cwd: 'plan/schema',
      bannerComment: '',
      additionalProperties: false,
      style: { singleQuote: true, printWidth: 120 },
      declareExternallyReferenced: true,
      ignoreMinAndMaxItems: true,
    });
    // Shared definitions appear in every schema that refers to them: keep the first.
    for (const block of ts.split(/\n(?=export )/)) {
      const m = /^export (?:type|interface) (\w+)/.exec(block.trim());
      if (m && seen.has(m[1])) continue;
      if (m) seen.add(m[1]);
      parts.push(block.trim() + '\n');
    }
  }
  const out = parts.join('\n');
  await mkdir('src/generated', { recursive: true });
  const file = 'src/generated/schema-types.ts';
  const old = await readFile(file, 'utf8').catch(() => '');
  if (old !== out) await writeFile(file, out);
}

/**
 * The schemas compiled to validation code by src/schema/compiler.ts (bundled here,
 * as it is TypeScript), so that no run of kt-bio compiles a schema.
 */
async function generateValidators() {
  const cache = 'node_modules/.cache/kt-bio';
  await mkdir(cache, { recursive: true });
  // One file per build: two builds at once must not import each other's half-written file.
  const compiler = `${cache}/schema-compiler.${process.pid}.mjs`;
  await build({ entryPoints: ['src/schema/compiler.ts'], outfile: compiler, bundle: true, packages: 'external', platform: 'node', target: 'node20', format: 'esm', logLevel: 'warning' });
  let validatorsModule;
  try {
    ({ validatorsModule } = await import(pathToFileURL(compiler).href));
  } finally {
    await rm(compiler, { force: true });
  }
  const { js, dts } = validatorsModule();
  await writeIfChanged('src/generated/validators.js', js);
  await writeIfChanged('src/generated/validators.d.ts', dts);
}

async function writeIfChanged(file, text) {
  const old = await readFile(file, 'utf8').catch(() => '');
  if (old === text) return;
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, file);
}

/** Chunks of earlier builds (their names carry a hash of what they held) are removed after this. */
const STALE_CHUNK_MS = 60 * 60 * 1000;

await generateTypes();
await generateValidators();
await bundle();
await bundleForm();

/**
 * dist/kt-bio.mjs and the chunks it loads on demand: what only one command needs (the .docx
 * writer, Handlebars, Markdown) is imported by that command, so it is not read at every start.
 */
async function bundle() {
  const result = await build({
    entryPoints: { 'kt-bio': 'src/bin.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __ktCreateRequire } from 'node:module'; const require = __ktCreateRequire(import.meta.url);",
    },
    legalComments: 'none',
    // Less to read and compile at every start; names are kept, so a stack trace still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    write: false,
    logLevel: 'warning',
  });
  // A kt-bio already running may still import chunks of the build before: each file is
  // replaced whole (chunks first, then the entry that names them), and old chunks stay a while.
  await mkdir('dist/chunks', { recursive: true });
  const entry = result.outputFiles.find((f) => path.basename(f.path) === 'kt-bio.mjs');
  for (const f of [...result.outputFiles.filter((o) => o !== entry), entry]) {
    const tmp = `${f.path}.${process.pid}.tmp`;
    // The entry is the `kt-bio` executable: npm links it as the command, which runs it directly.
    await writeFile(tmp, f.contents, { mode: f === entry ? 0o755 : 0o644 });
    await rename(tmp, f.path);
  }
  const current = new Set(result.outputFiles.map((f) => f.path));
  const cutoff = Date.now() - STALE_CHUNK_MS;
  for (const name of await readdir('dist/chunks')) {
    const file = path.resolve('dist/chunks', name);
    if (current.has(file)) continue;
    const info = await stat(file).catch(() => undefined);
    if (info && info.mtimeMs < cutoff) await rm(file, { force: true });
  }
}

/**
 * The browser form's page (src/form/): one script (dist/form.js) and one style sheet
 * (dist/form.css) that `kt-bio template --html` inlines into each unit's page. The page runs the
 * same report code as the CLI; the one Node module that code names, node:buffer, is mapped to
 * src/form/node-shim.ts (UTF-8 through the browser's TextDecoder).
 */
async function bundleForm() {
  const shim = path.resolve('src/form/node-shim.ts');
  const common = { bundle: true, minify: true, charset: 'utf8', legalComments: 'none', write: false, logLevel: 'warning' };
  const script = await build({
    ...common,
    entryPoints: ['src/form/main.ts'],
    platform: 'browser',
    format: 'iife',
    // The browsers a clerk's office has: Edge and Chrome of Windows 10, Firefox ESR.
    target: ['chrome109', 'edge109', 'firefox115'],
    inject: [shim],
    // Anything else of Node's that the page's code would name fails this build.
    plugins: [{ name: 'node-buffer', setup: (b) => b.onResolve({ filter: /^node:buffer$/ }, () => ({ path: shim })) }],
  });
  const style = await build({ ...common, entryPoints: ['src/form/form.css'], loader: { '.css': 'css' }, target: ['chrome109', 'edge109', 'firefox115'] });
  await writeIfChanged('dist/form.js', script.outputFiles[0].text);
  await writeIfChanged('dist/form.css', style.outputFiles[0].text);
}
