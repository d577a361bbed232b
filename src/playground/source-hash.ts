/**
 * A short fingerprint of a snippet's source (FNV-1a, 32 bits), computed at
 * build time, so a saved edit knows which version of the snippet it started from.
 * @module
 */

/** 8 hex digits that change whenever the source changes. */
export function sourceHash(source: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    hash ^= source.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
