/**
 * Maps a generated line back to the line of the reader's TypeScript:
 * TypeScript's emitter (used when the editor is loaded) does not keep line
 * numbers the way sucrase does. The base64-VLQ decoding is
 * @jridgewell/sourcemap-codec's (the decoder Vite, Rollup and magic-string use).
 * @module
 */
import { decode } from '@jridgewell/sourcemap-codec';

/** Decodes one base64 VLQ segment ("AAAA") into its numbers. */
export function decodeVlq(segment: string): number[] {
  // A lone segment's fields are not relative to anything, so the codec's absolute values are the raw ones.
  return [...(decode(segment)[0]?.[0] ?? [])];
}

/**
 * For each generated line (1-based index), the source line (1-based) of its
 * first mapped segment; lines with no mapping inherit the previous line's.
 * @param mappings The `mappings` field of a version 3 source map.
 */
export function lineMapFromMappings(mappings: string): number[] {
  const map: number[] = [0];
  let lastKnown = 1;
  decode(mappings).forEach((segments, index) => {
    // Segments with 4+ fields point into a source; field 2 is its 0-based line.
    const first = segments.find((segment) => segment.length >= 4);
    if (first !== undefined) lastKnown = first[2]! + 1;
    map[index + 1] = lastKnown;
  });
  return map;
}
