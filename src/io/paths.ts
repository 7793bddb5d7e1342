// The one module that touches node:path, so path handling is the same on Windows and POSIX:
// every other module joins, resolves and displays paths through these functions.
import path from 'node:path';

export const joinPath = (...parts: string[]): string => path.join(...parts);
export const resolvePath = (base: string, p: string): string => path.resolve(base, p);
export const baseName = (p: string): string => path.basename(p);
export const dirName = (p: string): string => path.dirname(p);
export const extName = (p: string): string => path.extname(p).toLowerCase();
/** A report file's name without its extension(s): "so-yte" for so-yte.yaml, so-yte.YML and so-yte.yaml.txt. */
export const reportStem = (p: string): string => path.basename(p).replace(/(?:\.(?:yaml|yml)(?:\.txt)?|\.[^.]*)$/i, '');
/** The name of the folder a file sits in, e.g. "2025" for reports/2025/so-yte.yaml. */
export const parentFolderName = (p: string): string => path.basename(path.dirname(path.resolve(p)));

/** A path as shown to a user: relative to the working folder when inside it, with forward slashes. */
export function displayPath(cwd: string, p: string): string {
  const abs = path.resolve(cwd, p);
  const rel = path.relative(cwd, abs);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
  return shown.split(path.sep).join('/');
}

/** True when `child` is `parent` or lies inside it (after resolving `..`). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(path.resolve(parent), path.resolve(child));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
