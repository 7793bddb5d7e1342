// One Diagnostic type for every problem kt-bio finds: in a plan file, in a unit's report, or in
// the yearly cycle (late, missing). A diagnostic carries a stable code and the facts of the case
// (args); the words come from the catalogue of the chosen language when it is shown.

export type Severity = 'error' | 'warning' | 'info';

/** 1-based, as editors show them. Columns count characters (UTF-16 code units) of the line. */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type ArgValue = string | number | boolean | readonly string[] | undefined;
export type MessageArgs = Readonly<Record<string, ArgValue>>;

export const DIAGNOSTIC_CODES = [
  // reading files
  'file-not-found',
  'file-unreadable',
  'folder-unreadable',
  'file-not-regular',
  'file-link-outside',
  'file-extra-extension',
  'file-too-large',
  'file-empty',
  'file-binary',
  'file-utf16',
  'file-not-utf8',
  'legacy-font-text',
  'file-utf7',
  'text-viqr',
  'file-internal-error',
  // YAML syntax
  'yaml-syntax',
  'yaml-tab-indent',
  'yaml-missing-colon',
  'yaml-colon-in-value',
  'yaml-unclosed-quote',
  'yaml-bad-indent',
  'yaml-missing-dash',
  'yaml-forgotten-dash',
  'yaml-block-not-indented',
  'yaml-value-start',
  'yaml-inner-quotes',
  'yaml-no-space-after-colon',
  'yaml-nbsp',
  'yaml-duplicate-key',
  'yaml-multiple-documents',
  'yaml-alias-limit',
  'yaml-recursive-alias',
  'yaml-too-deep',
  'yaml-tag',
  'yaml-merge-key',
  'yaml-not-a-map',
  // shape (JSON Schema)
  'missing-field',
  'unknown-field',
  'wrong-type',
  'not-allowed-value',
  'wrong-value',
  'bad-format',
  'empty-text',
  'out-of-range',
  'empty-list',
  'invalid-date',
  'impossible-date',
  'invalid-money',
  'number-format',
  'number-too-large',
  'schema-other',
  // the plan as a whole
  'plan-duplicate-id',
  'plan-unknown-id',
  'plan-unknown-section',
  'plan-bad-lifetime',
  'plan-no-issuer',
  'plan-not-found',
  'plan-broken',
  'plan-location',
  'plan-unknown-period',
  // ad hoc requests (requests/<id>.yaml, --request)
  'request-id-mismatch',
  'request-not-found',
  'request-year-or-request',
  'request-year-differs',
  'request-unit-not-asked',
  'request-with-period',
  // the yearly cycle (kt-bio check): who reported, on time or not
  'cycle-late',
  'cycle-missing',
  'cycle-blank',
  'cycle-invalid',
  'cycle-stray-file',
  'cycle-task-overdue',
  'cycle-empty-group',
  // the compiled summary (kt-bio compile)
  'compile-setting-missing',
  'compile-before-deadline',
  'compile-after-deadline',
  'compile-template-error',
  'compile-output-in-reports',
  'compile-write-failed',
  'compile-not-written',
  // where an output may be written (kt-bio compile -o, kt-bio template -o)
  'output-empty',
  'output-root',
  'output-not-regular',
  'output-link',
  'compile-draft',
  'compile-no-reports',
  'compile-output-exists',
  'compile-output-edited',
  // the reminder letter (kt-bio remind)
  'remind-by-before-date',
  'remind-output-in-reports',
  'remind-output-exists',
  'remind-write-failed',
  // the form of a unit (kt-bio template)
  'template-unit-or-all',
  'template-unit-and-all',
  'template-all-needs-folder',
  'template-unknown-unit',
  'template-no-form',
  'template-into-reports',
  'template-escapes',
  'template-exists',
  'template-kept',
  'template-broken',
  'template-no-reporters',
  'template-write-failed',
  'template-empty-group',
  // a working folder (kt-bio init)
  'init-kept',
  'init-write-failed',
  // the command line itself: options, arguments, commands
  'usage-unknown-option',
  'usage-unknown-command',
  'usage-missing-argument',
  'usage-missing-option',
  'usage-option-value-missing',
  'usage-too-many-arguments',
  'usage-conflict',
  'usage-bad-choice',
  'usage-bad-year',
  'usage-year-before-plan',
  'usage-bad-date',
  'usage-date-out-of-range',
  'usage-empty-value',
  'usage-unknown-unit',
  'usage-not-a-folder',
  'usage-other',
  'internal-error',
  // unit reports (the rules of the report format that a schema cannot say)
  'report-blank',
  'report-placeholder-required',
  'report-placeholder-left',
  'report-placeholder-in-text',
  'report-stray-marks',
  'report-hash-in-text',
  'report-text-too-long',
  'report-line-too-long',
  'report-unknown-agency',
  'report-agency-is-group',
  'report-agency-ended',
  'report-agency-not-yet',
  'report-year-folder',
  'report-submitted-future',
  'report-submitted-before-year',
  'report-submitted-long-after',
  'report-date-out-of-range',
  'report-period-order',
  'report-unknown-task',
  'report-task-id-spelling',
  'report-task-not-assigned',
  'report-task-not-reported',
  'report-duplicate-task',
  'report-completed-recurring',
  'report-completed-on-not-completed',
  'report-completed-after-submitted',
  'report-completed-no-date',
  'report-no-results',
  'report-unknown-funding',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** The file as shown to the user (relative to the working folder when inside it). */
  file?: string;
  range?: Range;
  /** Where in the data: keys and indexes from the document root. */
  path?: readonly (string | number)[];
  args: MessageArgs;
}

export function diagnostic(
  code: DiagnosticCode,
  severity: Severity,
  args: MessageArgs = {},
  where: { file?: string | undefined; range?: Range | undefined; path?: readonly (string | number)[] | undefined } = {},
): Diagnostic {
  const d: Diagnostic = { code, severity, args };
  if (where.file !== undefined) d.file = where.file;
  if (where.range !== undefined) d.range = where.range;
  if (where.path !== undefined) d.path = where.path;
  return d;
}

export const hasErrors = (ds: readonly Diagnostic[]): boolean => ds.some((d) => d.severity === 'error');

/** Stable order for output: by file, then position, then code. */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.range?.start.line ?? 0) - (b.range?.start.line ?? 0) ||
      (a.range?.start.column ?? 0) - (b.range?.start.column ?? 0) ||
      a.code.localeCompare(b.code),
  );
}
