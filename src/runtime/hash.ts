/**
 * FNV-1a (32 bits): a tiny, stable fingerprint of a string, for ids and
 * version stamps, not for security. Zero imports, so every layer may use it.
 * @module
 */

/** The FNV-1a hash of `text`'s UTF-16 code units, as an unsigned 32-bit integer. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
