// A value one typo away from an allowed one gets "did you mean".
import { describe, expect, it } from 'vitest';
import { kt } from '../helpers/cli.js';

const FILE = 'test/fixtures/reports/typo/2025/so-yte.yaml';

describe('a misspelt allowed value', () => {
  it('suggests the closest allowed value, in Vietnamese', async () => {
    const r = await kt(['validate', FILE, '--today', '2025-12-01']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${FILE}:8:13: lỗi [not-allowed-value]`);
    expect(r.stdout).toContain('Có phải ý là "completed"?');
  });

  it('and in English', async () => {
    const r = await kt(['validate', FILE, '--today', '2025-12-01', '--lang', 'en']);
    expect(r.stdout).toContain('Did you mean "completed"?');
  });

  it('makes no suggestion when nothing is close', async () => {
    const r = await kt(['validate', 'test/fixtures/reports/bad/status-value.yaml', '--today', '2025-12-01']);
    expect(r.stdout).toContain('[not-allowed-value]');
    expect(r.stdout).not.toContain('Có phải ý là');
  });
});
