// Writing an output file so that a reader never sees half of it: the bytes go to a temporary
// file in the same folder, are flushed to disk, and only then renamed over the target (a rename
// within one folder replaces the file in one step). A failure at any point leaves the previous
// file as it was and removes the temporary one.
import { open, rename, unlink } from 'node:fs/promises';
import { baseName, dirName, joinPath } from './paths.js';
import { ensureFolder } from './folders.js';

/** The file-system calls the write needs; tests pass one that fails on purpose. */
export interface WriteFileSystem {
  /** Creates the folder and its missing parents. */
  ensureFolder(path: string): Promise<unknown>;
  open(path: string, flags: 'wx'): Promise<{ writeFile(bytes: Uint8Array): Promise<unknown>; sync(): Promise<void>; close(): Promise<void> }>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

const NODE_FS: WriteFileSystem = {
  ensureFolder,
  open: async (p, f) => {
    const handle = await open(p, f);
    return { writeFile: (bytes) => handle.writeFile(bytes), sync: () => handle.sync(), close: () => handle.close() };
  },
  rename,
  unlink,
};

let sequence = 0;

/** Writes `bytes` to `path` all at once or not at all; creates the folder when it is missing. */
export async function writeFileAtomic(path: string, bytes: Uint8Array, fs: WriteFileSystem = NODE_FS): Promise<void> {
  const folder = dirName(path);
  await fs.ensureFolder(folder);
  // A leading dot keeps the half-written file out of sight in a file manager; pid and sequence
  // keep two runs at once apart. The name never reaches the document.
  const temporary = joinPath(folder, `.${baseName(path)}.${process.pid}-${++sequence}.tmp`);
  const handle = await fs.open(temporary, 'wx');
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, path);
  } catch (e) {
    await fs.unlink(temporary).catch(() => undefined);
    throw e;
  }
}
