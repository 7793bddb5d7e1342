// Who a reminder letter (công văn đôn đốc) goes to, and what it asks of each: exactly the units
// that `check` counts as not reported (blank form, errors, nothing sent), with the file and its
// first problem. Units on time or late have sent their report and get nothing. Before the
// deadline the same units get an early, friendly reminder. Pure.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { addDays, daysBetween, type IsoDate } from '../text/calendar.js';
import type { SubmissionSummary, UnitSubmission } from './submissions.js';

/** The statuses a reminder is about: no counted report. */
export const REMINDED_STATUSES = ['blank', 'invalid', 'missing'] as const;
export type RemindedStatus = (typeof REMINDED_STATUSES)[number];

/** Days given after the letter's date to send a report when the deadline has passed and no date is asked for. */
export const DEFAULT_DAYS_GIVEN = 7;

export interface RemindedUnit {
  unitId: string;
  name: string;
  short: string;
  status: RemindedStatus;
  /** blank, invalid: the file received (the latest one), its date when readable, and its first problem. */
  file?: string;
  submitted?: IsoDate;
  problem?: Diagnostic;
}

export interface ReminderFacts {
  year: number;
  /** The date of the letter. */
  date: IsoDate;
  deadline: IsoDate;
  /** early: the deadline has not passed on the letter's date (it is the last day or later). */
  early: boolean;
  /** Days from the deadline to the letter's date (0 when early). */
  daysPast: number;
  /** Days from the letter's date to the deadline (0 when passed or on the day). */
  daysLeft: number;
  /** The date the letter asks the reports for. */
  by: IsoDate;
  units: RemindedUnit[];
}

/**
 * `by`: the date asked for; by default the deadline itself while it has not passed, else
 * DEFAULT_DAYS_GIVEN days after the letter. Throws nothing: a `by` before the letter is the
 * caller's to refuse (see `byProblem`).
 */
export function reminderFacts(summary: SubmissionSummary, date: IsoDate, by: IsoDate | null): ReminderFacts {
  const deadline = summary.cycle.unitDeadline.date;
  const early = date <= deadline;
  return {
    year: summary.year,
    date,
    deadline,
    early,
    daysPast: Math.max(0, daysBetween(deadline, date)),
    daysLeft: Math.max(0, daysBetween(date, deadline)),
    by: by ?? (early ? deadline : addDays(date, DEFAULT_DAYS_GIVEN)),
    units: summary.units.filter(isReminded).map(remindedUnit),
  };
}

const isReminded = (u: UnitSubmission): u is UnitSubmission & { status: RemindedStatus } => (REMINDED_STATUSES as readonly string[]).includes(u.status);

function remindedUnit(u: UnitSubmission & { status: RemindedStatus }): RemindedUnit {
  const r: RemindedUnit = { unitId: u.unitId, name: u.name, short: u.short, status: u.status };
  // The latest file that decided the status: what the unit last sent.
  const file = [...u.files].reverse().find((f) => f.verdict === u.status);
  if (file) {
    r.file = file.file;
    if (file.submitted !== undefined) r.submitted = file.submitted;
    if (file.firstProblem) r.problem = file.firstProblem;
  }
  return r;
}

/** A date asked for that is before the letter itself cannot be met. */
export function byProblem(date: IsoDate, by: IsoDate): boolean {
  return by < date;
}
