// Writing the summary all at once or not at all: a failure at any step leaves the previous
// document as it was and no temporary file behind.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, type WriteFileSystem } from '../../src/io/atomic-file.js';
import { ensureFolder } from '../../src/io/folders.js';

let dir: string;
let target: string;
const NEW = new TextEncoder().encode('the new document, '.repeat(1000));

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kt-bio-atomic-'));
  target = path.join(dir, 'bao-cao.docx');
  writeFileSync(target, 'the previous document');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The real file system, with one step made to fail. */
function failing(step: 'write' | 'sync' | 'rename'): WriteFileSystem {
  return {
    ensureFolder,
    open: async (p, flags) => {
      const handle = await open(p, flags);
      return {
        writeFile: async (bytes) => {
          // Half the bytes reach the disk before the failure, as when the disk fills up.
          await handle.writeFile(bytes.subarray(0, bytes.length / 2));
          if (step === 'write') throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
          await handle.writeFile(bytes.subarray(bytes.length / 2));
        },
        sync: async () => {
          if (step === 'sync') throw Object.assign(new Error('i/o error'), { code: 'EIO' });
          await handle.sync();
        },
        close: () => handle.close(),
      };
    },
    rename: async (from, to) => {
      if (step === 'rename') throw Object.assign(new Error('permission denied'), { code: 'EPERM' });
      await rename(from, to);
    },
    unlink,
  };
}

describe('writeFileAtomic', () => {
  it('replaces the file with the new bytes', async () => {
    await writeFileAtomic(target, NEW);
    expect(new Uint8Array(readFileSync(target))).toEqual(NEW);
    expect(readdirSync(dir)).toEqual(['bao-cao.docx']);
  });

  for (const step of ['write', 'sync', 'rename'] as const) {
    it(`keeps the previous document and leaves no temporary file when the ${step} fails`, async () => {
      await expect(writeFileAtomic(target, NEW, failing(step))).rejects.toThrow();
      expect(readFileSync(target, 'utf8')).toBe('the previous document');
      expect(readdirSync(dir)).toEqual(['bao-cao.docx']);
    });
  }

  it('creates a missing folder', async () => {
    const nested = path.join(dir, 'out', 'nam-2024', 'bao-cao.docx');
    await writeFileAtomic(nested, NEW);
    expect(new Uint8Array(readFileSync(nested))).toEqual(NEW);
  });
});
