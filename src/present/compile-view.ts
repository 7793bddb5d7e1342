// What `kt-bio compile` prints when it is done: where the document went and what it holds, as
// text (vi / en) or JSON for scripts.
import type { Lang } from '../messages/catalogue.js';
import { COMPILE_WORDS } from '../messages/compile.js';
import type { IsoDate } from '../text/calendar.js';
import type { ReportingCounts } from '../cycle/submissions.js';
import type { LeftOutFile } from '../cycle/summary.js';

export interface CompileOutcome {
  year: number;
  /** The reporting period compiled (--period), by the plan's name for it; absent for the yearly report. */
  period?: string;
  /** As shown to the user; null when nothing was written (--strict). */
  path: string | null;
  sha256: string | null;
  bytes: number | null;
  date: IsoDate;
  number: string;
  /** Lacks what a signed document needs (the signer's name): the name line is left blank. */
  draft: boolean;
  issuer: { parentAuthority: string; issuingBody: string; place: string };
  counts: ReportingCounts;
  leftOut: LeftOutFile[];
  /** Files with errors (invalid or blank forms), left out of the summary. */
  filesWithErrors: string[];
  /** The options the user gave that a printed command needs (` --plan <folder>`), or ''. */
  options?: string;
}

export function compileText(o: CompileOutcome, lang: Lang): string {
  const l = COMPILE_WORDS[lang];
  const lines = o.path !== null ? [l.written(o), l.heading(o), l.counts(o.counts)] : [l.notWritten, l.counts(o.counts)];
  if (o.filesWithErrors.length > 0) lines.push(l.errors(o.filesWithErrors.length, o.options ?? ''));
  return lines.join('\n');
}

/** The result of `kt-bio compile` for scripts (inside the JSON envelope, which holds the findings). */
export function compileResult(o: CompileOutcome): Record<string, unknown> {
  return {
    written: o.path !== null,
    path: o.path,
    sha256: o.sha256,
    bytes: o.bytes,
    year: o.year,
    date: o.date,
    number: o.number,
    draft: o.draft,
    issuer: o.issuer,
    counts: o.counts,
    leftOut: o.leftOut.map((f) => ({ file: f.file, reason: f.reason, unit: f.unit?.unitId ?? f.agency })),
    filesWithErrors: o.filesWithErrors,
  };
}
