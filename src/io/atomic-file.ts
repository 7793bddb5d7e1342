// Writing an output file so that a reader never sees half of it: the bytes go to a temporary
// file in the same folder, are flushed to disk, and only then renamed over the target (a rename
// within one folder replaces the file in one step). A failure at any point leaves the previous
// file as it was and removes the temporary one; so does Ctrl+C (SIGINT) or SIGTERM during the
// write. A temporary left by a run that was killed outright (SIGKILL, power cut) is removed by
// the next write of the same file.
import { lstatSync, readdirSync, unlinkSync } from 'node:fs';
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

// A leading dot keeps the half-written file out of sight in a file manager; pid and sequence
// keep two runs at once apart. The name never reaches the document.
const temporaryName = (target: string, pid: number, n: number): string => `.${target}.${pid}-${n}.tmp`;
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Writes `bytes` to `path` all at once or not at all; creates the folder when it is missing. */
export async function writeFileAtomic(path: string, bytes: Uint8Array, fs: WriteFileSystem = NODE_FS): Promise<void> {
  const folder = dirName(path);
  await fs.ensureFolder(folder);
  removeStaleTemporaries(path);
  const temporary = joinPath(folder, temporaryName(baseName(path), process.pid, ++sequence));
  // Watched from before the file exists: a signal that arrives while it is being created still removes it.
  pending.add(temporary);
  watchSignals();
  let created = false;
  try {
    const handle = await fs.open(temporary, 'wx');
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, path);
  } catch (e) {
    // A name this write did not create (the open failed) is not removed.
    if (created) await fs.unlink(temporary).catch(() => undefined);
    throw e;
  } finally {
    pending.delete(temporary);
    if (pending.size === 0) unwatchSignals();
  }
}

/**
 * Removes the temporaries of earlier writes of `path` (kt-bio's own naming, `.<name>.<pid>-<n>.tmp`)
 * whose process is gone; a temporary of a run still going is left alone. Best effort: a
 * temporary that cannot be removed is no reason not to write. Returns the names removed.
 */
export function removeStaleTemporaries(path: string): string[] {
  const folder = dirName(path);
  // The pattern of temporaryName, with the pid captured.
  const pattern = new RegExp(`^\\.${escapeRegExp(baseName(path))}\\.(\\d+)-\\d+\\.tmp$`);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return removed;
  }
  for (const name of names) {
    const pid = pattern.exec(name)?.[1];
    const p = joinPath(folder, name);
    if (pid === undefined || pending.has(p) || (Number(pid) !== process.pid && isRunning(Number(pid)))) continue;
    try {
      // Only a regular file of that name: never a link or anything else planted there.
      if (!lstatSync(p).isFile()) continue;
      unlinkSync(p);
      removed.push(name);
    } catch {
      // left for the next run
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: a process of another user has that pid now; its files are not ours to judge.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Temporaries being written now: removed if the process is interrupted.
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
let watching = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const p of pending) {
    try {
      unlinkSync(p);
    } catch {
      // already renamed or removed
    }
  }
  pending.clear();
  unwatchSignals();
  // With the handler gone, the same signal ends the process as it would have (exit 130, 143).
  process.kill(process.pid, signal);
}

function watchSignals(): void {
  if (watching) return;
  watching = true;
  for (const s of SIGNALS) process.on(s, onSignal);
}

function unwatchSignals(): void {
  if (!watching) return;
  watching = false;
  for (const s of SIGNALS) process.off(s, onSignal);
}
