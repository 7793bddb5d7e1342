// What the browser form's bundle gets for node:buffer, the one Node module the shared code uses
// on the page (build.mjs maps it here, and the global Buffer too): UTF-8 checks and decoding
// through the browser's own TextDecoder.
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
