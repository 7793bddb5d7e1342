// npm run bench: times kt-bio as whole processes on synthetic years of 31, 1,000 and 10,000
// reporting units and prints the table of the targets (issue "Speed and scale").
//
//   node test/bench/bench.mjs [--sizes 31,1000,10000] [--quick] [--keep] [--json <file>] [--cli <file>]
//
// --quick: fewer runs and no 10,000 year, for a first look. --keep: leave the temporary folder.
// --cli: another build of kt-bio to measure (default dist/kt-bio.mjs), to compare two versions.
// Benchmarks are not tests: nothing here fails on a missed target; the table says it.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { runCaptured, timeRuns } from './measure.mjs';
import { yearAsMarkdown } from './markdown.mjs';
import { makeSyntheticPlan, makeSyntheticYear } from './synthetic-year.mjs';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const YEAR = 2024;
/** After the unit deadline, before the provincial one: when check and compile are run. */
const TODAY = `${YEAR}-12-05`;
const BASE_UNITS = 31;
const MiB_LIMIT = 500;

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = flag('--quick');
const sizes = (value('--sizes') ?? (quick ? '31,1000' : '31,1000,10000')).split(',').map(Number);
const runsFor = (n) => (quick ? Math.max(3, Math.ceil(n / 3)) : n);
const CLI = path.resolve(value('--cli') ?? path.join(REPO, 'dist', 'kt-bio.mjs'));

const env = { ...process.env, NO_COLOR: '1', TZ: 'UTC' };
const node = process.execPath;
const kt = (...a) => [CLI, ...a];

async function main() {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'kt-bio-bench-'));
  try {
    const commands = availableCommands();
    const deadline = await unitDeadline();
    process.stderr.write(`kt-bio bench: ${CLI}; commands ${[...commands].join(', ')}; years of ${sizes.join(', ')} units in ${tmp}\n`);

    const years = new Map();
    for (const size of sizes) {
      const dir = path.join(tmp, String(size));
      const { planDir } = await makeSyntheticPlan({ from: path.join(REPO, 'plan'), to: path.join(dir, 'plan'), extraUnits: Math.max(0, size - BASE_UNITS) });
      const view = runCaptured(node, kt('--plan', planDir, '--json', 'plan', '--on', deadline), { cwd: dir, env });
      if (view.status !== 0) throw new Error(`plan --json failed on the ${size}-unit plan:\n${view.stderr}`);
      // The plan view inside the JSON envelope ({ result }), or bare from builds before it.
      const printed = JSON.parse(view.stdout);
      const planView = printed.result ?? printed;
      const reportsDir = path.join(dir, 'reports');
      const year = await makeSyntheticYear({ planView, reportsDir, year: YEAR, deadline });
      let bytes = 0;
      for (const f of year.files) bytes += (await stat(f.file)).size;
      years.set(size, { size, dir, planDir, reportsDir, planView, bytes, ...year });
      process.stderr.write(`  ${size} units: ${year.files.length} report files, ${(bytes / 2 ** 20).toFixed(1)} MiB (${year.expected.late.length} late, ${year.expected.invalid.length} invalid, ${year.expected.missing.length} missing)\n`);
    }

    const rows = [];
    const record = (row) => {
      rows.push(row);
      const t = row.time;
      process.stderr.write(`  ${row.name} ${row.size ?? ''}: ${t.failed ? `FAILED (${t.failed})` : fmtMs(t.median)}${t.rss !== undefined ? `, ${t.rss.toFixed(0)} MiB` : ''}\n`);
    };
    const smallest = years.get(Math.min(...sizes));
    const opts = (y) => ({ cwd: y.dir, env });

    record({ name: 'node -e 0', time: timeRuns(node, ['-e', '0'], { runs: runsFor(21), warmup: 3, cwd: tmp, env }) });
    record({ name: 'kt-bio --help', time: timeRuns(node, kt('--help'), { runs: runsFor(21), warmup: 3, cwd: tmp, env, expectStatus: [0] }) });

    if (commands.has('validate')) {
      const one = smallest.files.find((f) => f.kind === 'on_time');
      const a = ['--plan', smallest.planDir, '--today', TODAY, 'validate', one.file];
      const check = runCaptured(node, kt(...a), opts(smallest));
      if (check.status !== 0) throw new Error(`validate of a valid synthetic report failed (exit ${check.status}):\n${check.stderr}`);
      const time = timeRuns(node, kt(...a), { runs: runsFor(21), warmup: 3, ...opts(smallest), expectStatus: [0] });
      // Memory apart: the hook that reports it is not part of the start-up being timed.
      time.rss = timeRuns(CLI, a, { runs: 1, warmup: 0, ...opts(smallest), expectStatus: [0], rss: true }).rss;
      record({ name: 'validate (one report)', bytes: (await stat(one.file)).size, time });
    }
    record({ name: 'plan', size: smallest.size, time: timeRuns(node, kt('--plan', smallest.planDir, '--today', TODAY, 'plan'), { runs: runsFor(11), ...opts(smallest), expectStatus: [0] }) });

    for (const y of years.values()) {
      const common = ['--plan', y.planDir, '--reports', y.reportsDir, '--today', TODAY];
      if (commands.has('check')) {
        verifyCheck(y, runCaptured(node, kt(...common, '--json', 'check', '--year', String(YEAR)), opts(y)));
        const runs = y.size >= 10_000 ? runsFor(3) : y.size >= 1000 ? runsFor(7) : runsFor(11);
        record({ name: 'check', size: y.size, bytes: y.bytes, time: timeRuns(CLI, [...common, 'check', '--year', String(YEAR)], { runs, ...opts(y), expectStatus: [1], rss: true }) });
      }
      if (commands.has('compile')) {
        const out = path.join(y.dir, 'out', `bao-cao-${YEAR}.docx`);
        const runs = y.size >= 10_000 ? 1 : y.size >= 1000 ? runsFor(3) : runsFor(7);
        const time = timeRuns(CLI, [...common, 'compile', '--year', String(YEAR), '-o', out], { runs, warmup: y.size >= 10_000 ? 0 : 1, ...opts(y), expectStatus: [0, 1], rss: true });
        if (!time.failed && !((await stat(out).catch(() => undefined))?.size > 0)) time.failed = 'no .docx written';
        record({ name: 'compile', size: y.size, bytes: y.bytes, time });
      }
    }

    if (hasPandoc() && years.has(BASE_UNITS)) {
      const y = years.get(BASE_UNITS);
      const md = path.join(y.dir, 'year.md');
      await writeFile(md, await yearAsMarkdown({ planView: y.planView, files: y.files, year: YEAR }));
      record({ name: 'pandoc (same content as Markdown → .docx)', size: y.size, time: timeRuns('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', path.join(y.dir, 'pandoc.docx'), md], { runs: runsFor(11), ...opts(y), expectStatus: [0] }) });
    }

    const table = renderTable(rows);
    process.stdout.write(table);
    const jsonOut = value('--json');
    if (jsonOut) await writeFile(jsonOut, JSON.stringify({ cli: CLI, machine: machine(), rows, targets: targets(rows) }, null, 2) + '\n');
  } finally {
    if (flag('--keep')) process.stderr.write(`kept ${tmp}\n`);
    else await rm(tmp, { recursive: true, force: true });
  }
}

/** The commands this build of kt-bio has, from its help: the bench grows with the tool. */
function availableCommands() {
  const r = spawnSync(node, kt('--help'), { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`dist/kt-bio.mjs does not run; build it first (node build.mjs):\n${r.stderr}`);
  const commands = new Set();
  for (const m of r.stdout.matchAll(/^\s{2}([a-z]+)\b/gm)) commands.add(m[1]);
  return commands;
}

async function unitDeadline() {
  const reporting = parse(await readFile(path.join(REPO, 'plan', 'reporting.yaml'), 'utf8'));
  const { day, month } = reporting.unitReport.deadline;
  return `${YEAR}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** check must see the year as generated, or the bench would be timing something else. */
function verifyCheck(y, r) {
  if (r.status !== 1) throw new Error(`check on the ${y.size}-unit year: exit ${r.status}, expected 1 (late and missing reports)\n${r.stderr.slice(0, 2000)}`);
  let json;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    throw new Error(`check --json on the ${y.size}-unit year did not print JSON:\n${r.stdout.slice(0, 500)}`);
  }
  const counts = findCounts(json);
  if (!counts) throw new Error(`check --json on the ${y.size}-unit year: no counts by status found in its output`);
  const want = { expected: y.size, onTime: y.expected.on_time.length, late: y.expected.late.length, invalid: y.expected.invalid.length, missing: y.expected.missing.length };
  for (const [k, n] of Object.entries(want)) {
    if (counts[k] !== n) throw new Error(`check on the ${y.size}-unit year counts ${counts[k]} ${k}, the generator wrote ${n}`);
  }
}

/** The overall counts by status in check's JSON ({ expected, onTime, late, invalid, missing, ... }). */
function findCounts(node) {
  if (node === null || typeof node !== 'object') return undefined;
  if (['expected', 'onTime', 'late', 'invalid', 'missing'].every((k) => typeof node[k] === 'number')) return node;
  for (const v of Object.values(node)) {
    const found = findCounts(v);
    if (found) return found;
  }
  return undefined;
}

function hasPandoc() {
  return spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    nproc: os.availableParallelism?.() ?? cpus.length,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    pandoc: hasPandoc() ? spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0] : 'not installed',
  };
}

function find(rows, name, size) {
  return rows.find((r) => r.name.startsWith(name) && (size === undefined || r.size === size));
}

/**
 * Each target as measured: value, limit, met or not. Validate's limit depends on the Node that runs
 * the bench: 2 × a bare start on Node 20, 1.5 × from Node 22, where kt-bio keeps a compile cache.
 */
function targets(rows) {
  const out = [];
  const ratio = (target, a, b, limit) => {
    if (!a || !b) return;
    const failed = a.time.failed ?? b.time.failed;
    out.push({ target, value: failed ? NaN : a.time.median / b.time.median, limit, unit: '×', failed });
  };
  const memory = (target, r, limit) => {
    if (r) out.push({ target, value: r.time.rss ?? NaN, limit, unit: 'MiB', failed: r.time.failed });
  };
  const cached = Number(process.versions.node.split('.')[0]) >= 22;
  const validateLimit = cached ? 1.5 : 2;
  ratio(`validate ≤ ${validateLimit} × node -e 0 (Node ${process.versions.node})`, find(rows, 'validate'), find(rows, 'node -e 0'), validateLimit);
  const c10k = find(rows, 'check', 10_000);
  if (c10k) out.push({ target: 'check on 10,000 ≤ 3 s', value: c10k.time.median / 1000, limit: 3, unit: 's', failed: c10k.time.failed });
  memory('check on 10,000: peak memory ≤ 400 MiB', c10k, 400);
  ratio('compile on 31 ≤ 1.5 × pandoc on the same content', find(rows, 'compile', BASE_UNITS), find(rows, 'pandoc', BASE_UNITS), 1.5);
  memory(`compile on 1,000: peak memory ≤ ${MiB_LIMIT} MiB`, find(rows, 'compile', 1000), MiB_LIMIT);
  return out.map((t) => ({ ...t, met: !t.failed && t.value <= t.limit }));
}

function renderTable(rows) {
  const m = machine();
  const cell = (r, v) => (r.time.failed ? '' : fmtMs(v));
  const lines = [
    '',
    `Machine: ${m.cpu}, ${m.nproc} CPUs, ${m.memory} RAM, Node ${m.node}, ${m.os}; ${m.pandoc}`,
    '',
    '| run | units | input | median | min | max | runs | peak RSS |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.size ?? ''} | ${r.bytes !== undefined ? fmtBytes(r.bytes) : ''} | ${r.time.failed ? `**failed**: ${r.time.failed}` : fmtMs(r.time.median)} | ${cell(r, r.time.min)} | ${cell(r, r.time.max)} | ${r.time.runs} | ${r.time.rss !== undefined ? `${r.time.rss.toFixed(0)} MiB` : ''} |`,
    ),
    '',
    '| target | measured | limit | met |',
    '|---|--:|--:|:-:|',
    ...targets(rows).map((t) => `| ${t.target} | ${t.failed ? `failed: ${t.failed}` : fmtValue(t.value, t.unit)} | ${fmtValue(t.limit, t.unit)} | ${t.met ? 'yes' : t.failed ? '**no**' : `**no** (${(t.value / t.limit).toFixed(2)} × the limit)`} |`),
    '',
  ];
  return lines.join('\n');
}

function fmtBytes(n) {
  return n >= 2 ** 20 ? `${(n / 2 ** 20).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
}

function fmtMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

function fmtValue(v, unit) {
  return unit === '×' ? `${v.toFixed(2)} ×` : unit === 's' ? `${v.toFixed(2)} s` : `${v.toFixed(0)} ${unit}`;
}

await main();
