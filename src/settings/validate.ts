// The settings of the compiled summary (number, date, signer, recipients, the department's own
// text): the default file, then the year's file, then the command-line flags, each overriding
// the one before. Pure: parsed files in, settings or diagnostics out.
import { diagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { CompileSettings } from '../generated/schema-types.js';
import type { SourceDocument } from '../yaml/read.js';
import { locate } from '../yaml/read.js';
import { parseDate, type IsoDate } from '../text/calendar.js';
import { jsonType, schemaDiagnostics } from '../schema/errors.js';
import { validatorFor } from '../schema/validators.js';
import { typeBySchema } from '../schema/typing.js';

export interface SettingsSource {
  source: SourceDocument;
  /** The parsed YAML; null for a file of comments only. */
  value: unknown;
}

/** Flags of `kt-bio compile` that override the files. */
export interface SettingsOverrides {
  number?: number | string;
  date?: IsoDate;
  signerName?: string;
  signerAuthority?: string[];
}

export interface PageMargins {
  marginTopMm?: number;
  marginBottomMm?: number;
  marginLeftMm?: number;
  marginRightMm?: number;
}

export interface ResolvedSettings {
  /** A number to format with the codes, the whole số, ký hiệu, or null for a draft. */
  number: number | string | null;
  kindCode: string;
  /** null: the day of the run. */
  date: IsoDate | null;
  title: string;
  summary: string;
  /** name: '' in a draft (the line is left for the signer to fill). */
  signer: { authority: string[]; name: string };
  recipientsHeading: string | null;
  recipients: string[];
  layout: PageMargins;
  /** The department's own text by name ({{text.<name>}}). */
  text: Record<string, string>;
  /** The department's own words per task and per section of the plan, by id (text.tasks, text.sections). */
  taskText: Record<string, string>;
  sectionText: Record<string, string>;
  /** What a signed document needs and the settings lack (signer.name, number): non-empty means a draft. */
  draftFields: string[];
  /** The reminder letter's own lines (kt-bio remind); absent fields fall back to its defaults. */
  reminder: NonNullable<CompileSettings['reminder']>;
}

/** Fields that must be set somewhere, with the flag that can set them. */
const REQUIRED: { field: string; get: (s: CompileSettings) => unknown; flag?: string }[] = [
  { field: 'kindCode', get: (s) => s.kindCode },
  { field: 'title', get: (s) => s.title },
  { field: 'summary', get: (s) => s.summary },
  { field: 'signer.authority', get: (s) => s.signer?.authority, flag: '--signer-authority' },
  { field: 'recipients', get: (s) => s.recipients },
];

/** Maps merge key by key (signer, layout, text); lists and values are replaced whole. */
export function mergeSettings(base: CompileSettings, over: CompileSettings): CompileSettings {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const old = merged[key];
    const isMap = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
    merged[key] = isMap(old) && isMap(value) ? { ...(old as object), ...(value as object) } : value;
  }
  return merged as CompileSettings;
}

/**
 * Checks each file against the schema, merges them in order, applies the flags. `yearFile` is the
 * year's file as shown to the user, named in the hint when a field is missing everywhere. Without
 * a signer's name the settings make a draft: the name line is left blank and `draftFields` says so.
 */
export function resolveSettings(files: readonly SettingsSource[], overrides: SettingsOverrides = {}, yearFile?: string): { settings?: ResolvedSettings; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let merged: CompileSettings = {};
  for (const { source, value } of files) {
    // The reader keeps scalars as text: the schema gives them their types.
    const data = typeBySchema(value ?? {}, 'settings').value;
    if (typeof data !== 'object' || Array.isArray(data)) {
      diagnostics.push(diagnostic('yaml-not-a-map', 'error', { actual: jsonType(data) }, { file: source.file, range: locate(source, []) }));
      continue;
    }
    const validate = validatorFor('settings');
    if (!validate(data)) {
      diagnostics.push(...schemaDiagnostics(validate.errors ?? [], source, data));
      continue;
    }
    merged = mergeSettings(merged, data as CompileSettings);
  }
  if (hasErrors(diagnostics)) return { diagnostics };

  const flags: CompileSettings = {};
  if (overrides.number !== undefined) flags.number = overrides.number;
  if (overrides.date !== undefined) flags.date = overrides.date;
  if (overrides.signerName !== undefined || overrides.signerAuthority !== undefined) {
    flags.signer = {};
    if (overrides.signerName !== undefined) flags.signer.name = overrides.signerName;
    if (overrides.signerAuthority !== undefined) flags.signer.authority = overrides.signerAuthority;
  }
  merged = mergeSettings(merged, flags);

  const shown = files.map((f) => f.source.file);
  for (const r of REQUIRED) {
    const v = r.get(merged);
    if (v === undefined || (Array.isArray(v) && v.length === 0)) {
      diagnostics.push(diagnostic('compile-setting-missing', 'error', { field: r.field, files: shown, yearFile, flag: r.flag }, { file: shown[0] }));
    }
  }
  if (hasErrors(diagnostics)) return { diagnostics };

  const date = merged.date !== undefined ? parseDate(merged.date) : undefined;
  return {
    diagnostics,
    settings: {
      number: merged.number ?? null,
      kindCode: merged.kindCode!,
      date: date?.ok ? date.date : null,
      title: merged.title!,
      summary: merged.summary!,
      signer: { authority: [...merged.signer!.authority!], name: merged.signer?.name ?? '' },
      recipientsHeading: merged.recipientsHeading ?? null,
      recipients: [...merged.recipients!],
      layout: { ...merged.layout },
      text: Object.fromEntries(Object.entries(merged.text ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string')),
      taskText: { ...merged.text?.tasks },
      sectionText: { ...merged.text?.sections },
      draftFields: merged.signer?.name === undefined ? ['signer.name', ...(merged.number === undefined ? ['number'] : [])] : [],
      reminder: { ...merged.reminder },
    },
  };
}
