/**
 * A short fingerprint of a snippet's source, computed at build time, so a
 * saved edit knows which version of the snippet it started from.
 * @module
 */
import { fnv1a } from '../runtime/hash';

/** 8 hex digits that change whenever the source changes. */
export function sourceHash(source: string): string {
  return fnv1a(source).toString(16).padStart(8, '0');
}
