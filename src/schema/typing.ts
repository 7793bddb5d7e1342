// The types of a file's values, given by its JSON Schema. The YAML reader keeps every scalar as
// the text written (yaml/read.ts); here a text becomes a number or a boolean where the schema
// wants one, in the clerk's way (text/number.ts): `year: "2026"` is a year as `year: 2026` is,
// `1.250` in a measure is 1250, and `0x10`, `1e-400` or a number too long for exact arithmetic
// are problems with their reason, never a silent value.
import type { DataPath } from '../yaml/read.js';
import { parseNumber } from '../text/number.js';
import { SCHEMAS, SHARED_DEFINITIONS, type SchemaName } from './files.js';

type Schema = { [k: string]: unknown };

export interface TypingProblem {
  path: DataPath;
  value: string;
  reason: 'too-large' | 'exponent' | 'base';
}

const BY_ID = new Map<string, Schema>([...Object.values(SCHEMAS), SHARED_DEFINITIONS].map((s) => [s.$id, s as unknown as Schema]));

interface At {
  schema: Schema;
  /** The $id of the document `schema` sits in, for its "#/..." references. */
  base: string;
}

function deref(at: At): At {
  let { schema, base } = at;
  for (let n = 0; typeof schema.$ref === 'string' && n < 10; n++) {
    const [doc, pointer = ''] = schema.$ref.split('#');
    if (doc) base = new URL(doc, base).href;
    let target: unknown = BY_ID.get(base);
    for (const step of pointer.split('/').filter(Boolean)) target = (target as Schema | undefined)?.[step];
    if (target === null || typeof target !== 'object') return { schema: {}, base };
    schema = target as Schema;
  }
  return { schema, base };
}

/** The schema and its oneOf/anyOf branches, references followed. */
function alternatives(at: At): At[] {
  const s = deref(at);
  const branches = [...((s.schema.oneOf as Schema[] | undefined) ?? []), ...((s.schema.anyOf as Schema[] | undefined) ?? [])];
  return [s, ...branches.flatMap((b) => alternatives({ schema: b, base: s.base }))];
}

// The schema walk is the same for every report: the branches under a parent's branches, and their
// types, are worked out once per key and kept (10,000 reports share a few hundred of them).
const CHILDREN = new WeakMap<At[], Map<string | number, At[]>>();
const TYPES = new WeakMap<At[], Set<string>>();
const ROOTS = new Map<SchemaName, At[]>();

function typesOf(ats: At[]): Set<string> {
  const known = TYPES.get(ats);
  if (known) return known;
  const types = new Set<string>();
  TYPES.set(ats, types);
  for (const { schema } of ats) {
    const t = schema.type;
    if (typeof t === 'string') types.add(t);
    else if (Array.isArray(t)) t.forEach((x) => types.add(String(x)));
  }
  return types;
}

function child(ats: At[], key: string | number): At[] {
  // Every item of a list has the same schema.
  const slot = typeof key === 'number' ? -1 : key;
  let children = CHILDREN.get(ats);
  if (!children) CHILDREN.set(ats, (children = new Map()));
  const known = children.get(slot);
  if (known) return known;
  const found = childUncached(ats, key);
  children.set(slot, found);
  return found;
}

function childUncached(ats: At[], key: string | number): At[] {
  const out: At[] = [];
  for (const { schema, base } of ats) {
    if (typeof key === 'number') {
      if (schema.items && typeof schema.items === 'object') out.push({ schema: schema.items as Schema, base });
      continue;
    }
    const props = schema.properties as Record<string, Schema> | undefined;
    if (props && Object.hasOwn(props, key)) out.push({ schema: props[key]!, base });
    else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') out.push({ schema: schema.additionalProperties as Schema, base });
  }
  return out.flatMap(alternatives);
}

const BOOLEANS: Record<string, boolean> = { true: true, True: true, TRUE: true, false: false, False: false, FALSE: false };

/** A copy of `value` with its texts typed by the schema `name`; `value` is left as it is. */
export function typeBySchema(value: unknown, name: SchemaName): { value: unknown; problems: TypingProblem[] } {
  const problems: TypingProblem[] = [];
  const path: (string | number)[] = [];
  let rootAts = ROOTS.get(name);
  if (!rootAts) {
    const root = BY_ID.get((SCHEMAS[name] as { $id: string }).$id)!;
    ROOTS.set(name, (rootAts = alternatives({ schema: root, base: root.$id as string })));
  }
  const type = (v: unknown, ats: At[]): unknown => {
    if (typeof v === 'string') {
      if (ats.length === 0) return v;
      const types = typesOf(ats);
      const numeric = types.has('integer') || types.has('number');
      if (numeric) {
        const n = parseNumber(v, types.has('number'));
        if (n.ok) return types.has('string') && !Number.isInteger(n.value) ? v : n.value;
        if (!types.has('string') && n.reason !== 'format') problems.push({ path: [...path], value: v, reason: n.reason });
        return v;
      }
      if (types.has('boolean') && !types.has('string') && Object.hasOwn(BOOLEANS, v)) return BOOLEANS[v];
      return v;
    }
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      return v.map((item, i) => {
        path.push(i);
        const t = type(item, child(ats, i));
        path.pop();
        return t;
      });
    }
    const out: Record<string, unknown> = {};
    for (const [k, item] of Object.entries(v)) {
      path.push(k);
      out[k] = type(item, child(ats, k));
      path.pop();
    }
    return out;
  };
  return { value: type(value, rootAts), problems };
}
