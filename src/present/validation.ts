// The outcome of `kt-bio validate` as text (compiler style, then a summary) or as JSON: pure
// functions from checked reports to a string.
import type { Lang } from '../messages/catalogue.js';
import { VALIDATE_WORDS } from '../messages/validate.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { CheckedReport } from '../report/model.js';
import { colors, formatDiagnosticsText } from './diagnostics.js';

/** ok: no errors (warnings allowed); blank: still the form; invalid: has errors. */
export type FileStatus = 'ok' | 'blank' | 'invalid';

export function fileStatus(r: CheckedReport): FileStatus {
  if (r.blank) return 'blank';
  return hasErrors(r.diagnostics) ? 'invalid' : 'ok';
}

export interface ValidationOutcome {
  reports: readonly CheckedReport[];
  skipped: readonly string[];
  /** Problems with the paths themselves (missing, unreadable folder). */
  pathDiagnostics: readonly Diagnostic[];
}

export interface ValidationSummary {
  files: number;
  valid: number;
  blank: number;
  invalid: number;
  errors: number;
  warnings: number;
  skipped: number;
}

export function summarize(o: ValidationOutcome): ValidationSummary {
  const all = [...o.pathDiagnostics, ...o.reports.flatMap((r) => r.diagnostics)];
  const statuses = o.reports.map(fileStatus);
  return {
    files: o.reports.length,
    valid: statuses.filter((s) => s === 'ok').length,
    blank: statuses.filter((s) => s === 'blank').length,
    invalid: statuses.filter((s) => s === 'invalid').length,
    errors: all.filter((d) => d.severity === 'error').length,
    warnings: all.filter((d) => d.severity === 'warning').length,
    skipped: o.skipped.length,
  };
}

const MAX_FILES_LISTED = 100;

export function validationText(o: ValidationOutcome, opts: { lang: Lang; color: boolean }): string {
  const c = colors(opts.color);
  const w = VALIDATE_WORDS[opts.lang];
  const sources = new Map(o.reports.filter((r) => r.text !== undefined).map((r) => [r.file, r.text!]));
  const findings = sortDiagnostics([...o.pathDiagnostics, ...o.reports.flatMap((r) => r.diagnostics)]);
  const blocks: string[] = [];
  if (findings.length > 0) blocks.push(formatDiagnosticsText(findings, { lang: opts.lang, color: opts.color, sources }));
  if (o.reports.length > 1) {
    const paint = { ok: c.green, blank: c.yellow, invalid: c.red } as const;
    const width = Math.max(...Object.values(w.status).map((s) => s.length));
    // A year's thirty files are listed one by one; in a folder of thousands only those to act on.
    const listed = o.reports.length <= MAX_FILES_LISTED ? o.reports : o.reports.filter((r) => fileStatus(r) !== 'ok');
    if (listed.length > 0) blocks.push(listed.map((r) => `  ${paint[fileStatus(r)](w.status[fileStatus(r)].padEnd(width))}  ${r.file}`).join('\n'));
  }
  const s = summarize(o);
  const tail = [c.bold(w.summary(s))];
  if (o.skipped.length > 0) tail.push(`${w.skipped(o.skipped.length)}\n${o.skipped.map((p) => `  ${p}`).join('\n')}`);
  blocks.push(tail.join('\n'));
  return blocks.join('\n\n') + '\n';
}

/**
 * The result of `kt-bio validate` for scripts (inside the JSON envelope, whose `diagnostics` hold
 * every finding): { summary, files: [{file, status, agency, year, submitted, errors, warnings}],
 * skipped: [path] }.
 */
export function validationResult(o: ValidationOutcome): Record<string, unknown> {
  return {
    summary: summarize(o),
    files: o.reports.map((r) => ({
      file: r.file,
      status: fileStatus(r),
      agency: r.claimed.agency ?? null,
      year: r.claimed.year ?? null,
      submitted: r.claimed.submitted ?? null,
      errors: r.diagnostics.filter((d) => d.severity === 'error').length,
      warnings: r.diagnostics.filter((d) => d.severity === 'warning').length,
    })),
    skipped: o.skipped,
  };
}
