// Reading unit reports from disk: the thin I/O wrapper around validate/report. A path may name a
// file or a folder (every .yaml/.yml directly inside it); one bad file never stops the others.
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { IsoDate } from '../text/calendar.js';
import type { PlanModel } from '../plan/model.js';
import type { CheckedReport } from './model.js';
import { displayPath, parentFolderName, resolvePath } from '../io/paths.js';
import { validateReport } from './validate.js';
import { listYamlFiles, pathKind, type ListingNote } from '../io/files.js';
import { readTextFile } from '../text/read.js';
import { parseYaml } from '../yaml/read.js';

export interface ReportReadContext {
  plan: PlanModel;
  /** The date "not after today" is judged against (Vietnam's date, or --today). */
  today: IsoDate;
  /** Relative paths are resolved, and paths shown, from here. */
  cwd: string;
  /** The options the user gave that a command printed in a hint needs (` --plan <folder>`), or none. */
  options?: string;
}

export interface CheckedReportPaths {
  /** One per file, in the order the paths were given (a folder's files by name). */
  reports: CheckedReport[];
  /** Entries of the folders that are not .yaml/.yml files, as shown to the user. */
  skipped: string[];
  /** Paths that could not be used at all: missing, or a folder that cannot be listed. */
  diagnostics: Diagnostic[];
  /**
   * What the folder listing noticed about files it still read (a link leading out of the folder,
   * a report saved as .yaml.txt): warnings, also among the diagnostics of their reports.
   */
  notices: Diagnostic[];
}

/**
 * Reads and checks one report. Never throws: every problem is a diagnostic of the result, and
 * a failure of kt-bio itself on this file is this file's finding, so the others still count.
 */
export function checkReportFile(path: string, ctx: ReportReadContext): CheckedReport {
  const absolute = resolvePath(ctx.cwd, path);
  const file = displayPath(ctx.cwd, absolute);
  try {
    return checkReportAt(absolute, file, ctx);
  } catch {
    const range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    return { file, path: absolute, blank: false, claimed: {}, diagnostics: [diagnostic('file-internal-error', 'error', {}, { file, range })] };
  }
}

function checkReportAt(absolute: string, file: string, ctx: ReportReadContext): CheckedReport {
  const read = readTextFile(absolute, file);
  if (!read.ok) return { file, path: absolute, blank: false, claimed: {}, diagnostics: [read.diagnostic] };
  const folder = parentFolderName(absolute);
  const checked = validateReport(parseYaml(read.text, file), { plan: ctx.plan, today: ctx.today, folderYear: /^\d{4}$/.test(folder) ? Number(folder) : undefined, options: ctx.options ?? '' });
  // The text is kept only to quote the lines findings point at: a year of thousands of clean
  // reports would otherwise hold every file in memory twice.
  return { file, path: absolute, ...(checked.diagnostics.length > 0 ? { text: read.text } : {}), ...checked };
}

export async function checkReportPaths(paths: readonly string[], ctx: ReportReadContext): Promise<CheckedReportPaths> {
  const files: string[] = [];
  const skipped: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const notes = new Map<string, ListingNote[]>();
  for (const p of paths) {
    const absolute = resolvePath(ctx.cwd, p);
    const shown = displayPath(ctx.cwd, absolute);
    const kind = await pathKind(absolute, shown);
    if (!kind.ok) {
      diagnostics.push(kind.diagnostic);
    } else if (!kind.folder) {
      files.push(absolute);
    } else {
      const listing = await listYamlFiles(absolute, shown);
      if (!listing.ok) diagnostics.push(listing.diagnostic);
      else {
        for (const f of listing.yaml) {
          files.push(f.path);
          if (f.notes.length > 0) notes.set(f.path, f.notes);
        }
        skipped.push(...listing.skipped.map((s) => displayPath(ctx.cwd, s)));
      }
    }
  }
  // A file named twice (or named and inside a named folder) is checked once.
  const unique = [...new Set(files)];
  const notices: Diagnostic[] = [];
  const reports = unique.map((f) => {
    const report = checkReportFile(f, ctx);
    // A file that could not be read says so itself; "kt-bio read the file it leads to" would be untrue.
    const unread = report.diagnostics.some((d) => d.code.startsWith('file-') && d.severity === 'error');
    const found = unread ? [] : listingNotices(notes.get(f), report.file, ctx.cwd);
    notices.push(...found);
    return found.length > 0 ? { ...report, diagnostics: [...found, ...report.diagnostics] } : report;
  });
  return { reports, skipped: [...new Set(skipped)], diagnostics, notices };
}

/** What the folder listing noticed about a file, as warnings on it. */
function listingNotices(notes: readonly ListingNote[] | undefined, file: string, cwd: string): Diagnostic[] {
  return (notes ?? []).map((n) =>
    n.kind === 'link-outside'
      ? diagnostic('file-link-outside', 'warning', { path: file, target: displayPath(cwd, n.target) }, { file })
      : diagnostic('file-extra-extension', 'warning', { path: file, rename: n.rename }, { file }),
  );
}
