// Drives the CLI in-process, as a user would from a shell, with captured output.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { run } from '../../src/cli/main.js';

export const REPO = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs kt-bio with `args` in `cwd` (default: the repo); "today" must be fixed by the caller. */
export async function kt(args: string[], opts: { cwd?: string; isTTY?: boolean; vars?: Record<string, string> } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: opts.cwd ?? REPO,
    now: () => {
      throw new Error('a test must fix "today" with --today');
    },
    vars: opts.vars ?? {},
    isTTY: opts.isTTY ?? false,
  });
  return { code, stdout, stderr };
}

/** Runs the built executable (dist/kt-bio.mjs) as a separate process. */
export function ktProcess(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'kt-bio.mjs'), ...args], {
    cwd: opts.cwd ?? REPO,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The `result` of kt-bio's JSON envelope ({ ok, command, exitCode, result, diagnostics }). */
export function resultOf(stdout: string): unknown {
  const envelope = JSON.parse(stdout) as { result: unknown };
  return envelope.result;
}
