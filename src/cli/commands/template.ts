// kt-bio template: the blank report form of a unit (or of every unit expected in a year), listing
// the tasks the plan gives it, for its clerk to fill in.
import type { Command } from 'commander';
import { access, readFile, writeFile } from 'node:fs/promises';
import { isFolder } from '../../io/files.js';
import { readTextFile } from '../../text/read.js';
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { expectedReporters, resolveOn, type ExpectedReporter, type ExpectedReporters, type PlanModel } from '../../plan/model.js';
import type { CliTexts } from '../../messages/cli-texts.js';
import { dirName, displayPath, isInside, joinPath, resolvePath } from '../../io/paths.js';
import { compileForm, formContext, noFormText, reporterFor, type FormContext } from '../../publish/report-form.js';
import { closest } from '../../diagnostics/suggest.js';
import { ensureFolder } from '../../io/folders.js';
import { writeFileAtomic } from '../../io/atomic-file.js';
import { givenOutputProblem, isInsideReally, outputDiagnostic, writeTarget } from '../../io/output.js';
import { shippedPath } from '../workspace.js';
import { createContext, EXIT, ExitError, requirePlan, usageError, type Context } from '../context.js';
import { cycleOptions, nonEmptyOption, type OutputOptions } from '../options.js';
import { requireRequest, REQUESTS_FOLDER } from '../request-option.js';
import { requestScope, type ReportingRequest } from '../../cycle/requests.js';
import { submissionStatus } from '../../cycle/submissions.js';
import type { IsoDate } from '../../text/calendar.js';
import { commandOf, type CommandSetup } from '../setup.js';

/** The department's own wording wins: templates/ in the working folder, else kt-bio's. */
export const FORM_TEMPLATE = 'templates/report-form.yaml.hbs';

interface TemplateOptions extends OutputOptions {
  year?: number;
  request?: string;
  all?: boolean;
  intoReports?: boolean;
  form?: string;
  html?: boolean;
}

export function registerTemplate(setup: CommandSetup): void {
  const { env, texts, finish } = setup;
  const t = texts.template;
  cycleOptions(commandOf(setup, 'template').argument('[unit-id]', t.unit), texts)
    .option('--all', t.all)
    .option('-o, --output <file|dir>', t.output)
    .option('--force', t.force)
    .option('--into-reports', t.intoReports)
    .option('--form <file>', t.form(FORM_TEMPLATE), nonEmptyOption('--form'))
    .option('--html', t.html)
    .action(async (unitId: string | undefined, opts: TemplateOptions, cmd: Command) => {
      const ctx = createContext(cmd, env);
      if (unitId === undefined && !opts.all) throw usageError(diagnostic('template-unit-or-all', 'error'));
      if (unitId !== undefined && opts.all) throw usageError(diagnostic('template-unit-and-all', 'error'));
      const plan = await requirePlan(ctx);
      // The yearly cycle is the plan's standing request; an ad hoc one asks its own units about its own tasks.
      const request = await requireRequest(ctx, plan, opts);
      const year = request.year;

      const expected = request.adHoc ? requestReporters(plan, request, ctx.today) : expectedReporters(plan, year);
      const group = unitId !== undefined && !plan.units.has(unitId) && plan.groups.has(unitId) ? unitId : undefined;
      const several = opts.all === true || group !== undefined;
      if (several && opts.output === undefined && !opts.intoReports) throw usageError(diagnostic('template-all-needs-folder', 'error'));
      const emptyGroups = expected.emptyGroups.filter((g) => opts.all || g.groupId === group);
      const notices = emptyGroups.map((g) => {
        const info = plan.groups.get(g.groupId);
        return diagnostic('template-empty-group', 'warning', { group: info?.name ?? g.groupId, year, tasks: g.taskIds, whereToAdd: info?.whereToAdd });
      });
      const reporters = opts.all
        ? expected.reporters
        : group !== undefined
          ? groupReporters(plan, group, expected)
          : [request.adHoc ? requestReporter(ctx, plan, request, expected.reporters, unitId!) : oneReporter(ctx, plan, unitId!, year)];
      if (reporters.length === 0 && notices.length === 0) throw new ExitError(EXIT.usage, [...ctx.notes, diagnostic('template-no-reporters', 'error', { year })]);
      const render = await loadForm(ctx, opts.form);
      let forms = reporters.map((r) => {
        const context = formContext(plan, r, year, expected.deadline);
        if (request.adHoc) context.request = { id: request.id, title: request.title };
        return { reporter: r, context, text: render(context) };
      });
      if (opts.html) {
        const page = await loadFormPage(ctx, plan);
        forms = forms.map((f) => ({ ...f, text: page(f.context, f.text) }));
      }

      const target = outputTarget(ctx, opts, request.adHoc ? joinPath(REQUESTS_FOLDER, request.id) : String(year), several);
      const result = (written: { unitId: string; path: string | null }[]) => ({ year, forms: written, emptyGroups: emptyGroups.map((g) => g.groupId) });
      if (target === undefined) {
        const text = forms[0]!.text;
        return finish({ command: 'template', exitCode: EXIT.ok, result: { ...result([{ unitId: forms[0]!.reporter.unitId, path: null }]), text }, diagnostics: ctx.notes, text });
      }
      const written = await writeForms(ctx, texts, forms, target, { force: opts.force === true, keepExisting: several, intoReports: opts.intoReports === true, extension: opts.html ? '.html' : '.yaml' });
      const diagnostics = [...ctx.notes, ...written.kept, ...notices];
      finish({
        command: 'template',
        // An empty group is named, as check names it; asked for by its id, it leaves nothing written.
        exitCode: written.kept.length > 0 || written.forms.length === 0 ? EXIT.findings : EXIT.ok,
        result: result(written.forms),
        diagnostics,
        text: written.lines.join('\n'),
      });
    });
}

/** The browser form's page maker; its code (dist/form.js, dist/form.css) is read only for --html. */
async function loadFormPage(ctx: Context, plan: PlanModel) {
  const read = async (relative: string) => {
    const path = shippedPath(relative);
    if (path === undefined) throw new ExitError(EXIT.usage, [...ctx.notes, diagnostic('file-not-found', 'error', { path: relative }, { file: relative })]);
    return readFile(path, 'utf8');
  };
  const [{ formPage, formPageData }, script, style] = await Promise.all([import('../../publish/report-form-page.js'), read('dist/form.js'), read('dist/form.css')]);
  return (context: FormContext, formText: string) => formPage(formPageData(context, formText, plan.data, ctx.lang), { script, style });
}

/** The units an ad hoc request asks, with the tasks it asks each about: the cycle's own answer (`check --request`). */
function requestReporters(plan: PlanModel, request: ReportingRequest, today: IsoDate): ExpectedReporters {
  const asked = submissionStatus(plan, request.year, [], today, [], requestScope(plan, request));
  return { year: request.year, deadline: request.deadline, reporters: asked.units.map((u) => ({ unitId: u.unitId, name: u.name, short: u.short, tasks: u.tasks })), emptyGroups: [] };
}

/** A unit the request asks; a unit of the plan it does not ask is told which units it does. */
function requestReporter(ctx: Context, plan: PlanModel, request: ReportingRequest, asked: readonly ExpectedReporter[], unitId: string): ExpectedReporter {
  const found = asked.find((r) => r.unitId === unitId);
  if (found) return found;
  if (!plan.units.has(unitId)) return oneReporter(ctx, plan, unitId, request.year);
  throw new ExitError(EXIT.usage, [...ctx.notes, diagnostic('request-unit-not-asked', 'error', { id: request.id, unit: unitId, asked: asked.map((r) => r.unitId) })]);
}

/** The members of a group expected to report that year. */
function groupReporters(plan: PlanModel, group: string, expected: ExpectedReporters): ExpectedReporter[] {
  const members = new Set(resolveOn(plan, group, expected.deadline).units.map((u) => u.id));
  return expected.reporters.filter((r) => members.has(r.unitId));
}

function oneReporter(ctx: Context, plan: PlanModel, unitId: string, year: number): ExpectedReporter {
  const found = reporterFor(plan, unitId, year);
  if ('reporter' in found) return found.reporter;
  if (found.reason.kind === 'unknown') {
    const suggestion = closest(unitId, [...plan.units.keys(), ...plan.groups.keys()]);
    throw new ExitError(EXIT.usage, [...ctx.notes, diagnostic('template-unknown-unit', 'error', { unit: unitId, file: plan.files.units, suggestion, options: ctx.planOption })]);
  }
  throw new ExitError(EXIT.usage, [...ctx.notes, diagnostic('template-no-form', 'error', { text: noFormText(plan, unitId, year, found.reason, ctx.lang, undefined, ctx.planOption) })]);
}

/** The form template as a render function; Handlebars is loaded only by this command. */
async function loadForm(ctx: Context, given: string | undefined) {
  const path = given !== undefined ? resolvePath(ctx.env.cwd, given) : await defaultFormTemplate(ctx);
  const shown = displayPath(ctx.env.cwd, path);
  const read = readTextFile(path, shown);
  if (!read.ok) throw new ExitError(EXIT.usage, [...ctx.notes, read.diagnostic]);
  const broken = (e: unknown) => new ExitError(EXIT.usage, [...ctx.notes, diagnostic('template-broken', 'error', { file: shown, detail: e instanceof Error ? e.message : String(e) }, { file: shown })]);
  const { default: handlebars } = await import('handlebars');
  try {
    const render = compileForm(handlebars, read.text);
    return (context: Parameters<typeof render>[0]) => {
      try {
        return render(context);
      } catch (e) {
        throw broken(e);
      }
    };
  } catch (e) {
    throw broken(e);
  }
}

/** The department's own wording wins: the working folder's templates/, the current folder's, else kt-bio's. */
async function defaultFormTemplate(ctx: Context): Promise<string> {
  const candidates = [...(ctx.home !== null ? [joinPath(ctx.home, FORM_TEMPLATE)] : []), resolvePath(ctx.env.cwd, FORM_TEMPLATE)];
  for (const local of candidates) if (!(await isFolder(local)) && (await readable(local))) return local;
  return shippedPath(FORM_TEMPLATE) ?? candidates[candidates.length - 1]!;
}

async function readable(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

type Target = { kind: 'file'; path: string } | { kind: 'folder'; path: string };

/** Where the forms go: standard output (undefined), one file, or one file per unit in a folder. */
/** `reportsSubfolder`: where --into-reports writes, <year> or requests/<id>. */
function outputTarget(ctx: Context, opts: TemplateOptions, reportsSubfolder: string, several: boolean): Target | undefined {
  if (opts.output === undefined) return opts.intoReports ? { kind: 'folder', path: joinPath(ctx.reportsDir, reportsSubfolder) } : undefined;
  const refused = givenOutputProblem(opts.output, ctx.env.cwd);
  if (refused) throw new ExitError(EXIT.usage, [...ctx.notes, outputDiagnostic(refused, displayPath(ctx.env.cwd, resolvePath(ctx.env.cwd, opts.output)), (p) => p)]);
  const path = resolvePath(ctx.env.cwd, opts.output);
  if (several || /[\\/]$/.test(opts.output)) return { kind: 'folder', path };
  return { kind: 'file', path };
}

/** `<folder>/<unit-id>.yaml` (or .html), or undefined when the id would lead anywhere but directly into the folder. */
export function formPath(folder: string, unitId: string, extension = '.yaml'): string | undefined {
  const path = resolvePath(folder, `${unitId}${extension}`);
  return isInside(folder, path) && dirName(path) === resolvePath(folder, '.') ? path : undefined;
}

interface WriteRules {
  /** Overwrite existing files. */
  force: boolean;
  /** Several forms: an existing file is kept and reported, the others are still written. */
  keepExisting: boolean;
  /** The reports folder may be written into. */
  intoReports: boolean;
  /** Of each unit's file in a folder. */
  extension: '.yaml' | '.html';
}

/** Writes every form; returns what was written, and a finding for each file kept because it existed. */
async function writeForms(ctx: Context, texts: CliTexts, forms: { reporter: ExpectedReporter; text: string }[], target: Target, rules: WriteRules) {
  const cwd = ctx.env.cwd;
  const stop = (d: Diagnostic) => new ExitError(EXIT.usage, [...ctx.notes, d]);
  const folder = target.kind === 'folder' || (await isFolder(target.path));
  const planned = forms.map((f) => {
    if (!folder) return { ...f, path: target.path };
    const path = formPath(target.path, f.reporter.unitId, rules.extension);
    if (path === undefined) throw stop(diagnostic('template-escapes', 'error', { unit: f.reporter.unitId, folder: displayPath(cwd, target.path) }));
    return { ...f, path };
  });
  // Real paths: a link to the reports folder is the reports folder.
  const inside = await Promise.all(planned.map((f) => isInsideReally(ctx.reportsDir, f.path)));
  const intoReports = planned.find((_, i) => inside[i]);
  if (intoReports && !rules.intoReports) throw stop(diagnostic('template-into-reports', 'error', { target: displayPath(cwd, intoReports.path), reports: displayPath(cwd, ctx.reportsDir) }));

  const kept: Diagnostic[] = [];
  const lines: string[] = [];
  const written: { unitId: string; path: string | null }[] = [];
  for (const f of planned) {
    const shown = displayPath(cwd, f.path);
    // Through a link only when -o names it; never over a FIFO, a device or a folder.
    const where = await writeTarget(f.path, !folder);
    if (!where.ok) {
      const d = outputDiagnostic(where.problem, shown, (p) => displayPath(cwd, p));
      if (where.problem.kind === 'link' && rules.keepExisting) {
        kept.push(d);
        continue;
      }
      throw stop(d);
    }
    try {
      await ensureFolder(dirName(where.path));
      // "wx" fails when the file exists, so a form never replaces a file written meanwhile;
      // with --force the form replaces it in one step, as compile does.
      if (rules.force) await writeFileAtomic(where.path, new TextEncoder().encode(f.text));
      else await writeFile(where.path, f.text, { encoding: 'utf8', flag: 'wx' });
      lines.push(texts.written.form(shown, f.reporter.name, f.reporter.tasks.length));
      written.push({ unitId: f.reporter.unitId, path: shown });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && rules.keepExisting) kept.push(diagnostic('template-kept', 'warning', { file: shown }, { file: shown }));
      else if (code === 'EEXIST') throw stop(diagnostic('template-exists', 'error', { file: shown }, { file: shown }));
      else throw stop(diagnostic('template-write-failed', 'error', { file: shown, reason: code ?? String(e) }, { file: shown }));
    }
  }
  return { kept, lines, forms: written };
}
