// A report as far as it can be read: every field that is present, well-typed and not a
// placeholder of the blank form, normalised (dates ISO, money in đồng, text NFC). The semantic
// rules work on this draft, so one bad field never hides the findings about the others.
import type { DataPath } from '../yaml/read.js';
import { normalizeNfc } from '../text/decode.js';
import { parseDate, type IsoDate } from '../text/calendar.js';
import { SUMMARY_FIELDS, type Addressee, type ReportSummary, type TaskStatus } from './model.js';
import { parseMoney } from '../text/money.js';

export const TASK_STATUSES: readonly TaskStatus[] = ['not_started', 'in_progress', 'completed', 'ongoing'];

export interface TaskDraft {
  /** Position in the file's task list: the entry's data path is ['tasks', index]. */
  index: number;
  id?: string;
  status?: TaskStatus;
  completedOn?: IsoDate;
  results?: string;
  /** Only the indicators with a name, a value and a unit. */
  indicators: { name: string; value: number; unit: string }[];
  /** Every funding key written; `dong` when its amount is valid. */
  funding: { source: string; dong?: number }[];
  difficulties?: string;
}

export interface ReportDraft {
  agency?: string;
  year?: number;
  submitted?: IsoDate;
  number?: string;
  /** The ad hoc request the report answers (requests/<id>.yaml), when it says so. */
  request?: string;
  signer: { name?: string; title?: string };
  period: { from?: IsoDate; to?: IsoDate };
  /** Undefined when the file has no task list at all. */
  tasks?: TaskDraft[];
  summary: ReportSummary;
  proposals: string[];
  /** Parallel to `proposals`: to whom each is addressed, when the report says. */
  proposalsTo: (Addressee | null)[];
  nextYear: string[];
}

export interface DraftInput {
  /** The report data, with money and indicator values already read from their source text. */
  data: Record<string, unknown>;
  /** Paths whose value is a placeholder of the form: treated as absent. */
  isPlaceholder: (path: DataPath) => boolean;
  /** Paths whose value the schema rejected: treated as absent, the schema finding says why. */
  isInvalid: (path: DataPath) => boolean;
}

export function draftReport({ data, isPlaceholder, isInvalid }: DraftInput): ReportDraft {
  const usable = (path: DataPath) => !isPlaceholder(path) && !isInvalid(path);
  const text = (obj: unknown, path: DataPath): string | undefined => {
    const v = field(obj, path[path.length - 1]!);
    return typeof v === 'string' && usable(path) ? normalizeNfc(v) : undefined;
  };
  const date = (obj: unknown, path: DataPath): IsoDate | undefined => {
    const v = text(obj, path);
    if (v === undefined) return undefined;
    const d = parseDate(v);
    return d.ok ? d.date : undefined;
  };

  const draft: ReportDraft = { signer: {}, period: {}, summary: {}, proposals: [], proposalsTo: [], nextYear: [] };
  set(draft, 'agency', text(data, ['agency']));
  const year = data.year;
  if (typeof year === 'number' && Number.isInteger(year) && usable(['year'])) draft.year = year;
  set(draft, 'submitted', date(data, ['submitted']));
  set(draft, 'number', text(data, ['number']));
  set(draft, 'request', text(data, ['request']));
  set(draft.signer, 'name', text(data.signer, ['signer', 'name']));
  set(draft.signer, 'title', text(data.signer, ['signer', 'title']));
  set(draft.period, 'from', date(data.period, ['period', 'from']));
  set(draft.period, 'to', date(data.period, ['period', 'to']));
  for (const [key, field] of SUMMARY_FIELDS) set(draft.summary, key, text(data.summary, ['summary', field]));
  if (Array.isArray(data.proposals)) {
    data.proposals.forEach((p, i) => {
      if (typeof p === 'string' && usable(['proposals', i]) && p.trim() !== '') {
        draft.proposals.push(normalizeNfc(p));
        draft.proposalsTo.push(null);
      } else if (isRecord(p) && typeof p.text === 'string' && usable(['proposals', i, 'text']) && p.text.trim() !== '') {
        draft.proposals.push(normalizeNfc(p.text));
        draft.proposalsTo.push(p.to === 'central' || p.to === 'province' || p.to === 'local' ? p.to : null);
      }
    });
  }
  if (Array.isArray(data.next_year)) {
    data.next_year.forEach((p, i) => {
      if (typeof p === 'string' && usable(['next_year', i]) && p.trim() !== '') draft.nextYear.push(normalizeNfc(p));
    });
  }
  if (Array.isArray(data.tasks)) {
    draft.tasks = [];
    data.tasks.forEach((entry: unknown, index) => {
      if (!isRecord(entry)) return;
      const at = (...rest: (string | number)[]): DataPath => ['tasks', index, ...rest];
      const task: TaskDraft = { index, indicators: [], funding: [] };
      set(task, 'id', text(entry, at('id')));
      const status = text(entry, at('status'));
      if (status !== undefined && (TASK_STATUSES as readonly string[]).includes(status)) task.status = status as TaskStatus;
      set(task, 'completedOn', date(entry, at('completed_on')));
      set(task, 'results', text(entry, at('results')));
      set(task, 'difficulties', text(entry, at('difficulties')));
      if (Array.isArray(entry.indicators)) {
        entry.indicators.forEach((ind: unknown, j) => {
          if (!isRecord(ind)) return;
          const name = text(ind, at('indicators', j, 'name'));
          const unit = text(ind, at('indicators', j, 'unit'));
          const value = ind.value;
          if (name && unit && typeof value === 'number' && usable(at('indicators', j, 'value'))) task.indicators.push({ name, value, unit });
        });
      }
      if (isRecord(entry.funding)) {
        for (const [source, amount] of Object.entries(entry.funding)) {
          if (isPlaceholder(at('funding', source))) continue;
          const money = parseMoney(amount);
          task.funding.push(money.ok && usable(at('funding', source)) ? { source, dong: money.dong } : { source });
        }
      }
      draft.tasks!.push(task);
    });
  }
  return draft;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function field(obj: unknown, key: string | number): unknown {
  return isRecord(obj) ? obj[String(key)] : undefined;
}

/** Assigns only defined values, so an absent field stays absent (not a key holding undefined). */
function set<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}
