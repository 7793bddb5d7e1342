// kt-bio template: the blank report form of a unit (or of every unit expected in a year), listing
// the tasks the plan gives it, for its clerk to fill in.
import type { Command } from 'commander';
import { access, writeFile } from 'node:fs/promises';
import { isFolder } from '../../io/files.js';
import { readTextFile } from '../../text/read.js';
import { expectedReporters, type ExpectedReporter } from '../../plan/model.js';
import { dirName, displayPath, isInside, joinPath, resolvePath } from '../../io/paths.js';
import { compileForm, formContext, noFormText, reporterFor } from '../../publish/report-form.js';
import { closest } from '../../diagnostics/suggest.js';
import { ensureFolder } from '../../io/folders.js';
import { writeFileAtomic } from '../../io/atomic-file.js';
import { givenOutputProblem, isInsideReally, outputDiagnostic, writeTarget } from '../../io/output.js';
import { shippedFile } from '../locations.js';
import { createContext, EXIT, ExitError, requirePlan, type CliEnv, type Context } from '../context.js';
import { parseYearOption, requirePlanYear } from '../options.js';

/** The department's own wording wins: templates/ in the working folder, else kt-bio's. */
export const FORM_TEMPLATE = 'templates/report-form.yaml.hbs';

const HELP = `
Ví dụ / Examples:
  $ kt-bio template so-yte --year 2025                     in ra màn hình / to standard output
  $ kt-bio template so-yte --year 2025 -o mau-so-yte.yaml  ghi vào tệp / to a file
  $ kt-bio template --all --year 2025 -o mau-bao-cao/      mỗi đơn vị một tệp / one file per unit

Mẫu không bao giờ được ghi vào thư mục báo cáo (--reports) trừ khi có --into-reports: một mẫu
chưa điền nằm ở đó bị tính là "gửi mẫu trống". Tệp đã có chỉ bị ghi đè khi có --force.
Forms are never written into the reports folder unless --into-reports is given (a form there
counts as a blank report); existing files are overwritten only with --force.

Mã thoát / Exit codes:
  0  đã ghi mọi mẫu / every form written
  1  --all: có tệp đã tồn tại nên được giữ nguyên, các mẫu khác đã ghi / some files existed and were kept, the others written
  2  lỗi sử dụng: đơn vị không có hoặc không phải báo cáo năm đó, tệp đã có (một đơn vị), không ghi được
     usage error: unknown unit or not expected that year, existing file (one unit), cannot write
`;

interface TemplateOptions {
  year: string;
  all?: boolean;
  output?: string;
  force?: boolean;
  intoReports?: boolean;
  form?: string;
}

const M = {
  vi: {
    unitOrAll: 'Cần ghi mã đơn vị (ví dụ: kt-bio template so-yte --year 2025) hoặc --all.',
    notBoth: 'Ghi mã đơn vị hoặc --all, không ghi cả hai.',
    allNeedsDir: '--all cần -o <thư mục> để ghi mỗi đơn vị một tệp.',
    intoReports: (target: string, reports: string) =>
      `Không ghi mẫu vào thư mục báo cáo ${reports} (${target}): mẫu chưa điền nằm ở đó sẽ bị tính là "gửi mẫu trống". Chọn nơi khác với -o, hoặc thêm --into-reports nếu thật sự muốn.`,
    escapes: (id: string, dir: string) => `Mã đơn vị "${id}" tạo ra đường dẫn nằm ngoài thư mục ${dir}; không ghi.`,
    exists: (file: string) => `Tệp ${file} đã có; không ghi đè. Thêm --force để ghi đè, hoặc chọn tên khác với -o.`,
    written: (file: string, unit: string, tasks: number) => `Đã ghi ${file} — ${unit}, ${tasks} nhiệm vụ.`,
    kept: (file: string) => `Giữ nguyên ${file} (tệp đã có; thêm --force để ghi đè).`,
    template: (file: string, why: string) => `Mẫu ${file} có lỗi: ${why}`,
    noReporters: (year: number) => `Năm ${year} không có đơn vị nào phải báo cáo.`,
    cannotWrite: (file: string, why: string) => `Không ghi được ${file} (${why}).`,
  },
  en: {
    unitOrAll: 'Give a unit id (e.g. kt-bio template so-yte --year 2025) or --all.',
    notBoth: 'Give a unit id or --all, not both.',
    allNeedsDir: '--all needs -o <folder>, to write one file per unit.',
    intoReports: (target: string, reports: string) =>
      `Not writing a form into the reports folder ${reports} (${target}): an unfilled form there counts as a blank report. Choose another place with -o, or add --into-reports if you really mean it.`,
    escapes: (id: string, dir: string) => `The unit id "${id}" leads outside the folder ${dir}; nothing written.`,
    exists: (file: string) => `${file} exists; not overwritten. Add --force to overwrite it, or choose another name with -o.`,
    written: (file: string, unit: string, tasks: number) => `Wrote ${file} — ${unit}, ${tasks} task(s).`,
    kept: (file: string) => `Kept ${file} (it exists; add --force to overwrite).`,
    template: (file: string, why: string) => `The form template ${file} is broken: ${why}`,
    noReporters: (year: number) => `No unit is expected to report for ${year}.`,
    cannotWrite: (file: string, why: string) => `Cannot write ${file} (${why}).`,
  },
};

export function registerTemplate(program: Command, env: CliEnv): void {
  program
    .command('template')
    .description('Tạo mẫu báo cáo cho đơn vị / write a blank report form for a unit')
    .argument('[unit-id]', 'mã đơn vị, xem "kt-bio plan" / the unit id')
    .requiredOption('--year <year>', 'năm báo cáo / the year reported on')
    .option('--all', 'mọi đơn vị phải báo cáo năm đó / every unit expected to report that year')
    .option('-o, --output <file|dir>', 'tệp hoặc thư mục để ghi (mặc định: màn hình) / file or folder to write (default: standard output)')
    .option('--force', 'ghi đè tệp đã có / overwrite existing files')
    .option('--into-reports', 'cho phép ghi vào thư mục báo cáo (mặc định reports/<năm>/) / allow writing into the reports folder (default reports/<year>/)')
    .option('--form <file>', `mẫu Handlebars (mặc định: ${FORM_TEMPLATE}) / the Handlebars form template`)
    .addHelpText('after', HELP)
    .action(async (unitId: string | undefined, opts: TemplateOptions, cmd: Command) => {
      const ctx = createContext(cmd, env);
      const m = M[ctx.lang];
      const year = parseYearOption(opts.year, ctx.lang);
      if (unitId === undefined && !opts.all) throw new ExitError(EXIT.usage, m.unitOrAll);
      if (unitId !== undefined && opts.all) throw new ExitError(EXIT.usage, m.notBoth);
      if (opts.all && opts.output === undefined && !opts.intoReports) throw new ExitError(EXIT.usage, m.allNeedsDir);
      const plan = await requirePlan(ctx);
      requirePlanYear(plan, year, ctx.lang);

      const expected = expectedReporters(plan, year);
      const reporters = opts.all ? expected.reporters : [oneReporter(ctx, plan, unitId!, year)];
      if (reporters.length === 0) throw new ExitError(EXIT.usage, m.noReporters(year));
      const render = await loadForm(ctx, opts.form);
      const forms = reporters.map((r) => ({ reporter: r, text: render(formContext(plan, r, year, expected.deadline)) }));

      const target = outputTarget(ctx, opts, year);
      if (target === undefined) return void env.stdout.write(forms[0]!.text);
      const kept = await writeForms(ctx, forms, target, { force: opts.force === true, keepExisting: opts.all === true, intoReports: opts.intoReports === true });
      if (kept > 0) throw new ExitError(EXIT.findings);
    });
}

function oneReporter(ctx: Context, plan: Parameters<typeof reporterFor>[0], unitId: string, year: number): ExpectedReporter {
  const found = reporterFor(plan, unitId, year);
  if ('reporter' in found) return found.reporter;
  const suggestion = found.reason.kind === 'unknown' ? closest(unitId, [...plan.units.keys()]) : undefined;
  throw new ExitError(EXIT.usage, noFormText(plan, unitId, year, found.reason, ctx.lang, suggestion));
}

/** The form template as a render function; Handlebars is loaded only by this command. */
async function loadForm(ctx: Context, given: string | undefined) {
  const m = M[ctx.lang];
  const path = given !== undefined ? resolvePath(ctx.env.cwd, given) : await defaultFormTemplate(ctx.env.cwd);
  const shown = displayPath(ctx.env.cwd, path);
  const read = readTextFile(path, shown);
  if (!read.ok) {
    ctx.report([read.diagnostic]);
    throw new ExitError(EXIT.usage);
  }
  const { default: handlebars } = await import('handlebars');
  try {
    const render = compileForm(handlebars, read.text);
    return (context: Parameters<typeof render>[0]) => {
      try {
        return render(context);
      } catch (e) {
        throw new ExitError(EXIT.usage, m.template(shown, e instanceof Error ? e.message : String(e)));
      }
    };
  } catch (e) {
    throw new ExitError(EXIT.usage, m.template(shown, e instanceof Error ? e.message : String(e)));
  }
}

async function defaultFormTemplate(cwd: string): Promise<string> {
  const local = resolvePath(cwd, FORM_TEMPLATE);
  if (!(await isFolder(local)) && (await readable(local))) return local;
  return (await shippedFile(FORM_TEMPLATE)) ?? local;
}

async function readable(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

type Target = { kind: 'file'; path: string } | { kind: 'folder'; path: string };

/** Where the forms go: standard output (undefined), one file, or one file per unit in a folder. */
function outputTarget(ctx: Context, opts: TemplateOptions, year: number): Target | undefined {
  if (opts.output === undefined) return opts.intoReports ? { kind: 'folder', path: joinPath(ctx.reportsDir, String(year)) } : undefined;
  const refused = givenOutputProblem(opts.output, ctx.env.cwd);
  if (refused) {
    ctx.report([outputDiagnostic(refused, displayPath(ctx.env.cwd, resolvePath(ctx.env.cwd, opts.output)), (p) => p)]);
    throw new ExitError(EXIT.usage);
  }
  const path = resolvePath(ctx.env.cwd, opts.output);
  if (opts.all || /[\\/]$/.test(opts.output)) return { kind: 'folder', path };
  return { kind: 'file', path };
}

/** `<folder>/<unit-id>.yaml`, or undefined when the id would lead anywhere but directly into the folder. */
export function formPath(folder: string, unitId: string): string | undefined {
  const path = resolvePath(folder, `${unitId}.yaml`);
  return isInside(folder, path) && dirName(path) === resolvePath(folder, '.') ? path : undefined;
}

interface WriteRules {
  /** Overwrite existing files. */
  force: boolean;
  /** Several forms: an existing file is kept and reported, the others are still written. */
  keepExisting: boolean;
  /** The reports folder may be written into. */
  intoReports: boolean;
}

/** Writes every form; returns how many were kept because the file existed. */
async function writeForms(ctx: Context, forms: { reporter: ExpectedReporter; text: string }[], target: Target, rules: WriteRules): Promise<number> {
  const m = M[ctx.lang];
  const cwd = ctx.env.cwd;
  const folder = target.kind === 'folder' || (await isFolder(target.path));
  const planned = forms.map((f) => {
    if (!folder) return { ...f, path: target.path };
    const path = formPath(target.path, f.reporter.unitId);
    if (path === undefined) throw new ExitError(EXIT.usage, m.escapes(f.reporter.unitId, displayPath(cwd, target.path)));
    return { ...f, path };
  });
  // Real paths: a link to the reports folder is the reports folder.
  const inside = await Promise.all(planned.map((f) => isInsideReally(ctx.reportsDir, f.path)));
  const intoReports = planned.find((_, i) => inside[i]);
  if (intoReports && !rules.intoReports) throw new ExitError(EXIT.usage, m.intoReports(displayPath(cwd, intoReports.path), displayPath(cwd, ctx.reportsDir)));

  let kept = 0;
  for (const f of planned) {
    const shown = displayPath(cwd, f.path);
    // Through a link only when -o names it; never over a FIFO, a device or a folder.
    const where = await writeTarget(f.path, !folder);
    if (!where.ok) {
      ctx.report([outputDiagnostic(where.problem, shown, (p) => displayPath(cwd, p))]);
      if (where.problem.kind === 'link' && rules.keepExisting) {
        kept++;
        continue;
      }
      throw new ExitError(EXIT.usage);
    }
    try {
      await ensureFolder(dirName(where.path));
      // "wx" fails when the file exists, so a form never replaces a file written meanwhile;
      // with --force the form replaces it in one step, as compile does.
      if (rules.force) await writeFileAtomic(where.path, new TextEncoder().encode(f.text));
      else await writeFile(where.path, f.text, { encoding: 'utf8', flag: 'wx' });
      ctx.out(m.written(shown, f.reporter.name, f.reporter.tasks.length));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && rules.keepExisting) {
        kept++;
        ctx.err(m.kept(shown));
      } else if (code === 'EEXIST') {
        throw new ExitError(EXIT.usage, m.exists(shown));
      } else {
        throw new ExitError(EXIT.usage, m.cannotWrite(shown, code ?? String(e)));
      }
    }
  }
  return kept;
}
