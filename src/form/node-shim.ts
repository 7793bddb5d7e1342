// What the browser form's bundle gets for the few Node modules the shared code names (build.mjs
// maps them here): UTF-8 checks and decoding through the browser's own TextDecoder. File access
// is never reached from the page; it fails plainly if it ever were.
const fatal = new TextDecoder('utf-8', { fatal: true });

export function isUtf8(bytes: Uint8Array): boolean {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export const Buffer = {
  from(buffer: ArrayBufferLike, byteOffset = 0, length?: number) {
    const bytes = new Uint8Array(buffer, byteOffset, length);
    return { toString: () => new TextDecoder('utf-8').decode(bytes) };
  },
};

const noFiles = (): never => {
  throw new Error('no file access in the browser form');
};
export const readFileSync = noFiles;
export const statSync = noFiles;
export const readdir = noFiles;
export const stat = noFiles;
export const access = noFiles;
/** node:path and the like, as a default import: any use fails plainly. */
export default new Proxy({}, { get: () => noFiles });
