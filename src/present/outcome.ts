// One output contract for every command: a command returns an Outcome (its result value, the
// findings, the exit code); a formatter from the registry turns it into what stdout and stderr
// receive. With --json, stdout is always one JSON object, the envelope, whatever the exit code:
//
//   { "ok": exitCode === 0, "command": "check", "exitCode": 1, "result": {...} | null,
//     "diagnostics": [ { code, severity, file, line, column, ..., message, hint, args } ] }
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../messages/catalogue.js';
import { diagnosticToJson, formatDiagnosticsText } from './diagnostics.js';

export type ExitCode = 0 | 1 | 2;
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const satisfies Record<string, ExitCode>;

export interface Outcome {
  /** The command's name ("check"), or null when no command was reached (a usage error). */
  command: string | null;
  exitCode: ExitCode;
  /** The command's result value (JSON-ready), or null when it stopped before one. */
  result: unknown;
  diagnostics: readonly Diagnostic[];
  /** What a person reads on stdout; the findings it does not show itself go to stderr. */
  text?: string;
  /** The diagnostics `text` does not show itself, for stderr (default: all of them). */
  textOmits?: readonly Diagnostic[];
  /** Source texts by file, to quote the lines diagnostics point at. */
  sources?: ReadonlyMap<string, string>;
  /** A line after the diagnostics on stderr (the pointer to --help after a usage error). */
  after?: string;
}

export interface FormatOptions {
  lang: Lang;
  color: boolean;
}

export interface Written {
  stdout: string;
  stderr: string;
}

export type Format = 'text' | 'json';

const withNewline = (s: string): string => (s === '' || s.endsWith('\n') ? s : s + '\n');

/** The JSON envelope of an outcome. */
export function envelope(o: Outcome, lang: Lang): Record<string, unknown> {
  return {
    ok: o.exitCode === EXIT.ok,
    command: o.command,
    exitCode: o.exitCode,
    result: o.result ?? null,
    diagnostics: o.diagnostics.map((d) => diagnosticToJson(d, lang)),
  };
}

export const FORMATTERS: Record<Format, (o: Outcome, opts: FormatOptions) => Written> = {
  text: (o, opts) => {
    const shown = o.textOmits ?? o.diagnostics;
    const parts: string[] = [];
    if (shown.length > 0) parts.push(formatDiagnosticsText(shown, { lang: opts.lang, color: opts.color, ...(o.sources ? { sources: o.sources } : {}) }) + '\n');
    if (o.after !== undefined) parts.push(o.after);
    return { stdout: withNewline(o.text ?? ''), stderr: parts.map(withNewline).join('') };
  },
  json: (o, opts) => ({ stdout: JSON.stringify(envelope(o, opts.lang), null, 2) + '\n', stderr: '' }),
};
