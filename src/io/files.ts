// Reading files from disk: the only module of the core that does I/O on its inputs. Everything
// it returns is bytes or a listing, or a Diagnostic saying why there is none.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { extName, isInside, joinPath } from './paths.js';

export type BytesRead = { ok: true; bytes: Uint8Array } | { ok: false; diagnostic: Diagnostic };

/** What a path turned out to be when it is not a regular file (the `kind` of `file-not-regular`). */
export type SpecialKind = 'folder' | 'fifo' | 'character-device' | 'block-device' | 'socket' | 'other';

// O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer, and the
// descriptor's kind is then checked before anything is read. O_NOCTTY: a terminal named as a
// report never becomes the process's controlling terminal. Both are 0 (absent) on Windows.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const FIRST_CHUNK_BYTES = 64 * 1024;

/**
 * Reads one regular file's bytes, at most `maxBytes`; `shown` is the path as the user should see it.
 * The file is opened first and its kind read from the descriptor (`fstat`), so a link swapped
 * after a check cannot redirect the read; a FIFO, a device or a socket is a finding and is never
 * read or waited on. The limit is enforced on the bytes actually read (a device or a growing
 * file says nothing true about its size): reading stops at `maxBytes + 1`.
 * Synchronous: a year is thousands of files of a few kB, and a trip through the thread pool per
 * call costs more than the read (9,600 reports: 90 ms read in turn, 210–360 ms read 16 at a time).
 */
export function readFileBytes(path: string, shown: string, maxBytes: number): BytesRead {
  let fd: number;
  try {
    fd = openSync(path, READ_FLAGS);
  } catch (e) {
    // A socket cannot be opened as a file (ENXIO); say what it is rather than a system code.
    if ((e as NodeJS.ErrnoException).code === 'ENXIO') return fail('file-not-regular', { path: shown, kind: 'socket' }, shown);
    return { ok: false, diagnostic: ioDiagnostic(e, shown) };
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return fail('file-unreadable', { path: shown, reason: 'is a folder' }, shown);
    if (!info.isFile()) return fail('file-not-regular', { path: shown, kind: specialKind(info) }, shown);
    if (info.size > maxBytes) return fail('file-too-large', { size: info.size, limit: maxBytes }, shown);
    const bytes = readAtMost(fd, maxBytes + 1, info.size);
    if (bytes.length > maxBytes) return fail('file-too-large', { size: Math.max(info.size, bytes.length), limit: maxBytes }, shown);
    return { ok: true, bytes };
  } catch (e) {
    return { ok: false, diagnostic: ioDiagnostic(e, shown) };
  } finally {
    closeSync(fd);
  }
}

/** Reads from `fd` until the end or until `cap` bytes; `expected` (the size fstat gave) sizes the first buffer. */
function readAtMost(fd: number, cap: number, expected: number): Uint8Array {
  let buffer = Buffer.allocUnsafe(Math.min(cap, Math.max(expected + 1, 1)));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= cap) break;
      const grown = Buffer.allocUnsafe(Math.min(cap, Math.max(length * 2, FIRST_CHUNK_BYTES)));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}

/** What a path that is not a regular file is. */
export function specialKind(info: Stats): SpecialKind {
  if (info.isDirectory()) return 'folder';
  if (info.isFIFO()) return 'fifo';
  if (info.isCharacterDevice()) return 'character-device';
  if (info.isBlockDevice()) return 'block-device';
  if (info.isSocket()) return 'socket';
  return 'other';
}

export function ioDiagnostic(e: unknown, shown: string, folder = false): Diagnostic {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return diagnostic('file-not-found', 'error', { path: shown }, { file: shown });
  return diagnostic(folder ? 'folder-unreadable' : 'file-unreadable', 'error', { path: shown, reason: code ?? String(e) }, { file: shown });
}

function fail(code: 'file-unreadable' | 'file-too-large' | 'file-not-regular', args: Record<string, string | number>, shown: string): BytesRead {
  return { ok: false, diagnostic: diagnostic(code, 'error', args, { file: shown }) };
}

/** Something to tell about one listed file before it is read (it is still read). */
export type ListingNote =
  /** A link whose real path lies outside the folder: the file it leads to is read. */
  | { kind: 'link-outside'; target: string }
  /** A report saved with an editor's extra extension (so-yte.yaml.txt): read as the report it is. */
  | { kind: 'extra-extension'; rename: string };

export interface ListedFile {
  path: string;
  notes: ListingNote[];
}

export type FolderListing = { ok: true; yaml: ListedFile[]; skipped: string[] } | { ok: false; diagnostic: Diagnostic };

const YAML_EXTENSIONS = new Set(['.yaml', '.yml']);
// Notepad adds ".txt" when "Save as type" is left at "Text Documents": so-yte.yaml.txt.
const EXTRA_EXTENSION = /\.(?:yaml|yml)(\.txt)$/i;

/**
 * The report files directly inside a folder (sorted by name), and the other entries it skipped.
 * Every entry that is not a folder and has a report's name is listed, whatever it is (a link, a
 * FIFO, a device): the read then says what it is, so nothing named like a report is passed over
 * in silence. A link is followed; one that leads out of the folder gets a note naming where.
 */
export async function listYamlFiles(folder: string, shown: string): Promise<FolderListing> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    const yaml: ListedFile[] = [];
    const skipped: string[] = [];
    let realFolder: string | undefined;
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = joinPath(folder, e.name);
      const extra = EXTRA_EXTENSION.exec(e.name);
      if (e.isDirectory() || !(YAML_EXTENSIONS.has(extName(e.name)) || extra)) {
        skipped.push(path);
        continue;
      }
      const listed: ListedFile = { path, notes: [] };
      if (extra) listed.notes.push({ kind: 'extra-extension', rename: e.name.slice(0, e.name.length - extra[1]!.length) });
      if (e.isSymbolicLink()) {
        realFolder ??= await realpath(folder);
        // A dangling link has no real path: the read reports it.
        const target = await realpath(path).catch(() => undefined);
        if (target !== undefined && !isInside(realFolder, target)) listed.notes.push({ kind: 'link-outside', target });
      }
      yaml.push(listed);
    }
    return { ok: true, yaml, skipped };
  } catch (e) {
    return { ok: false, diagnostic: ioDiagnostic(e, shown, true) };
  }
}

export type PathKind = { ok: true; folder: boolean } | { ok: false; diagnostic: Diagnostic };

/** Whether a path the user named is a folder or a file, or why it cannot be used. */
export async function pathKind(path: string, shown: string): Promise<PathKind> {
  try {
    return { ok: true, folder: (await stat(path)).isDirectory() };
  } catch (e) {
    return { ok: false, diagnostic: ioDiagnostic(e, shown) };
  }
}

export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
