// Validation against the JSON Schemas of plan/schema/ (listed in schema-files.ts, the single
// source of truth for the shape of plan files, reports and settings). The validators are
// compiled ahead of time by build.mjs into src/generated/validators.js: compiling them at run
// time cost more than the rest of `kt-bio validate` together.
import type { ValidateFunction } from 'ajv';
import * as compiled from '../generated/validators.js';
import type { SchemaName } from './files.js';

export type { SchemaName } from './files.js';

export function validatorFor(name: SchemaName): ValidateFunction {
  return compiled[name];
}
