// A working folder of its own for a test that changes files: a copy of the sample plan and reports.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO } from './cli.js';

/** A new temporary folder holding copies of plan/ and reports/; the caller removes it. */
export function copySample(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `kt-bio-${prefix}-`));
  cpSync(path.join(REPO, 'plan'), path.join(dir, 'plan'), { recursive: true });
  cpSync(path.join(REPO, 'reports'), path.join(dir, 'reports'), { recursive: true });
  return dir;
}
