// The JSON Schemas of plan/schema/, compiled once per process. The schemas are the single
// source of truth for the shape of plan files and reports; src/generated/ holds the types
// generated from them.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import defsSchema from '../../plan/schema/defs.schema.json' with { type: 'json' };
import planSchema from '../../plan/schema/plan.schema.json' with { type: 'json' };
import reportingSchema from '../../plan/schema/reporting.schema.json' with { type: 'json' };
import fundingSchema from '../../plan/schema/funding.schema.json' with { type: 'json' };
import unitsSchema from '../../plan/schema/units.schema.json' with { type: 'json' };
import tasksSchema from '../../plan/schema/tasks.schema.json' with { type: 'json' };
import issuersSchema from '../../plan/schema/issuers.schema.json' with { type: 'json' };
import reportSchema from '../../plan/schema/report.schema.json' with { type: 'json' };
import { parseDate } from '../model/calendar.js';
import { parseMoney } from './money.js';

export const SCHEMAS = {
  plan: planSchema,
  reporting: reportingSchema,
  funding: fundingSchema,
  units: unitsSchema,
  tasks: tasksSchema,
  issuers: issuersSchema,
  report: reportSchema,
} as const;
export type SchemaName = keyof typeof SCHEMAS;

let ajv: Ajv | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

export function createAjv(): Ajv {
  const a = new Ajv({ allErrors: true, strict: true, code: { source: true, esm: true } });
  // Used only by the type generator.
  a.addVocabulary(['tsType']);
  a.addKeyword({
    keyword: 'kt-date',
    schemaType: 'boolean',
    errors: true,
    validate: function ktDate(_schema: boolean, data: unknown): boolean {
      const self = ktDate as unknown as { errors: Partial<ErrorObject>[] | null };
      if (typeof data !== 'string') {
        self.errors = [{ keyword: 'kt-date', message: 'must be a date', params: { reason: 'format' } }];
        return false;
      }
      const r = parseDate(data);
      if (r.ok) return true;
      self.errors = [{ keyword: 'kt-date', message: 'must be a real date', params: r.reason === 'format' ? { reason: 'format' } : { ...r } }];
      return false;
    },
  });
  a.addKeyword({
    keyword: 'kt-money',
    schemaType: 'boolean',
    errors: true,
    validate: function ktMoney(_schema: boolean, data: unknown): boolean {
      const r = parseMoney(data);
      if (r.ok) return true;
      (ktMoney as unknown as { errors: Partial<ErrorObject>[] }).errors = [{ keyword: 'kt-money', message: 'must be an amount in đồng', params: { reason: r.reason } }];
      return false;
    },
  });
  a.addSchema(defsSchema);
  return a;
}

export function validatorFor(name: SchemaName): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    ajv ??= createAjv();
    v = ajv.compile(SCHEMAS[name]);
    compiled.set(name, v);
  }
  return v;
}

/** The schema object at a JSON pointer like "#/definitions/task" within a named schema. */
export function schemaAt(name: SchemaName, pointer: string): unknown {
  return pointer
    .replace(/^#?\/?/, '')
    .split('/')
    .filter(Boolean)
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], SCHEMAS[name]);
}
