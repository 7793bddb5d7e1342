// Timing and memory of whole processes, as a user meets them: start-up included.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PEAK_RSS_HOOK = fileURLToPath(new URL('./peak-rss.mjs', import.meta.url));

/**
 * Runs `command args` `runs` times after `warmup` unmeasured runs (to fill the disk cache) and
 * returns the wall times in milliseconds. Output goes nowhere: a terminal's speed is not ours.
 * With `rss`, the command is a Node script run with a preloaded hook that reports its peak
 * resident memory; the largest of the runs is returned (MiB). A run that fails or outlasts
 * `timeoutMs` ends the measurement: `failed` says how.
 */
export function timeRuns(command, args, { runs, warmup = 1, cwd, env, expectStatus, rss = false, timeoutMs = 600_000 }) {
  const samples = [];
  let peak = 0;
  const dir = rss ? mkdtempSync(path.join(tmpdir(), 'kt-bio-rss-')) : undefined;
  try {
    for (let i = 0; i < warmup + runs; i++) {
      const out = dir && path.join(dir, `rss-${i}`);
      const [cmd, argv, extraEnv] = rss ? [process.execPath, ['--import', PEAK_RSS_HOOK, command, ...args], { KT_BENCH_PEAK_RSS_FILE: out }] : [command, args, {}];
      const start = process.hrtime.bigint();
      const r = spawnSync(cmd, argv, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'ignore'], timeout: timeoutMs, killSignal: 'SIGKILL' });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (r.error?.code === 'ETIMEDOUT' || (r.status === null && ms >= timeoutMs)) return { ...summarise(samples), failed: `no result within ${Math.round(timeoutMs / 1000)} s` };
      if (r.error) throw r.error;
      if (expectStatus !== undefined && !expectStatus.includes(r.status)) return { ...summarise(samples), failed: r.status === null ? `killed by ${r.signal}` : `exit ${r.status}` };
      if (out) peak = Math.max(peak, Number(readFileSync(out, 'utf8')) / 1024);
      if (i >= warmup) samples.push(ms);
    }
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
  return { ...summarise(samples), ...(rss ? { rss: peak } : {}) };
}

export function summarise(samples) {
  if (samples.length === 0) return { median: NaN, min: NaN, max: NaN, runs: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** One run with its output kept, to check that a timed command did the work it was asked. */
export function runCaptured(command, args, { cwd, env, timeoutMs = 600_000 }) {
  const r = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30, timeout: timeoutMs, killSignal: 'SIGKILL' });
  if (r.error && r.error.code !== 'ETIMEDOUT') throw r.error;
  return { status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', timedOut: r.error?.code === 'ETIMEDOUT' };
}
