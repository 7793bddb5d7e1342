// What every command shares: the common options, resolved once, and the plan loaded with a
// clear exit when it is broken.
import type { Command } from 'commander';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../messages/catalogue.js';
import { loadPlan } from '../plan/load.js';
import { parseDate, todayInVietnam, type IsoDate } from '../text/calendar.js';
import type { PlanModel } from '../plan/model.js';
import { resolvePath } from '../io/paths.js';
import { diagnosticToJson, formatDiagnosticsText } from '../present/diagnostics.js';

export interface Writer {
  write(text: string): unknown;
}

/** The outside world as the CLI sees it; tests pass their own. */
export interface CliEnv {
  stdout: Writer;
  stderr: Writer;
  cwd: string;
  now: () => Date;
  /** Environment variables (NO_COLOR, FORCE_COLOR). */
  vars: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** Thrown by commands to end with a given exit code after their output is written. */
export class ExitError extends Error {
  constructor(
    readonly exitCode: number,
    message = '',
  ) {
    super(message);
  }
}

export interface GlobalOptions {
  plan: string;
  reports: string;
  lang: string;
  today?: string;
  json?: boolean;
  color?: boolean;
}

export interface Context {
  env: CliEnv;
  lang: Lang;
  today: IsoDate;
  planDir: string;
  reportsDir: string;
  json: boolean;
  color: boolean;
  out(text: string): void;
  err(text: string): void;
  /** Prints diagnostics to stderr (text) — JSON output is each command's own. */
  report(ds: readonly Diagnostic[], sources?: ReadonlyMap<string, string>): void;
}

export function createContext(cmd: Command, env: CliEnv): Context {
  const o = cmd.optsWithGlobals<GlobalOptions>();
  if (o.lang !== 'vi' && o.lang !== 'en') throw new ExitError(EXIT.usage, `--lang: "${o.lang}" (vi | en)`);
  const lang: Lang = o.lang;
  // The clock is read only when --today is absent, so a fixed date never depends on it.
  let today: IsoDate;
  if (o.today !== undefined) {
    const d = parseDate(o.today);
    if (!d.ok) throw new ExitError(EXIT.usage, lang === 'vi' ? `--today: "${o.today}" không phải ngày hợp lệ (ví dụ 2025-12-01 hoặc 01/12/2025)` : `--today: "${o.today}" is not a valid date (e.g. 2025-12-01 or 01/12/2025)`);
    today = d.date;
  } else {
    today = todayInVietnam(env.now());
  }
  const color = o.color !== false && env.isTTY && env.vars.NO_COLOR === undefined;
  const ctx: Context = {
    env,
    lang,
    today,
    planDir: resolvePath(env.cwd, o.plan),
    reportsDir: resolvePath(env.cwd, o.reports),
    json: o.json === true,
    color,
    out: (t) => void env.stdout.write(t.endsWith('\n') ? t : t + '\n'),
    err: (t) => void env.stderr.write(t.endsWith('\n') ? t : t + '\n'),
    report: (ds, sources) => {
      if (ds.length > 0) ctx.err(formatDiagnosticsText(ds, { lang, color, ...(sources ? { sources } : {}) }) + '\n');
    },
  };
  return ctx;
}

/** Loads the plan; a broken plan ends every command with exit 2 and positioned messages. */
export async function requirePlan(ctx: Context): Promise<PlanModel> {
  const loaded = await loadPlan(ctx.planDir, ctx.env.cwd);
  if (!loaded.ok) {
    // The same diagnostic objects as every other JSON output (validate, check), in the chosen language.
    if (ctx.json) ctx.out(JSON.stringify({ ok: false, planErrors: loaded.diagnostics.map((d) => diagnosticToJson(d, ctx.lang)) }, null, 2));
    ctx.report(loaded.diagnostics, loaded.sources);
    ctx.err(ctx.lang === 'vi' ? 'Dữ liệu kế hoạch (plan/) có lỗi; sửa các lỗi trên rồi chạy lại.' : 'The plan data (plan/) has errors; fix them and run again.');
    throw new ExitError(EXIT.usage);
  }
  return loaded.plan;
}
