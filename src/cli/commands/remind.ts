// kt-bio remind: the reminder letter (công văn đôn đốc) to the units that have not sent a counted
// report — exactly those `check` lists as blank, with errors or missing — as a Decree 30 letter
// (.docx), or as text or an e-mail message; one letter for all, or one per unit.
import { Option, type Command } from 'commander';
import { createHash } from 'node:crypto';
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { pathKind } from '../../io/files.js';
import { writeFileAtomic } from '../../io/atomic-file.js';
import { displayPath, joinPath, resolvePath } from '../../io/paths.js';
import { givenOutputProblem, isInsideReally, outputDiagnostic, writeTarget } from '../../io/output.js';
import { formatDateVi, type IsoDate } from '../../text/calendar.js';
import { issuerOn, type PlanModel } from '../../plan/model.js';
import { checkReportPaths } from '../../report/load.js';
import { DEFAULT_SETTINGS_FILE, loadSettings } from '../../settings/load.js';
import type { SettingsOverrides } from '../../settings/validate.js';
import { submissionStatus } from '../../cycle/submissions.js';
import { earlierReports } from '../../cycle/earlier-reports.js';
import { byProblem, reminderFacts, type RemindedUnit } from '../../cycle/reminder.js';
import { requestScope, type ReportingRequest } from '../../cycle/requests.js';
import { locateRequestReports, requireRequest } from '../request-option.js';
import { loadSummaryTemplates } from '../../publish/templates.js';
import { buildLetter, letterDocument, letterEmail, letterText, LETTER_TEMPLATE } from '../../publish/letter.js';
import { createContext, EXIT, ExitError, requirePlan, type Context } from '../context.js';
import { locateYearReports, templatesFolder, yearSettingsPath } from '../locations.js';
import { dateOption, nonEmptyOption, requirePlanDate, yearOption, type DocumentOptions } from '../options.js';
import { commandOf, type CommandSetup } from '../setup.js';

const FORMATS = ['docx', 'txt', 'eml'] as const;
type Format = (typeof FORMATS)[number];

interface RemindOptions extends DocumentOptions {
  year?: number;
  request?: string;
  by?: IsoDate;
  perUnit?: boolean;
  format: Format;
}

export function registerRemind(setup: CommandSetup): void {
  const { env, texts, finish } = setup;
  const t = texts.remind;
  commandOf(setup, 'remind')
    .option('--year <year>', texts.options.year, yearOption())
    .option('--request <id>', t.request)
    .option('--by <date>', t.by, dateOption('--by'))
    .option('--per-unit', t.perUnit)
    .addOption(new Option('--format <format>', t.format).choices(FORMATS).default('docx'))
    .option('-o, --output <path>', t.output)
    .option('--force', t.force)
    .option('--number <number>', t.number, nonEmptyOption('--number'))
    .option('--date <date>', t.date, dateOption('--date'))
    .option('--signer-name <name>', t.signerName, nonEmptyOption('--signer-name'))
    .option('--templates <dir>', t.templates, nonEmptyOption('--templates'))
    .action(async (opts: RemindOptions, cmd: Command) => {
      const ctx = createContext(cmd, env);
      const plan = await requirePlan(ctx);
      const date = opts.date ?? ctx.today;
      if (opts.date !== undefined) requirePlanDate(plan, '--date', opts.date, ctx.today);
      const by = opts.by ?? null;
      if (by !== null && byProblem(date, by)) fail(ctx, [diagnostic('remind-by-before-date', 'error', { by, date })]);
      // The yearly cycle is the plan's standing request; an ad hoc one brings its own units and deadline.
      const request = await requireRequest(ctx, plan, opts);
      await remind(ctx, plan, opts, request, date, by, finish, t);
    });
}

/** The letters of a request (the yearly cycle, or an ad hoc request), written and reported. */
async function remind(
  ctx: Context,
  plan: PlanModel,
  opts: RemindOptions,
  request: ReportingRequest,
  date: IsoDate,
  by: IsoDate | null,
  finish: CommandSetup['finish'],
  t: CommandSetup['texts']['remind'],
): Promise<void> {
  const env = ctx.env;
  const year = request.year;
  const location = request.adHoc ? await locateRequestReports(ctx, request) : await locateYearReports(ctx, year);

  const settingsRoot = await templatesFolder(ctx, opts.templates, `settings/${DEFAULT_SETTINGS_FILE}`);
  const overrides: SettingsOverrides = {};
  if (opts.signerName !== undefined) overrides.signerName = opts.signerName;
  const loaded = await loadSettings(joinPath(settingsRoot, 'settings', DEFAULT_SETTINGS_FILE), yearSettingsPath(location, year), overrides, env.cwd);
  if (!loaded.ok) fail(ctx, loaded.diagnostics, loaded.sources);
  const settings = loaded.settings;
  if (opts.number !== undefined) settings.reminder.number = /^\d+$/.test(opts.number.trim()) ? Number(opts.number.trim()) : opts.number.trim();
  const letterRoot = await templatesFolder(ctx, opts.templates, `remind/${LETTER_TEMPLATE}`);
  const templates = await loadSummaryTemplates(joinPath(letterRoot, 'remind'), env.cwd, LETTER_TEMPLATE);
  if (!templates.ok) fail(ctx, templates.diagnostics);
  const issuer = issuerOn(plan, date);
  if (!issuer) fail(ctx, [diagnostic('plan-no-issuer', 'error', { date }, { file: displayPath(env.cwd, joinPath(ctx.planDir, 'issuers.yaml')) })]);

  // The verdicts of `check` on the same day: the same reports, rules and "today".
  const read = location.path !== null ? await checkReportPaths([location.path], { plan, today: ctx.today, cwd: env.cwd, options: ctx.planOption }) : { reports: [], skipped: [], diagnostics: [], notices: [] };
  if (read.diagnostics.length > 0) fail(ctx, read.diagnostics);
  const earlier = location.kind === 'year_folder' ? await earlierReports(plan, year, ctx.reportsDir, { today: ctx.today, cwd: env.cwd }) : [];
  const summary = submissionStatus(plan, year, read.reports, ctx.today, earlier, requestScope(plan, request));
  const facts = reminderFacts(summary, date, by);
  const findings: Diagnostic[] = [...ctx.notes, ...loaded.diagnostics, ...read.notices];
  const result = { year, request: request.adHoc ? request.id : null, date, deadline: facts.deadline, early: facts.early, by: facts.by, units: facts.units.map(unitJson), written: [] as Written[] };

  if (facts.units.length === 0) {
    finish({ command: 'remind', exitCode: EXIT.ok, result, diagnostics: findings, text: t.nobody(request.adHoc ? request.id : String(year)) });
    return;
  }

  const refused = opts.output !== undefined ? givenOutputProblem(opts.output, env.cwd) : undefined;
  if (refused) fail(ctx, [outputDiagnostic(refused, displayPath(env.cwd, resolvePath(env.cwd, opts.output!)), (p) => p)]);
  const letters = opts.perUnit ? facts.units.map((u) => [u]) : [facts.units];
  const targets = letters.map((units) => ({ units, path: outputPath(ctx, request, opts.format, opts.output, opts.perUnit === true ? units[0]!.unitId : null), write: '' }));
  // Every target is checked before anything is written: a refusal leaves no letter half done.
  for (const target of targets) {
    const named = opts.output !== undefined && !opts.perUnit && target.path === resolvePath(env.cwd, opts.output);
    target.write = await guardTarget(ctx, target.path, named, [ctx.reportsDir, location.path], opts.force === true);
  }

  // Handlebars and the .docx writer are loaded only when a letter is written.
  const [{ default: handlebars }, { renderDocx }] = await Promise.all([import('handlebars'), import('../../publish/docx/index.js')]);
  for (const target of targets) {
    const built = buildLetter({ handlebars, templates: templates.templates, plan, settings, date, issuer, request, facts, units: target.units });
    if (!built.ok) fail(ctx, built.diagnostics);
    const bytes = opts.format === 'docx' ? await renderDocx(letterDocument(built.letter, settings)) : new TextEncoder().encode(opts.format === 'txt' ? letterText(built.letter) : letterEmail(built.letter));
    const shown = displayPath(env.cwd, target.path);
    try {
      await writeFileAtomic(target.write, bytes);
    } catch (e) {
      fail(ctx, [diagnostic('remind-write-failed', 'error', { output: shown, reason: (e as NodeJS.ErrnoException).code ?? String(e) }, { file: shown })]);
    }
    result.written.push({ path: shown, units: target.units.map((u) => u.unitId), sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
  }

  const lines = [
    facts.early ? t.early(formatDateVi(facts.deadline), facts.daysLeft) : t.passed(formatDateVi(facts.deadline), facts.daysPast, formatDateVi(facts.by)),
    ...result.written.map((w) => t.written(w.path, w.units)),
  ];
  finish({ command: 'remind', exitCode: EXIT.ok, result, diagnostics: findings, text: lines.join('\n') });
}

interface Written {
  path: string;
  units: string[];
  sha256: string;
  bytes: number;
}

function unitJson(u: RemindedUnit) {
  return { unitId: u.unitId, name: u.name, status: u.status, file: u.file ?? null, submitted: u.submitted ?? null, problem: u.problem?.code ?? null };
}

function fail(ctx: Context, ds: readonly Diagnostic[], sources?: ReadonlyMap<string, string>): never {
  throw new ExitError(EXIT.usage, [...ctx.notes, ...ds], sources);
}

/**
 * One letter: -o, or out/don-doc-<year or request>.<format> in the working folder. One per unit:
 * the folder -o (or out/don-doc-<year or request>/), with a file per unit id.
 */
function outputPath(ctx: Context, request: ReportingRequest, format: Format, given: string | undefined, unitId: string | null): string {
  const stem = `don-doc-${request.adHoc ? request.id : request.year}`;
  const out = joinPath(ctx.home ?? ctx.env.cwd, 'out');
  if (unitId === null) {
    const output = resolvePath(ctx.env.cwd, given ?? joinPath(out, `${stem}.${format}`));
    return given !== undefined && /[\\/]$/.test(given) ? joinPath(output, `${stem}.${format}`) : output;
  }
  return joinPath(resolvePath(ctx.env.cwd, given ?? joinPath(out, stem)), `${unitId}.${format}`);
}

/**
 * The guards of compile (never among the units' reports, links resolved; through a link only when
 * -o names it; never over a folder, FIFO or device), and an existing file only with --force.
 * Returns the path to write.
 */
async function guardTarget(ctx: Context, path: string, named: boolean, reportFolders: readonly (string | null)[], force: boolean): Promise<string> {
  const shown = displayPath(ctx.env.cwd, path);
  for (const folder of reportFolders) {
    if (folder !== null && (await isInsideReally(folder, path))) fail(ctx, [diagnostic('remind-output-in-reports', 'error', { output: shown, reports: displayPath(ctx.env.cwd, folder) }, { file: shown })]);
  }
  const target = await writeTarget(path, named);
  if (!target.ok) fail(ctx, [outputDiagnostic(target.problem, shown, (p) => displayPath(ctx.env.cwd, p))]);
  if ((await pathKind(target.path, shown)).ok && !force) fail(ctx, [diagnostic('remind-output-exists', 'error', { output: shown }, { file: shown })]);
  return target.path;
}
