// What every command shares: the common options, resolved once, where the data is, and the plan
// loaded with a clear exit when it is broken or missing.
import type { Command } from 'commander';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../messages/catalogue.js';
import { loadPlan } from '../plan/load.js';
import { todayInVietnam, type IsoDate } from '../text/calendar.js';
import type { PlanModel } from '../plan/model.js';
import { displayPath } from '../io/paths.js';
import { pathKind } from '../io/files.js';
import { EXIT, type ExitCode } from '../present/outcome.js';
import { locateWorkspace, type PlanSource } from './workspace.js';

export { EXIT } from '../present/outcome.js';

export interface Writer {
  write(text: string): unknown;
}

/** The outside world as the CLI sees it; tests pass their own. */
export interface CliEnv {
  stdout: Writer;
  stderr: Writer;
  cwd: string;
  now: () => Date;
  /** Environment variables (NO_COLOR, FORCE_COLOR, KT_BIO_HOME). */
  vars: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
}

/** Thrown by commands to stop with an exit code and the findings that explain it. */
export class ExitError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    readonly diagnostics: readonly Diagnostic[] = [],
    readonly sources?: ReadonlyMap<string, string>,
  ) {
    super(diagnostics.map((d) => d.code).join(', '));
  }
}

/** A usage error: exit 2 with one finding. */
export const usageError = (d: Diagnostic): ExitError => new ExitError(EXIT.usage, [d]);

export interface GlobalOptions {
  plan?: string;
  reports?: string;
  lang: Lang;
  today?: IsoDate;
  json?: boolean;
  color?: boolean;
}

export interface Context {
  env: CliEnv;
  lang: Lang;
  today: IsoDate;
  /** True when --today was given (the clock is not read then). */
  todayGiven: boolean;
  planDir: string;
  planSource: PlanSource;
  reportsDir: string;
  /** --reports was given: it may then be the year's folder itself. */
  reportsGiven: boolean;
  /** The working folder the data was found in, if any. */
  home: string | null;
  json: boolean;
  color: boolean;
  /** Notes for the user (which plan is used), shown with the command's own findings. */
  notes: Diagnostic[];
  /**
   * The --plan the user gave, as an option to append to the commands hints print
   * (` --plan "D:\\Kế hoạch"`), or '' when none was given: run as printed, they read the same plan.
   */
  planOption: string;
  /** The --reports the user gave, likewise (` --reports <folder>`), or ''. */
  reportsOption: string;
}

export function createContext(cmd: Command, env: CliEnv): Context {
  const o = cmd.optsWithGlobals<GlobalOptions>();
  const lang: Lang = o.lang ?? 'vi';
  // The clock is read only when --today is absent, so a fixed date never depends on it.
  const today = o.today ?? todayInVietnam(env.now());
  const color = o.color !== false && env.isTTY && env.vars.NO_COLOR === undefined;
  const ws = locateWorkspace({ cwd: env.cwd, vars: env.vars, plan: o.plan, reports: o.reports });
  const notes: Diagnostic[] = [];
  if (ws.planSource === 'shipped' || ws.planSource === 'env' || (ws.planSource === 'folder' && ws.home !== null && ws.home !== env.cwd)) {
    notes.push(diagnostic('plan-location', 'info', { path: displayPath(env.cwd, ws.planDir), source: ws.planSource }));
  }
  return {
    env,
    lang,
    today,
    todayGiven: o.today !== undefined,
    planDir: ws.planDir,
    planSource: ws.planSource,
    reportsDir: ws.reportsDir,
    reportsGiven: o.reports !== undefined,
    home: ws.home,
    json: o.json === true,
    color,
    notes,
    planOption: o.plan !== undefined ? ` --plan ${shellWord(o.plan)}` : '',
    reportsOption: o.reports !== undefined ? ` --reports ${shellWord(o.reports)}` : '',
  };
}

/** A path as one word of a command line, quoted when it has spaces or quote-like characters. */
export function shellWord(text: string): string {
  return /^[\p{L}\p{N}_./\\:@%+,=-]+$/u.test(text) ? text : `"${text.replace(/"/g, '\\"')}"`;
}

/** Loads the plan; a missing or broken plan ends every command with exit 2 and positioned messages. */
export async function requirePlan(ctx: Context): Promise<PlanModel> {
  const cwd = ctx.env.cwd;
  const shown = displayPath(cwd, ctx.planDir);
  if (!(await pathKind(ctx.planDir, shown)).ok) {
    throw new ExitError(EXIT.usage, [...ctx.notes, diagnostic('plan-not-found', 'error', { path: shown, source: ctx.planSource }, { file: shown })]);
  }
  const loaded = await loadPlan(ctx.planDir, cwd);
  if (!loaded.ok) {
    throw new ExitError(EXIT.usage, [...ctx.notes, ...loaded.diagnostics, diagnostic('plan-broken', 'error', { path: shown })], loaded.sources);
  }
  return loaded.plan;
}
