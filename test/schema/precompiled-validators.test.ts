// kt-bio validates with code compiled from the schemas by build.mjs. That code must be exactly
// what the schemas compile to now, or an edited schema would not take effect.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatorsModule } from '../../src/schema/compiler.js';
import { SCHEMAS, type SchemaName } from '../../src/schema/files.js';
import { validatorFor } from '../../src/schema/validators.js';
import { REPO } from '../helpers/cli.js';

describe('the precompiled schema validators', () => {
  it('are what the schemas of plan/schema/ compile to (run `node build.mjs` after editing a schema)', async () => {
    const fresh = validatorsModule();
    expect(await readFile(path.join(REPO, 'src/generated/validators.js'), 'utf8')).toBe(fresh.js);
    expect(await readFile(path.join(REPO, 'src/generated/validators.d.ts'), 'utf8')).toBe(fresh.dts);
  });

  it('exist for every schema, and call the date and money keywords with their reasons', () => {
    for (const name of Object.keys(SCHEMAS) as SchemaName[]) expect(typeof validatorFor(name), name).toBe('function');
    const validate = validatorFor('report');
    const report = {
      format: 'kt-bio/report@1',
      agency: 'so-yte',
      year: 2025,
      submitted: '31/11/2025',
      tasks: [{ id: 'II.2', status: 'ongoing', funding: { state_recurrent: '350 triệu' }, indicators: [{ name: '', value: 1, unit: 'mẫu' }] }],
    };
    expect(validate(report)).toBe(false);
    const found = (validate.errors ?? []).map((e) => ({ keyword: e.keyword, at: e.instancePath, params: e.params }));
    expect(found).toEqual([
      { keyword: 'kt-date', at: '/submitted', params: { ok: false, reason: 'impossible', day: 31, month: 11, year: 2025, daysInMonth: 30 } },
      { keyword: 'minLength', at: '/tasks/0/indicators/0/name', params: { limit: 1 } },
      { keyword: 'kt-money', at: '/tasks/0/funding/state_recurrent', params: { reason: 'words' } },
    ]);
  });
});
