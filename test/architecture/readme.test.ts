// The README is the user guide: short enough to read in ten minutes, and it names every code
// kt-bio can print.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/diagnostics/diagnostic.js';
import { REPO } from '../helpers/cli.js';

const README = readFileSync(path.join(REPO, 'README.md'), 'utf8');

describe('README.md', () => {
  it('stays a short user guide (under 450 lines)', () => {
    expect(README.split('\n').length).toBeLessThan(450);
  });

  it('lists every code a message can carry', () => {
    const missing = DIAGNOSTIC_CODES.filter((code) => !README.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });
});
