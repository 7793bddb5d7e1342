// `kt-bio check`: the submission summary as a table grouped by status (Vietnamese or English),
// or as data for scripts. Pure functions from the summary to text.
import { targetsText } from './targets-view.js';
import { planNamed } from './plan-view.js';
import type { ChalkInstance } from 'chalk';
import { localize, type Lang } from '../messages/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { IsoDate } from '../text/calendar.js';
import { CHECK_WORDS, type CheckHeading, type CheckWords } from '../messages/check.js';
import { DATE_FORMAT, formatPercent } from '../messages/numbers.js';
import type { PlanModel } from '../plan/model.js';
import {
  cycleDiagnostics,
  SUBMISSION_STATUSES,
  type DatedTaskUnit,
  type FileVerdict,
  type SubmissionStatus,
  type SubmissionSummary,
  type SubmittedFile,
  type UnitSubmission,
} from '../cycle/submissions.js';
import { colors, diagnosticToJson } from './diagnostics.js';

/** Where the reports were read from, as the command found it. */
export interface ReportsSource {
  /**
   * year_folder: <reports>/<year>; given_folder: the --reports folder itself (it has no <year>
   * subfolder); none: no such folder, so nothing was received.
   */
  kind: 'year_folder' | 'given_folder' | 'none';
  /** The folder read, as shown; null when none. */
  folder: string | null;
  /** <reports>/<year> as shown: the folder looked for first. */
  yearFolder: string;
  /** How many report files were read. */
  files: number;
  /** Entries of the folder that are not .yaml/.yml files. */
  skipped: string[];
  /** What the listing noticed about files it read (a link leading out of the folder, a .yaml.txt). */
  notices?: Diagnostic[];
}

type Texts = CheckWords;

/** Columns padded to their widest cell; the last column is left ragged. */
function table(rows: string[][], indent = '  '): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((r) => (indent + r.map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(widths[i]! - [...cell].length))).join('  ')).trimEnd());
}

/** The plan and period the heading names. */
function headingOf(p: PlanModel): CheckHeading {
  return { ...planNamed(p), period: p.period ? { id: p.period.id, name: p.period.name } : null };
}

function problemText(d: Diagnostic | undefined, lang: Lang): string {
  if (!d) return '';
  // A blank form's message already names its lines.
  const where = d.range && d.code !== 'report-blank' ? CHECK_WORDS[lang].line(d.range.start.line) : '';
  return where + localize(d, lang).message;
}

/**
 * `options`: the options the user gave that the commands printed in hints need to run on the
 * same plan (` --plan <folder>`), or ''.
 */
export function checkText(plan: PlanModel, s: SubmissionSummary, source: ReportsSource, lang: Lang, color: boolean, options = ''): string {
  const l: Texts = CHECK_WORDS[lang];
  const c = colors(color);
  const date = DATE_FORMAT[lang];
  const out: string[] = [c.bold(l.title(headingOf(plan), s.year, s.today)), l.folder(source)];
  if (source.kind !== 'none' && source.files === 0) out.push(l.noFiles);
  if (source.skipped.length > 0) out.push(l.skipped(source.skipped));
  for (const d of source.notices ?? []) {
    const { message, hint } = localize(d, lang);
    out.push(hint ? `${message} ${hint}` : message);
  }
  out.push(l.unitDeadline(s.cycle.unitDeadline.date, s.cycle.unitDeadline.daysLeft, s.cycle.unitDeadline.daysPast));
  out.push(l.provincialDeadline(s.cycle.provincialDeadline.date, s.cycle.provincialDeadline.daysLeft, s.cycle.provincialDeadline.daysPast));

  for (const status of SUBMISSION_STATUSES) {
    const units = s.units.filter((u) => u.status === status);
    if (units.length === 0) continue;
    const paint = statusColor(c, status);
    const when = status === 'missing' ? l.missingWhen(s.cycle.unitDeadline.daysPast, s.cycle.unitDeadline.daysLeft) : '';
    out.push('', paint(c.bold(`${l.status[status]} (${units.length})${when}`)));
    out.push(...statusTable(units, status, l, lang, date, options));
  }

  const several = s.units.filter((u) => u.files.length > 1);
  if (several.length > 0) {
    out.push('', c.bold(l.duplicates));
    for (const u of several) {
      out.push(`  ${u.unitId} — ${u.short}`);
      out.push(...table(u.files.map((f) => fileRow(f, l, date)), '    '));
    }
  }

  if (s.strays.length > 0) {
    out.push('', c.bold(l.strays(s.year)));
    const findings = cycleDiagnostics(s, { options }).filter((d) => d.code === 'cycle-stray-file');
    s.strays.forEach((f, i) => {
      const { message, hint } = localize(findings[i]!, lang);
      out.push(`  ${f.file} [${l.verdict[f.verdict]}]: ${message}${hint ? ` ${hint}` : ''}`);
      // A file that could not be read at all names no unit: what stopped the read comes first.
      if (f.firstProblem?.code.startsWith('file-')) out.push(`    ${problemText(f.firstProblem, lang)}`);
    });
  }

  out.push('', c.bold(l.rates));
  const pct = (n: number | null) => formatPercent(n, lang);
  out.push(`  ${l.ratesLine(s.rates.overall)}`);
  out.push(...table([l.rateCols, ...s.rates.byKind.map((k) => [l.kind[k.kind], String(k.expected), String(k.reported), pct(k.reportingRate), String(k.onTime), pct(k.onTimeRate)])]));

  if (s.datedTasks.length > 0) {
    out.push('', c.bold(l.dated));
    for (const t of s.datedTasks) {
      out.push(`  ${t.taskId} — ${t.title} — ${l.due(t.timeframeLabel, t.due)}`);
      const who = (u: DatedTaskUnit) => `${u.unitId} (${u.short}, ${l.roleShort[u.role]})`;
      const done = t.units.filter((u) => u.state === 'completed');
      if (done.length > 0) {
        out.push(`    ${l.completedHead(done.length)}`);
        out.push(...table(done.map((u) => [who(u), l.completedRow(u.completedOn, u.completedDaysLate) + (u.completedIn ? l.completedIn(u.completedIn.year, u.completedIn.file) : '')]), '      '));
      }
      const overdue = t.units.filter((u) => u.state === 'overdue');
      if (overdue.length > 0) {
        out.push(c.red(`    ${l.overdueHead(overdue.length, overdue[0]!.daysOverdue!)}`));
        out.push(...table(overdue.map((u) => [who(u), l.reported[u.reported]]), '      '));
      }
      const silent = t.units.filter((u) => u.state === 'not_reported');
      if (silent.length > 0) {
        out.push(`    ${l.notReportedHead(silent.length)}`);
        out.push(...table(silent.map((u) => [who(u), l.reported[u.reported]]), '      '));
      }
      const ahead = t.units.filter((u) => u.state === 'not_yet_due');
      if (ahead.length > 0) {
        out.push(`    ${l.notDueHead(ahead.length, ahead[0]!.daysLeft!)}`);
        out.push(...table(ahead.map((u) => [who(u), l.reported[u.reported]]), '      '));
      }
    }
  }

  if (s.emptyGroups.length > 0) {
    out.push('', c.yellow(c.bold(l.empty)));
    for (const d of cycleDiagnostics(s, { options }).filter((x) => x.code === 'cycle-empty-group')) {
      const { message, hint } = localize(d, lang);
      out.push(`  ! ${message}`);
      if (hint) out.push(`    ${hint}`);
    }
  }

  out.push(...targetsText(s.targets, lang, c.bold));

  out.push('', c.bold(l.verdictAll(s.allOnTime, s.units.length, s.rates.overall.onTime)));
  return out.join('\n') + '\n';
}

function statusColor(c: ChalkInstance, status: SubmissionStatus): (t: string) => string {
  if (status === 'on_time') return c.green;
  if (status === 'late') return c.yellow;
  return c.red;
}

function statusTable(units: UnitSubmission[], status: SubmissionStatus, l: Texts, lang: Lang, date: (d: IsoDate) => string, options: string): string[] {
  const k = l.col;
  if (status === 'on_time' || status === 'late') {
    const head = status === 'late' ? [k.id, k.unit, k.submitted, k.late, k.number, k.file] : [k.id, k.unit, k.submitted, k.number, k.file];
    return table([
      head,
      ...units.map((u) => {
        // The date and number on the row are those of the same document: the one that decided timeliness.
        const timely = u.files.find((f) => f.role === 'timeliness' || f.role === 'content_and_timeliness');
        const file = u.timelinessFile === u.contentFile ? (u.contentFile ?? '') : `${u.timelinessFile ?? ''} (${l.corrected(u.contentFile ?? '')})`;
        const row = [u.unitId, u.short, u.submitted ? date(u.submitted) : '', timely?.number ?? '—', file];
        if (status === 'late') row.splice(3, 0, l.days(u.daysLate ?? 0));
        return row;
      }),
    ]);
  }
  if (status === 'missing') return table([[k.id, k.unit], ...units.map((u) => [u.unitId, u.short])]);
  // blank and invalid: the file that decided, what is wrong with it, and where to see it all.
  const rows: string[][] = [[k.id, k.unit, k.file, status === 'blank' ? k.left : k.problem]];
  const notes: Map<number, string> = new Map();
  for (const u of units) {
    const f = u.files.find((x) => x.verdict === status) ?? u.files[0]!;
    rows.push([u.unitId, u.short, f.matchedBy === 'file_name' ? `${f.file} (${l.byFileName})` : f.file, problemText(f.firstProblem, lang)]);
    if (status === 'invalid') notes.set(rows.length - 1, l.validate(f.file, options));
  }
  const lines = table(rows);
  const out: string[] = [];
  const pad = ' '.repeat(2 + Math.max(...rows.map((r) => [...r[0]!].length)) + 2);
  lines.forEach((line, i) => {
    out.push(line);
    const note = notes.get(i);
    if (note) out.push(pad + note);
  });
  return out;
}

function fileRow(f: SubmittedFile, l: Texts, date: (d: IsoDate) => string): string[] {
  const how = f.matchedBy === 'file_name' ? `, ${l.byFileName}` : '';
  return [f.file, f.submitted ? date(f.submitted) : l.noDate, `${l.verdict[f.verdict]}${how}`, l.role[f.role]];
}

/**
 * The summary for scripts (`kt-bio check --json`, inside the envelope whose `diagnostics` hold
 * cycleDiagnostics). Stable shape: absent values are null; messages are in the chosen language,
 * codes and dates (ISO) are not.
 */
export function checkJson(s: SubmissionSummary, source: ReportsSource, lang: Lang, options = ''): unknown {
  // A file as scripts see it: its name and verdict, what the list says of it, its first problem.
  const fileJson = (f: { file: string; verdict: FileVerdict; firstProblem?: Diagnostic }, about: Record<string, unknown>) => ({
    file: f.file,
    verdict: f.verdict,
    ...about,
    firstProblem: f.firstProblem ? diagnosticToJson(f.firstProblem, lang) : null,
  });
  return {
    year: s.year,
    period: s.period,
    today: s.today,
    allOnTime: s.allOnTime,
    // notices only when there are some (undefined is left out of the JSON).
    reports: { ...source, notices: source.notices?.length ? source.notices.map((d) => diagnosticToJson(d, lang)) : undefined },
    cycle: s.cycle,
    rates: s.rates,
    units: s.units.map((u) => ({
      unitId: u.unitId,
      name: u.name,
      short: u.short,
      kind: u.kind,
      status: u.status,
      submitted: u.submitted ?? null,
      daysLate: u.daysLate ?? (u.status === 'on_time' ? 0 : null),
      daysPastDeadline: u.daysPastDeadline ?? null,
      number: u.report?.number ?? null,
      contentFile: u.contentFile ?? null,
      timelinessFile: u.timelinessFile ?? null,
      tasks: u.tasks.map((t) => ({ taskId: t.taskId, role: t.role, inheritedFrom: t.inheritedFrom ?? null })),
      files: u.files.map((f) => fileJson(f, { role: f.role, submitted: f.submitted ?? null, number: f.number ?? null, daysLate: f.daysLate ?? null, matchedBy: f.matchedBy })),
    })),
    strays: s.strays.map((f) =>
      fileJson(f, { reason: f.reason, agency: f.agency ?? null, agencyName: f.agencyName ?? null, year: f.year ?? null, submitted: f.submitted ?? null, successors: f.successors ?? [] }),
    ),
    datedTasks: s.datedTasks.map((t) => ({
      ...t,
      units: t.units.map((u) => ({
        unitId: u.unitId,
        name: u.name,
        role: u.role,
        state: u.state,
        reported: u.reported,
        completedOn: u.completedOn ?? null,
        completedIn: u.completedIn ?? null,
        completedDaysLate: u.completedDaysLate ?? null,
        daysOverdue: u.daysOverdue ?? null,
        daysLeft: u.daysLeft ?? null,
      })),
    })),
    emptyGroups: s.emptyGroups.map((g) => ({ ...g, whereToAdd: g.whereToAdd ?? null })),
    targets: s.targets,
  };
}
