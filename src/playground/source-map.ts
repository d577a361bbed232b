/**
 * Just enough of the source map format to map a generated line back to the
 * line of the reader's TypeScript: TypeScript's emitter (used when the editor
 * is loaded) does not keep line numbers the way sucrase does.
 * @module
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one base64 VLQ segment ("AAAA") into its numbers. */
export function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) throw new Error(`source map: bad VLQ character "${char}"`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * For each generated line (1-based index), the source line (1-based) of its
 * first mapped segment; lines with no mapping inherit the previous line's.
 * @param mappings The `mappings` field of a version 3 source map.
 */
export function lineMapFromMappings(mappings: string): number[] {
  const map: number[] = [0];
  let sourceLine = 0;
  let lastKnown = 1;
  mappings.split(';').forEach((line, index) => {
    let first: number | null = null;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = decodeVlq(segment);
      if (fields.length >= 4) {
        sourceLine += fields[2];
        if (first === null) first = sourceLine + 1;
      }
    }
    if (first !== null) lastKnown = first;
    map[index + 1] = lastKnown;
  });
  return map;
}
