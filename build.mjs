// Build: types from the JSON Schemas (src/generated/), then one bundled, compiled CLI file
// (dist/kt-bio.mjs). Runs on `npm ci` (prepare), `npm test` and `npm run bench`.
import { build } from 'esbuild';
import { compileFromFile } from 'json-schema-to-typescript';
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const SCHEMAS = ['plan', 'reporting', 'funding', 'units', 'tasks', 'issuers', 'report'];

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

await generateTypes();
await build({
  entryPoints: ['src/bin.ts'],
  outfile: 'dist/kt-bio.mjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __ktCreateRequire } from 'node:module'; const require = __ktCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
});
