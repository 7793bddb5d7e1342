// The browser form's link to the report's rules: what the clerk typed is written as the very YAML
// file that saving downloads (src/publish/report-form-fill.ts), and that file is checked by the
// same code `kt-bio validate` runs (validateReport: the precompiled schema validators, then the
// rules). Findings point into that YAML; here they are led back to the form's fields.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { buildPlanModel, type PlanModel } from '../plan/model.js';
import { formValuesOf, fillForm, formTaskIds, type FormValues } from '../publish/report-form-fill.js';
import type { FormPageData } from '../publish/report-form-page.js';
import { validateReport } from '../report/validate.js';
import { decodeText } from '../text/decode.js';
import { decodeDiagnostic } from '../text/decode-diagnostic.js';
import { parseYaml, type DataPath } from '../yaml/read.js';

/** A field of the form, by the data path it has in the report (task and row indexes are the form's). */
export type FieldPath = DataPath;

export interface PlacedFinding {
  diagnostic: Diagnostic;
  /** The form's field (or group of fields) it is about; undefined: the report as a whole. */
  field?: FieldPath;
}

export class FormChecker {
  readonly plan: PlanModel;
  readonly taskIds: string[];

  constructor(readonly data: FormPageData) {
    this.plan = buildPlanModel(data.plan);
    this.taskIds = formTaskIds(data.formText);
  }

  /** The file saving writes: the blank form filled in, unfilled required fields left as placeholders. */
  yamlToSave(values: FormValues): string {
    return fillForm(this.data.formText, values, { keepRequired: true });
  }

  /** Every finding of the report the values make, placed at the fields. */
  check(values: FormValues, today: string): PlacedFinding[] {
    // Every empty field left out, so that a missing one is named by its own finding.
    const text = fillForm(this.data.formText, values, { keepRequired: false });
    const checked = validateReport(parseYaml(text, this.fileName()), { plan: this.plan, today });
    const rows = rowIndexes(values, this.taskIds);
    return checked.diagnostics.map((d) => place(d, (path) => toFormPath(path, rows)));
  }

  fileName(): string {
    return `${this.data.context.unit.id}.yaml`;
  }

  /**
   * A report file as the form's values: what could be read is placed in the fields; the file's
   * own findings (with its lines) and what has no field are returned beside them.
   */
  open(bytes: Uint8Array, name: string, today: string): OpenedReport {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return { findings: [decodeDiagnostic(decoded.problem, name)], unplaced: [] };
    const parsed = parseYaml(decoded.value.text, name);
    let data = parsed.value;
    if (data === undefined) {
      try {
        data = parsed.source.doc.toJS({ maxAliasCount: 100 });
      } catch {
        data = undefined;
      }
    }
    const read = formValuesOf(data, this.taskIds);
    const checked = validateReport(parsed, { plan: this.plan, today });
    const d = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    const claimed = { agency: typeof d.agency === 'string' ? d.agency : undefined, year: d.year === undefined ? undefined : String(d.year) };
    const other = (claimed.agency !== undefined && claimed.agency !== this.data.context.unit.id) || (claimed.year !== undefined && claimed.year !== String(this.data.context.year));
    const unplaced: OpenedReport['unplaced'] = read.unplaced.map((p) => {
      if (p[0] !== 'tasks') return { kind: 'field', name: p.join('.') };
      const entry = p[0] === 'tasks' && Array.isArray(d.tasks) ? (d.tasks as unknown[])[p[1] as number] : undefined;
      const id = entry !== null && typeof entry === 'object' && 'id' in (entry as object) ? String((entry as { id: unknown }).id) : `#${Number(p[1]) + 1}`;
      return { kind: 'task', name: id };
    });
    const fieldKeys = new Set(['format', 'agency', 'year', 'submitted', 'number', 'signer', 'period', 'tasks', 'summary', 'proposals']);
    for (const k of Object.keys(d)) if (!fieldKeys.has(k)) unplaced.push({ kind: 'field', name: k });
    const result: OpenedReport = { values: read.values, findings: checked.diagnostics, unplaced };
    if (other) result.otherUnit = { agency: claimed.agency ?? '', year: claimed.year ?? '' };
    return result;
  }
}

export interface OpenedReport {
  /** Undefined when the file has no text at all (binary, unreadable encoding). */
  values?: FormValues;
  /** The file's findings, as `kt-bio validate` gives them (lines of the file). */
  findings: Diagnostic[];
  unplaced: { kind: 'task' | 'field'; name: string }[];
  otherUnit?: { agency: string; year: string };
}

/**
 * Rows of the form left wholly empty are not written: the n-th indicator or proposal of the file
 * is the n-th non-empty row of the form.
 */
interface RowIndexes {
  indicators: number[][];
  proposals: number[];
}

function rowIndexes(values: FormValues, taskIds: readonly string[]): RowIndexes {
  return {
    indicators: taskIds.map((id) => {
      const t = values.tasks.find((x) => x.id === id);
      return (t?.indicators ?? []).flatMap((r, i) => (r.name.trim() !== '' || r.value.trim() !== '' || r.unit.trim() !== '' ? [i] : []));
    }),
    proposals: values.proposals.flatMap((p, i) => (p.trim() !== '' ? [i] : [])),
  };
}

function toFormPath(path: DataPath, rows: RowIndexes): DataPath {
  const out = [...path];
  if (out[0] === 'tasks' && typeof out[1] === 'number' && out[2] === 'indicators' && typeof out[3] === 'number') out[3] = rows.indicators[out[1]]?.[out[3]] ?? out[3];
  if (out[0] === 'proposals' && typeof out[1] === 'number') out[1] = rows.proposals[out[1]] ?? out[1];
  return out;
}

/** A missing field is a finding on the field itself, not on the map that lacks it. */
function place(d: Diagnostic, map: (p: DataPath) => DataPath): PlacedFinding {
  if (!d.path) return { diagnostic: d };
  const path = d.code === 'missing-field' && typeof d.args.field === 'string' ? [...d.path, d.args.field] : d.path;
  return { diagnostic: d, field: map(path) };
}
