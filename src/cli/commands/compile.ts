// kt-bio compile: the year's provincial summary report (.docx) from the units' reports, in the
// department's templates, laid out as a Vietnamese administrative document.
import type { Command } from 'commander';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { diagnostic, hasErrors, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { isFolder } from '../../io/files.js';
import { checkReportPaths } from '../../report/load.js';
import { DEFAULT_SETTINGS_FILE, loadSettings } from '../../settings/load.js';
import { loadSummaryTemplates, MAIN_TEMPLATE } from '../../publish/templates.js';
import type { IsoDate } from '../../text/calendar.js';
import { issuerOn } from '../../plan/model.js';
import { cyclePosition, positionOn, submissionStatus } from '../../cycle/submissions.js';
import { compileFindings } from '../../cycle/compile-findings.js';
import { earlierReports } from '../../cycle/earlier-reports.js';
import { yearComparison } from '../../cycle/previous-year.js';
import { requestScope } from '../../cycle/requests.js';
import { locateRequestReports, requireRequest } from '../request-option.js';
import { buildSummary } from '../../cycle/summary.js';
import { baseName, dirName, displayPath, joinPath, resolvePath } from '../../io/paths.js';
import { compileResult, compileText, type CompileOutcome } from '../../present/compile-view.js';
import { documentNumber, summaryDocument } from '../../publish/summary-report.js';
import type { ResolvedSettings, SettingsOverrides } from '../../settings/validate.js';
import { writeFileAtomic } from '../../io/atomic-file.js';
import { givenOutputProblem, isInsideReally, outputDiagnostic, writeTarget } from '../../io/output.js';
import { createContext, EXIT, ExitError, requirePlan, shellWord, type Context } from '../context.js';
import { locateYearReports, templatesFolder, yearSettingsPath, yearsRoot } from '../locations.js';
import { cycleOptions, dateOption, type DocumentOptions, nonEmptyOption, planForPeriodOption, requirePlanDate } from '../options.js';
import { commandOf, type CommandSetup } from '../setup.js';

interface CompileOptions extends DocumentOptions {
  year: number;
  period?: string;
  request?: string;
  signerAuthority?: string[];
  strict?: boolean;
}

export function registerCompile(setup: CommandSetup): void {
  const { env, texts, finish } = setup;
  const t = texts.compile;
  cycleOptions(commandOf(setup, 'compile'), texts, 'period')
    .option('-o, --output <file>', t.output)
    .option('--templates <dir>', t.templates, nonEmptyOption('--templates'))
    .option('--number <number>', t.number, nonEmptyOption('--number'))
    .option('--date <date>', t.date, dateOption('--date'))
    .option('--signer-name <name>', t.signerName)
    .option('--signer-authority <line>', t.signerAuthority, (v: string, all: string[] = []) => [...all, v])
    .option('--strict', t.strict)
    .option('--force', t.force)
    .action(async (opts: CompileOptions, cmd: Command) => {
      const ctx = createContext(cmd, env);
      const plan = planForPeriodOption(ctx, await requirePlan(ctx), opts.period);
      // The yearly cycle is the plan's standing request; an ad hoc one brings its own units and deadline.
      const request = await requireRequest(ctx, plan, opts);
      const year = request.year;
      if (opts.date !== undefined) requirePlanDate(plan, '--date', opts.date, ctx.today);
      const fail: (ds: readonly Diagnostic[], sources?: ReadonlyMap<string, string>) => never = (ds, sources) => {
        throw new ExitError(EXIT.usage, [...ctx.notes, ...ds], sources);
      };

      const reports = request.adHoc ? await locateRequestReports(ctx, request) : await locateYearReports(ctx, year, opts.period);
      const templatesRoot = await templatesFolder(ctx, opts.templates, `compile/${MAIN_TEMPLATE}`);
      const loaded = await loadSettings(joinPath(templatesRoot, 'settings', DEFAULT_SETTINGS_FILE), yearSettingsPath(reports, year), settingsOverrides(opts), env.cwd);
      if (!loaded.ok) fail(loaded.diagnostics, loaded.sources);
      const settings: ResolvedSettings = loaded.settings;
      // An answer to an ad hoc request is titled by what was asked.
      if (request.adHoc) settings.summary = request.title;
      const templates = await loadSummaryTemplates(joinPath(templatesRoot, 'compile'), env.cwd);
      if (!templates.ok) fail(templates.diagnostics);

      const date = settings.date ?? ctx.today;
      const issuer = issuerOn(plan, date);
      if (!issuer) fail([diagnostic('plan-no-issuer', 'error', { date, issuersFile: plan.files.issuers }, { file: plan.files.issuers })]);
      const refused = opts.output !== undefined ? givenOutputProblem(opts.output, env.cwd) : undefined;
      if (refused) fail([outputDiagnostic(refused, displayPath(env.cwd, resolvePath(env.cwd, opts.output!)), (p) => p)]);
      const name = request.adHoc ? `bao-cao-${request.id}.docx` : outputName(year, opts.period);
      const output = outputPath(ctx, name, opts.output);
      const finalOutput = opts.output !== undefined && (/[\\/]$/.test(opts.output) || (await isFolder(output))) ? joinPath(output, name) : output;
      await checkInsideReports(ctx, year, finalOutput, reports.path, fail);

      const read = reports.path !== null ? await checkReportPaths([reports.path], { plan, today: ctx.today, cwd: env.cwd, options: ctx.planOption }) : { reports: [], skipped: [], diagnostics: [], notices: [] };
      if (read.diagnostics.length > 0) fail(read.diagnostics);
      // The document states its figures (days overdue) as of its own date, so that the same
      // inputs give the same document whatever day it is compiled on.
      const earlier = reports.kind === 'year_folder' ? await earlierReports(plan, year, ctx.reportsDir, { today: ctx.today, cwd: env.cwd }) : [];
      const scope = requestScope(plan, request);
      const submissions = submissionStatus(plan, year, read.reports, date, earlier, scope);
      // Year over year belongs to the yearly cycle; an ad hoc request has no previous one.
      const comparison = request.adHoc ? null : await yearComparison(plan, submissions, yearsRoot(reports, year), { today: date, cwd: env.cwd }, opts.period);
      const withErrors = read.reports.filter((r) => hasErrors(r.diagnostics));
      const valid = read.reports.length - withErrors.length;
      const findings: Diagnostic[] = [...ctx.notes, ...loaded.diagnostics, ...read.notices];
      // With no valid report the summary only says that no unit reported: worth a word in case the year or folder is mistyped.
      if (valid === 0) findings.push(diagnostic('compile-no-reports', 'warning', { year, folder: reports.folder ?? reports.yearFolder, options: `${opts.request !== undefined ? ` --request ${shellWord(opts.request)}` : ` --year ${year}`}${opts.period !== undefined ? ` --period ${shellWord(opts.period)}` : ''}${ctx.planOption}${ctx.reportsOption}` }, { file: reports.folder ?? reports.yearFolder }));
      findings.push(...compileFindings(scope ? positionOn(scope.deadline, scope.provincialDeadline, ctx.today) : cyclePosition(plan, year, ctx.today), submissions, withErrors, ctx.planOption));
      const yearFile = displayPath(env.cwd, yearSettingsPath(reports, year));
      if (settings.draftFields.length > 0) findings.push(diagnostic('compile-draft', 'warning', { year, fields: settings.draftFields, yearFile }, { file: yearFile }));
      const sources = new Map(read.reports.flatMap((r) => (r.text !== undefined ? [[r.file, r.text] as const] : [])));

      const summary = buildSummary(plan, submissions);
      const outcome: CompileOutcome = {
        year,
        path: null,
        sha256: null,
        bytes: null,
        date,
        number: documentNumber(settings, issuer.code),
        draft: settings.draftFields.length > 0,
        issuer: { parentAuthority: issuer.parentAuthority, issuingBody: issuer.issuingBody, place: issuer.place },
        counts: submissions.rates.overall,
        leftOut: summary.leftOut,
        filesWithErrors: withErrors.map((r) => r.file),
        options: ctx.planOption,
        ...(plan.period ? { period: plan.period.name } : {}),
      };
      const done = (exitCode: 0 | 1 | 2, extra: Diagnostic[] = []) =>
        finish({ command: 'compile', exitCode, result: compileResult(outcome), diagnostics: [...findings, ...extra], text: compileText(outcome, ctx.lang), sources });
      if (opts.strict && withErrors.length > 0) return done(EXIT.findings, [diagnostic('compile-not-written', 'error', { count: withErrors.length })]);

      // Handlebars and the .docx writer are loaded only by this command.
      const [{ default: handlebars }, { renderDocx }] = await Promise.all([import('handlebars'), import('../../publish/docx/index.js')]);
      const document = summaryDocument({ handlebars, templates: templates.templates, plan, summary, settings, header: { date, issuer }, comparison });
      if (!document.ok) fail(document.diagnostics);
      let bytes: Uint8Array;
      try {
        bytes = await renderDocx(document.document);
      } catch (e) {
        // The renderer refuses what it cannot lay out (an unknown layout directive in a template).
        fail([diagnostic('compile-template-error', 'error', { template: templates.templates.main.file, detail: e instanceof Error ? e.message : String(e) }, { file: templates.templates.main.file })]);
      }
      const shown = displayPath(env.cwd, finalOutput);
      // Through a link only when -o names that link; never over a FIFO, a device or a folder.
      const target = await writeTarget(finalOutput, opts.output !== undefined && finalOutput === resolvePath(env.cwd, opts.output));
      if (!target.ok) fail([outputDiagnostic(target.problem, shown, (p) => displayPath(env.cwd, p))]);
      const refusal = await overwriteRefusal(target.path, shown, opts.force === true);
      if (refusal) fail([refusal]);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      try {
        await writeFileAtomic(target.path, bytes);
        await writeFile(stampPath(target.path), sha256 + '\n');
      } catch (e) {
        fail([diagnostic('compile-write-failed', 'error', { output: shown, reason: (e as NodeJS.ErrnoException).code ?? String(e) }, { file: shown })]);
      }

      Object.assign(outcome, { path: shown, sha256, bytes: bytes.length });
      const warned = valid === 0 || outcome.draft;
      return done(withErrors.length > 0 || warned ? EXIT.findings : EXIT.ok);
    });
}

function settingsOverrides(opts: CompileOptions): SettingsOverrides {
  const o: SettingsOverrides = {};
  if (opts.number !== undefined) {
    const n = opts.number.trim();
    o.number = /^\d+$/.test(n) ? Number(n) : n;
  }
  if (opts.date !== undefined) o.date = opts.date;
  if (opts.signerName !== undefined) o.signerName = opts.signerName;
  if (opts.signerAuthority !== undefined) o.signerAuthority = opts.signerAuthority;
  return o;
}

/** The document's file name: bao-cao-tong-hop-<year>.docx, or -<year>-<period>.docx for a reporting period. */
const outputName = (year: number, period?: string): string => `bao-cao-tong-hop-${year}${period === undefined ? '' : `-${period}`}.docx`;

/** -o, or out/bao-cao-tong-hop-<year>.docx in the working folder. */
function outputPath(ctx: Context, name: string, given: string | undefined): string {
  return resolvePath(ctx.env.cwd, given ?? joinPath(ctx.home ?? ctx.env.cwd, 'out', name));
}

/** The summary is never written among the units' reports (real paths: a link to the reports folder is the reports folder). */
async function checkInsideReports(ctx: Context, year: number, output: string, reportsFolder: string | null, fail: (ds: Diagnostic[]) => never): Promise<void> {
  for (const folder of [ctx.reportsDir, reportsFolder]) {
    if (folder !== null && (await isInsideReally(folder, output))) {
      fail([diagnostic('compile-output-in-reports', 'error', { output: displayPath(ctx.env.cwd, output), reports: displayPath(ctx.env.cwd, folder), year })]);
    }
  }
}

/**
 * kt-bio keeps the SHA-256 of what it wrote beside the document (.<name>.kt-bio): a file it did
 * not write, or one edited since (in Word), is replaced only with --force.
 */
export const stampPath = (output: string): string => joinPath(dirName(output), `.${baseName(output)}.kt-bio`);

async function overwriteRefusal(output: string, shown: string, force: boolean): Promise<Diagnostic | undefined> {
  if (force) return undefined;
  const existing = await readFile(output).catch(() => undefined);
  if (existing === undefined) return undefined;
  const stamp = await readFile(stampPath(output), 'utf8').catch(() => undefined);
  if (stamp === undefined) return diagnostic('compile-output-exists', 'error', { output: shown }, { file: shown });
  if (stamp.trim() !== createHash('sha256').update(existing).digest('hex')) return diagnostic('compile-output-edited', 'error', { output: shown }, { file: shown });
  return undefined;
}
