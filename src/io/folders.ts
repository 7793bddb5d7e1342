// Creating output folders.
import { mkdir, stat } from 'node:fs/promises';
import { dirName, resolvePath } from './paths.js';

/**
 * Creates a folder and its missing parents, one level at a time. Node's own recursive mkdir
 * spins forever where a file system refuses a new name with ENOENT (e.g. under /proc); here
 * that refusal is an error like any other.
 */
export async function ensureFolder(path: string): Promise<void> {
  const missing: string[] = [];
  let dir = resolvePath(path, '.');
  while (!(await stat(dir).then(() => true, () => false))) {
    missing.push(dir);
    const parent = dirName(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const d of missing.reverse()) {
    await mkdir(d).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
  }
}
