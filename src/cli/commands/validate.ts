// kt-bio validate: check unit reports against the format and the plan, and say how to fix them.
import type { Command } from 'commander';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { checkReportPaths } from '../../report/load.js';
import { fileStatus, validationJson, validationText } from '../../present/validation.js';
import { createContext, EXIT, ExitError, requirePlan, type CliEnv } from '../context.js';

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** Findings that say a path could not be read at all: a usage or I/O error, not a bad report. */
const READ_FAILURES: ReadonlySet<string> = new Set(['file-not-found', 'file-unreadable', 'folder-unreadable']);
const isReadFailure = (d: Diagnostic): boolean => READ_FAILURES.has(d.code);

const HELP = `
Ví dụ / Examples:
  $ kt-bio validate reports/2025/so-yte.yaml       một báo cáo / one report
  $ kt-bio validate reports/2025/                  mọi tệp .yaml/.yml trong thư mục / every report in a folder
  $ kt-bio validate reports/2025/ --format json    kết quả dạng JSON / machine-readable
  $ kt-bio validate bao-cao.yaml --lang en         thông báo tiếng Anh / messages in English

Mã thoát / Exit codes:
  0  không có lỗi (có thể có cảnh báo) / no errors (warnings allowed)
  1  có báo cáo lỗi hoặc chưa điền / a report has errors or is still blank
  2  lỗi sử dụng hoặc không đọc được tệp, thư mục / usage error, or a path that cannot be read
`;

export function registerValidate(program: Command, env: CliEnv): void {
  program
    .command('validate')
    .description('Kiểm tra báo cáo của đơn vị và chỉ cách sửa / check unit reports and say how to fix them')
    .argument('<paths...>', 'tệp báo cáo hoặc thư mục / report files or folders')
    .option('--format <format>', 'text | json (--json = --format json)', 'text')
    .addHelpText('after', HELP)
    .action(async (paths: string[], opts: { format: string }, cmd: Command) => {
      const base = createContext(cmd, env);
      if (!(FORMATS as readonly string[]).includes(opts.format)) {
        throw new ExitError(EXIT.usage, base.lang === 'vi' ? `--format: "${opts.format}" không hợp lệ (text | json)` : `--format: "${opts.format}" is not a format (text | json)`);
      }
      const format: Format = base.json ? 'json' : (opts.format as Format);
      const ctx = { ...base, json: format === 'json' };
      const plan = await requirePlan(ctx);

      const checked = await checkReportPaths(paths, { plan, today: ctx.today, cwd: env.cwd });
      const outcome = { reports: checked.reports, skipped: checked.skipped, pathDiagnostics: checked.diagnostics };
      ctx.out(format === 'json' ? validationJson(outcome, ctx.lang) : validationText(outcome, { lang: ctx.lang, color: ctx.color }));

      const unreadable = checked.diagnostics.length > 0 || checked.reports.some((r) => r.diagnostics.some(isReadFailure));
      if (unreadable) throw new ExitError(EXIT.usage);
      if (checked.reports.some((r) => fileStatus(r) !== 'ok')) throw new ExitError(EXIT.findings);
    });
}
