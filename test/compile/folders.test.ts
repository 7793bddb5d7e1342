// Output folders are created level by level, and a folder that cannot be made is an error, not a hang.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureFolder } from '../../src/io/folders.js';
import { kt } from '../helpers/cli.js';

describe('ensureFolder', () => {
  it('creates missing parents', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kt-bio-folders-'));
    const deep = path.join(root, 'a', 'b', 'c');
    await ensureFolder(deep);
    expect(existsSync(deep)).toBe(true);
    await ensureFolder(deep); // already there: nothing to do
  });

  it('fails when a parent is a file', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kt-bio-folders-'));
    writeFileSync(path.join(root, 'file'), 'x');
    await expect(ensureFolder(path.join(root, 'file', 'sub'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it('fails where the file system refuses the name (Node\'s recursive mkdir spins forever there)', async () => {
    await expect(ensureFolder('/proc/kt-bio-no-such-folder/x')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('writing outside any writable folder', () => {
  it('template says it cannot write, exit 2', async () => {
    const r = await kt(['template', 'so-yte', '--year', '2024', '-o', '/proc/kt-bio-no-such-folder/so-yte.yaml', '--today', '2024-12-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ENOENT');
  });

  it('compile says it cannot write, exit 2', async () => {
    const r = await kt(['compile', '--year', '2024', '-o', '/proc/kt-bio-no-such-folder/x.docx', '--today', '2024-12-05']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[compile-write-failed]');
  });
});
