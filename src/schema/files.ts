// The JSON Schemas of plan/schema/, by name: the single source of truth for the shape of plan
// files, reports and settings. build.mjs compiles every schema listed here into validation code
// (src/generated/validators.js) and types (src/generated/schema-types.ts).
import defsSchema from '../../plan/schema/defs.schema.json' with { type: 'json' };
import planSchema from '../../plan/schema/plan.schema.json' with { type: 'json' };
import reportingSchema from '../../plan/schema/reporting.schema.json' with { type: 'json' };
import fundingSchema from '../../plan/schema/funding.schema.json' with { type: 'json' };
import unitsSchema from '../../plan/schema/units.schema.json' with { type: 'json' };
import tasksSchema from '../../plan/schema/tasks.schema.json' with { type: 'json' };
import issuersSchema from '../../plan/schema/issuers.schema.json' with { type: 'json' };
import reportSchema from '../../plan/schema/report.schema.json' with { type: 'json' };
import settingsSchema from '../../plan/schema/settings.schema.json' with { type: 'json' };
import requestSchema from '../../plan/schema/request.schema.json' with { type: 'json' };

/** Definitions the other schemas refer to ($ref "defs.schema.json#/definitions/..."). */
export const SHARED_DEFINITIONS = defsSchema;

export const SCHEMAS = {
  plan: planSchema,
  reporting: reportingSchema,
  funding: fundingSchema,
  units: unitsSchema,
  tasks: tasksSchema,
  issuers: issuersSchema,
  report: reportSchema,
  settings: settingsSchema,
  request: requestSchema,
} as const;
export type SchemaName = keyof typeof SCHEMAS;
