// Where kt-bio may write. Every guard compares real paths (links resolved), so a link to the
// reports folder is the reports folder; an output is written only as a regular file, and only
// through a link when the user named that link.
import { lstat, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { specialKind, type SpecialKind } from './files.js';
import { baseName, dirName, isInside, joinPath, resolvePath } from './paths.js';

/** Why an output path is refused. */
export type OutputProblem =
  /** `-o ''`: no path at all (it would mean the working folder). */
  | { kind: 'empty' }
  /** `-o /` (or `C:\`): the root of a disk. */
  | { kind: 'root' }
  /** Something that is not a regular file is already there (a FIFO, a device, a folder...). */
  | { kind: 'not-regular'; what: SpecialKind }
  /** A link the user did not name (planted in an output folder): never written through. */
  | { kind: 'link'; target: string };

/** The path as the user gave it, before a folder or a default name is added: empty or a disk's root is refused. */
export function givenOutputProblem(given: string, cwd: string): OutputProblem | undefined {
  if (given.trim() === '') return { kind: 'empty' };
  const resolved = resolvePath(cwd, given);
  if (dirName(resolved) === resolved) return { kind: 'root' };
  return undefined;
}

/**
 * The real path of `p`: the links of its longest existing part resolved (fs.realpath), the part
 * that does not exist yet appended as written.
 */
export async function realPathOf(p: string): Promise<string> {
  const missing: string[] = [];
  let at = resolvePath(p, '.');
  for (;;) {
    try {
      const real = await realpath(at);
      return missing.length === 0 ? real : joinPath(real, ...missing.reverse());
    } catch {
      const parent = dirName(at);
      if (parent === at) return resolvePath(p, '.');
      missing.push(baseName(at));
      at = parent;
    }
  }
}

/** True when `child` is `folder` or lies inside it, once both are real paths (links resolved). */
export async function isInsideReally(folder: string, child: string): Promise<boolean> {
  const [realFolder, realChild] = await Promise.all([realPathOf(folder), realPathOf(child)]);
  return isInside(realFolder, realChild);
}

export type WriteTarget = { ok: true; path: string } | { ok: false; problem: OutputProblem };

/**
 * Where writing `path` would put the bytes, or why it must not be written. Nothing there, or a
 * regular file: `path` itself. A link: its real target when the user named this very path
 * (`named`) and the target is a regular file or absent, else refused. Anything else (a FIFO, a
 * device, a folder): refused, so nothing waits on a FIFO and no device node is replaced.
 */
export async function writeTarget(path: string, named: boolean): Promise<WriteTarget> {
  const info = await lstat(path).catch(() => undefined);
  if (info === undefined || info.isFile()) return { ok: true, path };
  if (!info.isSymbolicLink()) return { ok: false, problem: notRegular(info) };
  const target = await realPathOf(path);
  if (!named) return { ok: false, problem: { kind: 'link', target } };
  const pointed = await stat(path).catch(() => undefined);
  if (pointed !== undefined && !pointed.isFile()) return { ok: false, problem: notRegular(pointed) };
  return { ok: true, path: target };
}

function notRegular(info: Stats): OutputProblem {
  return { kind: 'not-regular', what: specialKind(info) };
}

/** A refused output as a finding; `shown` is the path as the user should see it. */
export function outputDiagnostic(problem: OutputProblem, shown: string, showTarget: (p: string) => string): Diagnostic {
  switch (problem.kind) {
    case 'empty':
      return diagnostic('output-empty', 'error');
    case 'root':
      return diagnostic('output-root', 'error', { output: shown });
    case 'not-regular':
      return diagnostic('output-not-regular', 'error', { output: shown, kind: problem.what }, { file: shown });
    case 'link':
      return diagnostic('output-link', 'error', { output: shown, target: showTarget(problem.target) }, { file: shown });
  }
}
