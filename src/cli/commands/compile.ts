// kt-bio compile: the year's provincial summary report (.docx) from the units' reports, in the
// department's templates, laid out as a Vietnamese administrative document.
import type { Command } from 'commander';
import { createHash } from 'node:crypto';
import { diagnostic, hasErrors, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { isFolder } from '../../io/files.js';
import { checkReportPaths } from '../../report/load.js';
import { loadSettings } from '../../settings/load.js';
import { loadSummaryTemplates, MAIN_TEMPLATE } from '../../publish/templates.js';
import { daysBetween, parseDate } from '../../text/calendar.js';
import { issuerOn } from '../../plan/model.js';
import type { CheckedReport } from '../../report/model.js';
import { cycleDiagnostics, cyclePosition, submissionStatus, type CyclePosition, type SubmissionSummary } from '../../cycle/submissions.js';
import { buildSummary } from '../../cycle/summary.js';
import { dirName, displayPath, joinPath, resolvePath } from '../../io/paths.js';
import { compileJson, compileText, type CompileOutcome } from '../../present/compile-view.js';
import { documentNumber, summaryDocument } from '../../publish/summary-report.js';
import type { ResolvedSettings, SettingsOverrides } from '../../settings/validate.js';
import { writeFileAtomic } from '../../io/atomic-file.js';
import { givenOutputProblem, isInsideReally, outputDiagnostic, writeTarget } from '../../io/output.js';
import { createContext, EXIT, ExitError, requirePlan, type CliEnv, type Context } from '../context.js';
import { earlierReports, locateYearReports, shippedFile } from '../locations.js';
import { parseYearOption, requirePlanYear } from '../options.js';

const HELP = `
Đọc kế hoạch (plan/), báo cáo của các đơn vị (reports/<năm>/, hoặc --reports <thư mục>), các mẫu
và tệp thiết lập (templates/compile/, templates/settings/default.yaml và <năm>.yaml), rồi ghi
một tệp .docx (mặc định out/bao-cao-tong-hop-<năm>.docx; không bao giờ ghi vào thư mục báo cáo).
Reads the plan, the units' reports, the templates and settings, and writes one .docx.

Ví dụ / Examples:
  $ kt-bio compile --year 2024
  $ kt-bio compile --year 2025 --date 05/12/2025 --number 125 --signer-name "Nguyễn Văn An"
  $ kt-bio compile --year 2025 -o ~/bao-cao/2025.docx --strict --json

Mã thoát / Exit codes:
  0  đã ghi, mọi tệp báo cáo đều được tổng hợp / written, every report file compiled
  1  đã ghi, nhưng có tệp báo cáo lỗi hoặc mẫu trống bị bỏ qua (--strict: không ghi)
     written, but report files with errors or blank forms were left out (--strict: nothing written)
  2  lỗi sử dụng, dữ liệu kế hoạch, thiết lập hoặc mẫu lỗi, không ghi được tệp
     usage error, broken plan, settings or templates, cannot write the file
`;

interface CompileOptions {
  year: string;
  output?: string;
  templates?: string;
  number?: string;
  date?: string;
  signerName?: string;
  signerAuthority?: string[];
  strict?: boolean;
}

export function registerCompile(program: Command, env: CliEnv): void {
  program
    .command('compile')
    .description('Tổng hợp báo cáo năm thành tệp .docx / compile the year\'s summary report (.docx)')
    .requiredOption('--year <year>', 'năm báo cáo / the year reported on')
    .option('-o, --output <file>', 'tệp .docx sẽ ghi / the .docx to write (default: out/bao-cao-tong-hop-<year>.docx)')
    .option('--templates <dir>', 'thư mục mẫu (compile/, settings/) / templates folder (default: ./templates, else kt-bio\'s own)')
    .option('--number <number>', 'số văn bản (125 hoặc 125/BC-SKHCN) / document number')
    .option('--date <date>', 'ngày ban hành (mặc định: --today) / date of issue (default: --today)')
    .option('--signer-name <name>', 'họ tên người ký / the signer\'s name')
    .option('--signer-authority <line>', 'dòng thẩm quyền ký, lặp lại cho nhiều dòng / authority line, repeat for several', (v: string, all: string[] = []) => [...all, v])
    .option('--strict', 'có tệp báo cáo lỗi thì không ghi / write nothing when a report file has errors')
    .addHelpText('after', HELP)
    .action(async (opts: CompileOptions, cmd: Command) => {
      const ctx = createContext(cmd, env);
      const year = parseYearOption(opts.year, ctx.lang);
      const overrides = settingsOverrides(opts, ctx);
      const plan = await requirePlan(ctx);
      requirePlanYear(plan, year, ctx.lang);

      const templatesRoot = await templatesFolder(ctx, opts.templates);
      const settings = await requireSettings(ctx, joinPath(templatesRoot, 'settings'), year, overrides);
      const templates = await loadSummaryTemplates(joinPath(templatesRoot, 'compile'), env.cwd);
      if (!templates.ok) fail(ctx, templates.diagnostics);

      const date = settings.date ?? ctx.today;
      const issuer = issuerOn(plan, date);
      if (!issuer) fail(ctx, [diagnostic('plan-no-issuer', 'error', { date }, { file: displayPath(env.cwd, joinPath(ctx.planDir, 'issuers.yaml')) })]);
      const reports = await locateYearReports(ctx, year, cmd.getOptionValueSourceWithGlobals('reports') !== 'default');
      const output = await outputPath(ctx, year, opts.output, reports.path);

      const read = reports.path !== null ? await checkReportPaths([reports.path], { plan, today: ctx.today, cwd: env.cwd }) : { reports: [], skipped: [], diagnostics: [], notices: [] };
      if (read.diagnostics.length > 0) fail(ctx, read.diagnostics);
      // The document states its figures (days overdue) as of its own date, so that the same
      // inputs give the same document whatever day it is compiled on.
      const submissions = submissionStatus(plan, year, read.reports, date, await earlierReports(ctx, plan, year, reports));
      const withErrors = read.reports.filter((r) => hasErrors(r.diagnostics));
      // With no reports folder the summary says that no unit reported: worth a word in case the year is mistyped.
      const notice = reports.kind === 'none' ? [diagnostic('file-not-found', 'warning', { path: reports.yearFolder }, { file: reports.yearFolder })] : [];
      const findings = [...notice, ...read.notices, ...compileFindings(cyclePosition(plan, year, ctx.today), submissions, withErrors)];
      ctx.report(findings, new Map(read.reports.flatMap((r) => (r.text !== undefined ? [[r.file, r.text] as const] : []))));

      const summary = buildSummary(plan, submissions);
      const outcome: CompileOutcome = {
        year,
        path: null,
        sha256: null,
        bytes: null,
        date,
        number: documentNumber(settings, issuer.code),
        issuer: { parentAuthority: issuer.parentAuthority, issuingBody: issuer.issuingBody, place: issuer.place },
        counts: submissions.rates.overall,
        leftOut: summary.leftOut,
        filesWithErrors: withErrors.map((r) => r.file),
        findings,
      };
      if (opts.strict && withErrors.length > 0) {
        ctx.report([diagnostic('compile-not-written', 'error', { count: withErrors.length })]);
        ctx.out(ctx.json ? JSON.stringify(compileJson(outcome, ctx.lang), null, 2) : compileText(outcome, ctx.lang));
        throw new ExitError(EXIT.findings);
      }

      // Handlebars and the .docx writer are loaded only by this command.
      const [{ default: handlebars }, { renderDocx }] = await Promise.all([import('handlebars'), import('../../publish/docx/index.js')]);
      const document = summaryDocument({ handlebars, templates: templates.templates, plan, summary, settings, header: { date, issuer } });
      if (!document.ok) fail(ctx, document.diagnostics);
      let bytes: Uint8Array;
      try {
        bytes = await renderDocx(document.document);
      } catch (e) {
        // The renderer refuses what it cannot lay out (an unknown layout directive in a template).
        fail(ctx, [diagnostic('compile-template-error', 'error', { template: templates.templates.main.file, detail: e instanceof Error ? e.message : String(e) }, { file: templates.templates.main.file })]);
      }
      const shown = displayPath(env.cwd, output);
      // Through a link only when -o names that link; never over a FIFO, a device or a folder.
      const target = await writeTarget(output, opts.output !== undefined && output === resolvePath(env.cwd, opts.output));
      if (!target.ok) fail(ctx, [outputDiagnostic(target.problem, shown, (p) => displayPath(env.cwd, p))]);
      try {
        await writeFileAtomic(target.path, bytes);
      } catch (e) {
        fail(ctx, [diagnostic('compile-write-failed', 'error', { output: shown, reason: (e as NodeJS.ErrnoException).code ?? String(e) }, { file: shown })]);
      }

      Object.assign(outcome, { path: shown, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
      ctx.out(ctx.json ? JSON.stringify(compileJson(outcome, ctx.lang), null, 2) : compileText(outcome, ctx.lang));
      if (withErrors.length > 0) throw new ExitError(EXIT.findings);
    });
}

function fail(ctx: Context, ds: readonly Diagnostic[]): never {
  ctx.report(ds);
  throw new ExitError(EXIT.usage);
}

function settingsOverrides(opts: CompileOptions, ctx: Context): SettingsOverrides {
  const vi = ctx.lang === 'vi';
  const o: SettingsOverrides = {};
  if (opts.number !== undefined) {
    const n = opts.number.trim();
    if (n === '') throw new ExitError(EXIT.usage, vi ? '--number: chưa ghi số' : '--number: no number given');
    o.number = /^\d+$/.test(n) ? Number(n) : n;
  }
  if (opts.date !== undefined) {
    const d = parseDate(opts.date);
    if (!d.ok) throw new ExitError(EXIT.usage, vi ? `--date: "${opts.date}" không phải ngày hợp lệ (ví dụ 05/12/2025)` : `--date: "${opts.date}" is not a valid date (e.g. 05/12/2025)`);
    o.date = d.date;
  }
  if (opts.signerName !== undefined) o.signerName = opts.signerName;
  if (opts.signerAuthority !== undefined) o.signerAuthority = opts.signerAuthority;
  return o;
}

async function requireSettings(ctx: Context, folder: string, year: number, overrides: SettingsOverrides): Promise<ResolvedSettings> {
  const loaded = await loadSettings(folder, year, overrides, ctx.env.cwd);
  if (!loaded.ok) {
    ctx.report(loaded.diagnostics, loaded.sources);
    throw new ExitError(EXIT.usage);
  }
  return loaded.settings;
}

/** --templates, else the department's templates/ in the working folder, else kt-bio's own. */
async function templatesFolder(ctx: Context, given: string | undefined): Promise<string> {
  if (given !== undefined) return resolvePath(ctx.env.cwd, given);
  const local = resolvePath(ctx.env.cwd, 'templates');
  if (await isFolder(joinPath(local, 'compile'))) return local;
  const shipped = await shippedFile(joinPath('templates', 'compile', MAIN_TEMPLATE));
  return shipped !== undefined ? dirName(dirName(shipped)) : local;
}

/** -o, or out/bao-cao-tong-hop-<year>.docx; a folder gets that name inside it. Never among the reports. */
async function outputPath(ctx: Context, year: number, given: string | undefined, reportsFolder: string | null): Promise<string> {
  const name = `bao-cao-tong-hop-${year}.docx`;
  const refused = given !== undefined ? givenOutputProblem(given, ctx.env.cwd) : undefined;
  if (refused) fail(ctx, [outputDiagnostic(refused, displayPath(ctx.env.cwd, resolvePath(ctx.env.cwd, given!)), (p) => p)]);
  let output = resolvePath(ctx.env.cwd, given ?? joinPath('out', name));
  if (given !== undefined && (/[\\/]$/.test(given) || (await isFolder(output)))) output = joinPath(output, name);
  for (const folder of [ctx.reportsDir, reportsFolder]) {
    if (folder !== null && (await isInsideReally(folder, output))) {
      fail(ctx, [diagnostic('compile-output-in-reports', 'error', { output: displayPath(ctx.env.cwd, output), reports: displayPath(ctx.env.cwd, folder), year })]);
    }
  }
  return output;
}

/**
 * What the terminal shows: the compile date against the deadlines, the first error of every file
 * left out, and the notices of `check` that the document itself does not explain (files of no
 * unit, groups with no members yet).
 */
function compileFindings(cycle: CyclePosition, submissions: SubmissionSummary, withErrors: readonly CheckedReport[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { today, unitDeadline, provincialDeadline } = cycle;
  const year = submissions.year;
  const overall = submissions.rates.overall;
  // On the deadline day itself units may still send their reports.
  if (today <= unitDeadline.date) {
    out.push(diagnostic('compile-before-deadline', 'warning', { year, deadline: unitDeadline.date, today, reported: overall.reported, expected: overall.expected }));
  } else if (today > provincialDeadline.date) {
    out.push(diagnostic('compile-after-deadline', 'warning', { year, deadline: provincialDeadline.date, days: daysBetween(provincialDeadline.date, today) }));
  }
  for (const r of withErrors) {
    const first = [...r.diagnostics].filter((d) => d.severity === 'error').sort((a, b) => (a.range?.start.line ?? 0) - (b.range?.start.line ?? 0))[0];
    if (first) out.push(first);
  }
  const erroneous = new Set(withErrors.map((r) => r.file));
  for (const d of cycleDiagnostics(submissions)) {
    if (d.code === 'cycle-empty-group' || (d.code === 'cycle-stray-file' && !erroneous.has(d.file ?? ''))) out.push(d);
  }
  return out;
}
