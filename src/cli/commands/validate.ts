// kt-bio validate: check unit reports against the format and the plan, and say how to fix them.
import { Option, type Command } from 'commander';
import { sortDiagnostics, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { checkReportPaths } from '../../report/load.js';
import { fileStatus, validationResult, validationText } from '../../present/validation.js';
import { createContext, EXIT, requirePlan } from '../context.js';
import { commandOf, type CommandSetup } from '../setup.js';

/** Findings that say a path could not be read at all: a usage or I/O error, not a bad report. */
const READ_FAILURES: ReadonlySet<string> = new Set(['file-not-found', 'file-unreadable', 'folder-unreadable']);
const isReadFailure = (d: Diagnostic): boolean => READ_FAILURES.has(d.code);

export function registerValidate(setup: CommandSetup): void {
  const { env, texts, finish } = setup;
  const t = texts.validate;
  commandOf(setup, 'validate')
    .argument('<paths...>', t.paths)
    .addOption(new Option('--format <format>', t.format).choices(['text', 'json']))
    .action(async (paths: string[], _opts: { format?: 'text' | 'json' }, cmd: Command) => {
      const ctx = createContext(cmd, env);
      const plan = await requirePlan(ctx);

      const checked = await checkReportPaths(paths, { plan, today: ctx.today, cwd: env.cwd, options: ctx.planOption });
      const outcome = { reports: checked.reports, skipped: checked.skipped, pathDiagnostics: checked.diagnostics };
      const unreadable = checked.diagnostics.length > 0 || checked.reports.some((r) => r.diagnostics.some(isReadFailure));
      const exitCode = unreadable ? EXIT.usage : checked.reports.some((r) => fileStatus(r) !== 'ok') ? EXIT.findings : EXIT.ok;
      finish({
        command: 'validate',
        exitCode,
        result: validationResult(outcome),
        diagnostics: [...ctx.notes, ...sortDiagnostics([...checked.diagnostics, ...checked.reports.flatMap((r) => r.diagnostics)])],
        text: validationText(outcome, { lang: ctx.lang, color: ctx.color }),
        textOmits: ctx.notes,
      });
    });
}
