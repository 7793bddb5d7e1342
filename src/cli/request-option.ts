// --request <id>: the ad hoc request a command works on (requests/<id>.yaml in the working folder,
// or the path of a request file), else the yearly cycle of --year; and where the request's
// answers are (<reports>/requests/<id>/).
import { readdir } from 'node:fs/promises';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { isFolder, pathKind } from '../io/files.js';
import { baseName, displayPath, extName, joinPath, resolvePath } from '../io/paths.js';
import { readTextFile } from '../text/read.js';
import { parseYaml } from '../yaml/read.js';
import type { PlanModel } from '../plan/model.js';
import { requestFromFile, yearlyRequest, type ReportingRequest } from '../cycle/requests.js';
import { EXIT, ExitError, usageError, type Context } from './context.js';
import type { YearReportsLocation } from './locations.js';
import { requirePlanYear } from './options.js';

/** The folder of request files, in the working folder. */
export const REQUESTS_FOLDER = 'requests';

/** The request named by --request, or the yearly cycle of --year (one of them is needed). */
export async function requireRequest(ctx: Context, plan: PlanModel, given: { year?: number; request?: string; period?: string }): Promise<ReportingRequest> {
  if (given.request === undefined) {
    if (given.year === undefined) throw usageError(diagnostic('request-year-or-request', 'error', {}));
    requirePlanYear(plan, given.year);
    return yearlyRequest(plan, given.year);
  }
  if (given.period !== undefined) throw usageError(diagnostic('request-with-period', 'error', {}));
  const asPath = /[\\/]/.test(given.request) || ['.yaml', '.yml'].includes(extName(given.request));
  const folder = joinPath(ctx.home ?? ctx.env.cwd, REQUESTS_FOLDER);
  const path = asPath ? resolvePath(ctx.env.cwd, given.request) : joinPath(folder, `${given.request}.yaml`);
  const id = asPath ? baseName(path).replace(/\.ya?ml$/i, '') : given.request;
  const shown = displayPath(ctx.env.cwd, path);
  if (!(await pathKind(path, shown)).ok) {
    const known = (await readdir(folder).catch(() => [] as string[])).filter((f) => /\.ya?ml$/i.test(f)).map((f) => f.replace(/\.ya?ml$/i, '')).sort();
    throw new ExitError(EXIT.usage, [...ctx.notes, diagnostic('request-not-found', 'error', { id, file: shown, known }, { file: shown })]);
  }
  const read = readTextFile(path, shown);
  if (!read.ok) throw new ExitError(EXIT.usage, [...ctx.notes, read.diagnostic]);
  const parsed = parseYaml(read.text, shown);
  const checked = parsed.diagnostics.length > 0 ? { ok: false as const, diagnostics: parsed.diagnostics } : requestFromFile(plan, parsed.source, parsed.value, id);
  if (!checked.ok) throw new ExitError(EXIT.usage, [...ctx.notes, ...checked.diagnostics], new Map([[shown, read.text]]));
  const request = checked.request;
  if (given.year !== undefined && given.year !== request.year) throw usageError(diagnostic('request-year-differs', 'error', { year: given.year, id: request.id, requestYear: request.year }));
  requirePlanYear(plan, request.year);
  return request;
}

/**
 * The answers to a request: <reports>/requests/<id>/ when it exists; a --reports folder given on
 * the command line may also be that folder itself. Nothing there: nothing received yet.
 */
export async function locateRequestReports(ctx: Context, request: ReportingRequest): Promise<YearReportsLocation> {
  const dir = joinPath(ctx.reportsDir, REQUESTS_FOLDER, request.id);
  const shown = displayPath(ctx.env.cwd, dir);
  if (await isFolder(dir)) return { kind: 'year_folder', path: dir, folder: shown, yearFolder: shown, root: ctx.reportsDir };
  if (ctx.reportsGiven && (await isFolder(ctx.reportsDir))) return { kind: 'given_folder', path: ctx.reportsDir, folder: displayPath(ctx.env.cwd, ctx.reportsDir), yearFolder: shown, root: ctx.reportsDir };
  return { kind: 'none', path: null, folder: null, yearFolder: shown, root: ctx.reportsDir };
}
