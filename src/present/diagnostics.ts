// Formatters for diagnostics: pure functions from findings to text.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { localize, type Lang } from '../messages/catalogue.js';
import { VALIDATE_WORDS } from '../messages/validate.js';

export interface TextFormatOptions {
  lang: Lang;
  color: boolean;
  /** Source text by file, to quote the offending line. */
  sources?: ReadonlyMap<string, string>;
}

export function colors(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}

/** Compiler-style: "file:line:col severity [code] message", the line, a caret, the fix. */
export function formatDiagnosticText(d: Diagnostic, opts: TextFormatOptions): string {
  const c = colors(opts.color);
  const { message, hint } = localize(d, opts.lang);
  const where = [d.file, d.range?.start.line, d.range?.start.column].filter((x) => x !== undefined).join(':');
  const words = VALIDATE_WORDS[opts.lang];
  const sev = words.severity[d.severity];
  const sevColored = d.severity === 'error' ? c.red.bold(sev) : d.severity === 'warning' ? c.yellow.bold(sev) : c.cyan(sev);
  const lines = [`${where ? c.bold(where) + ': ' : ''}${sevColored} ${c.dim(`[${d.code}]`)} ${message}`];
  const text = d.file !== undefined ? opts.sources?.get(d.file) : undefined;
  if (text !== undefined && d.range) {
    const lineText = text.split('\n')[d.range.start.line - 1];
    if (lineText !== undefined) {
      const num = String(d.range.start.line);
      const gutter = ' '.repeat(num.length);
      const width = d.range.end.line === d.range.start.line ? Math.max(1, d.range.end.column - d.range.start.column) : Math.max(1, lineText.length - d.range.start.column + 1);
      const shown = clipAround(lineText, d.range.start.column - 1, width);
      lines.push(`  ${c.dim(num + ' |')} ${shown.text.replace(/\t/g, '→')}`);
      lines.push(`  ${c.dim(gutter + ' |')} ${' '.repeat(shown.caret)}${c.red('^'.repeat(shown.width))}`);
    }
  }
  if (hint) lines.push(`  ${c.green(`${words.hint}:`)} ${hint}`);
  return lines.join('\n');
}

/** A line longer than a terminal shows is quoted around the caret, cut with "…". */
const MAX_QUOTED_CHARS = 100;
const CONTEXT_BEFORE_CARET = 30;

function clipAround(line: string, caret: number, width: number): { text: string; caret: number; width: number } {
  if (line.length <= MAX_QUOTED_CHARS) return { text: line, caret, width };
  const start = caret <= CONTEXT_BEFORE_CARET ? 0 : caret - CONTEXT_BEFORE_CARET;
  const end = Math.min(line.length, start + MAX_QUOTED_CHARS);
  const before = start > 0 ? '…' : '';
  const after = end < line.length ? '…' : '';
  return { text: before + line.slice(start, end) + after, caret: caret - start + before.length, width: Math.max(1, Math.min(width, end - caret)) };
}

export function formatDiagnosticsText(ds: readonly Diagnostic[], opts: TextFormatOptions): string {
  return ds.map((d) => formatDiagnosticText(d, opts)).join('\n\n');
}

/** One JSON object per diagnostic, with the message in the chosen language. */
export function diagnosticToJson(d: Diagnostic, lang: Lang): Record<string, unknown> {
  const { message, hint } = localize(d, lang);
  return {
    code: d.code,
    severity: d.severity,
    file: d.file ?? null,
    line: d.range?.start.line ?? null,
    column: d.range?.start.column ?? null,
    endLine: d.range?.end.line ?? null,
    endColumn: d.range?.end.column ?? null,
    path: d.path ?? null,
    message,
    hint: hint ?? null,
    args: d.args,
  };
}
