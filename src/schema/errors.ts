// Ajv's errors, turned into Diagnostics that point into the YAML source and speak of fields
// a clerk sees. oneOf/anyOf noise is reduced to the errors of the branch the data was meant for.
import type { ErrorObject } from 'ajv';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { locate, type DataPath, type SourceDocument } from '../yaml/read.js';
import { closest } from '../diagnostics/suggest.js';
import { groupThousands, moneyInWords } from '../text/money.js';

export function schemaDiagnostics(errors: readonly ErrorObject[], source: SourceDocument, data: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of reduceAlternatives(errors)) {
    const d = toDiagnostic(e, source, data);
    const key = `${d.code}|${d.range?.start.line}:${d.range?.start.column}|${JSON.stringify(d.args)}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(d);
    }
  }
  // A custom date/money check already says everything about its value.
  const specific = new Set(out.filter((d) => ['invalid-date', 'impossible-date', 'invalid-money'].includes(d.code)).map((d) => JSON.stringify(d.path)));
  return out.filter((d) => !(d.code === 'wrong-type' && specific.has(JSON.stringify(d.path))));
}

/** Keeps, for each failed oneOf/anyOf, only the errors of the branch whose type fits the data. */
function reduceAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const dropped = new Set<ErrorObject>(alternatives);
  for (const alt of alternatives) {
    const prefix = `${alt.schemaPath}/`;
    const byBranch = new Map<string, ErrorObject[]>();
    for (const e of errors) {
      if (e !== alt && e.schemaPath.startsWith(prefix)) {
        const branch = e.schemaPath.slice(prefix.length).split('/')[0]!;
        byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
      }
    }
    const fitting = [...byBranch.values()].filter((errs) => !errs.some((e) => e.keyword === 'type' && e.instancePath === alt.instancePath));
    const keep = fitting.sort((a, b) => a.length - b.length)[0];
    for (const errs of byBranch.values()) if (errs !== keep) errs.forEach((e) => dropped.add(e));
    if (!keep) {
      // No branch fits the data's type: one error naming every type that would do.
      const types = [...byBranch.values()].flatMap((errs) => errs.filter((e) => e.keyword === 'type' && e.instancePath === alt.instancePath).map((e) => String(e.params.type)));
      dropped.delete(alt);
      (alt as ErrorObject & { typesWanted?: string }).typesWanted = [...new Set(types)].join(',');
    }
  }
  return errors.filter((e) => !dropped.has(e));
}

export function pointerToPath(pointer: string, data: unknown): (string | number)[] {
  const out: (string | number)[] = [];
  let node: unknown = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const step: string | number = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
    out.push(step);
    node = node === null || typeof node !== 'object' ? undefined : (node as Record<string | number, unknown>)[step];
  }
  return out;
}

function valueAt(data: unknown, path: DataPath): unknown {
  return path.reduce<unknown>((n, k) => (n === null || typeof n !== 'object' ? undefined : (n as Record<string | number, unknown>)[k]), data);
}

export function fieldName(path: DataPath): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return '';
}

export function jsonType(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** The first of a schema's `examples`, to show what to write. */
function exampleOf(schema: unknown): string | undefined {
  const examples = (schema as { examples?: unknown[] } | undefined)?.examples;
  return Array.isArray(examples) && examples.length > 0 ? show(examples[0]) : undefined;
}

function show(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function toDiagnostic(e: ErrorObject, source: SourceDocument, data: unknown): Diagnostic {
  const path = pointerToPath(e.instancePath, data);
  const value = valueAt(data, path);
  const field = fieldName(path);
  const file = source.file;
  const at = (p: DataPath, target: 'value' | 'key' | 'owner' = 'value') => ({ file, path: p, range: locate(source, p, target) });
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const missing = String(p.missingProperty);
      const example = exampleOf((e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties?.[missing]);
      return diagnostic('missing-field', 'error', { field: missing, parent: field, example: example === undefined ? undefined : `${missing}: ${example}` }, at(path, 'owner'));
    }
    case 'additionalProperties': {
      const extra = String(p.additionalProperty);
      const allowed = Object.keys(((e.parentSchema as { properties?: object } | undefined)?.properties ?? {}) as object);
      const suggestion = closest(extra, allowed);
      return diagnostic('unknown-field', 'error', { field: extra, allowed, suggestion }, at([...path, extra], 'key'));
    }
    case 'type': {
      const example = exampleOf(e.parentSchema);
      return diagnostic('wrong-type', 'error', { field, expected: String(p.type), actual: jsonType(value), example: example === undefined ? undefined : `${field}: ${example}` }, at(path));
    }
    case 'oneOf':
    case 'anyOf':
      return diagnostic('wrong-type', 'error', { field, expected: (e as ErrorObject & { typesWanted?: string }).typesWanted ?? 'object', actual: jsonType(value) }, at(path));
    case 'enum':
    {
      const allowed = (p.allowedValues as unknown[]).map(show);
      return diagnostic('not-allowed-value', 'error', { field, value: show(value), allowed, suggestion: closest(show(value), allowed) }, at(path));
    }
    case 'const':
      return diagnostic('wrong-value', 'error', { field, expected: show(p.allowedValue), value: show(value) }, at(path));
    case 'pattern':
      if (p.propertyName !== undefined) return diagnostic('bad-format', 'error', { field: String(p.propertyName), value: String(p.propertyName) }, at([...path, String(p.propertyName)], 'key'));
      return diagnostic('bad-format', 'error', { field, value: show(value), example: exampleOf(e.parentSchema) }, at(path));
    case 'propertyNames':
      return diagnostic('bad-format', 'error', { field: String(p.propertyName), value: String(p.propertyName) }, at([...path, String(p.propertyName)], 'key'));
    case 'minLength':
      return diagnostic('empty-text', 'error', { field }, at(path));
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return diagnostic('out-of-range', 'error', { field, value: show(value), limit: `${String(p.comparison)} ${String(p.limit)}` }, at(path));
    case 'minItems':
      return diagnostic('empty-list', 'error', { field, limit: Number(p.limit) }, at(path));
    case 'kt-date':
      if (p.reason === 'impossible')
        return diagnostic('impossible-date', 'error', { field, value: show(value), day: Number(p.day), month: Number(p.month), year: Number(p.year), daysInMonth: (p.daysInMonth as number | null) ?? undefined }, at(path));
      return diagnostic('invalid-date', 'error', { field, value: show(value) }, at(path));
    case 'kt-money': {
      // "2.460 triệu đồng": the exact whole đồng to write instead, when the words come to one.
      const dong = p.reason === 'words' && typeof value === 'string' ? moneyInWords(value) : null;
      return diagnostic('invalid-money', 'error', { field, value: show(value), reason: String(p.reason), ...(dong !== null ? { dong: groupThousands(dong) } : {}) }, at(path));
    }
    default:
      return diagnostic('schema-other', 'error', { field, detail: e.message ?? e.keyword }, at(path));
  }
}
