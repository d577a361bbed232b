/**
 * How a snippet worker's figures travel to the page: as JSON bytes in a
 * transferred ArrayBuffer. The worker runs in the sandbox frame's process, and
 * Chromium copies a structured message across processes slowly: a figure of
 * 6,000 numbers and 4,000 hover strings took 7-14 ms of the page's main thread
 * to read as objects, and 0.5-1 ms as bytes to decode and parse (measured in
 * Chromium on this machine). What JSON cannot carry the page's figure guard
 * would have dropped anyway: typed arrays become lists, non-finite numbers
 * become gaps (null).
 * @module
 */
import type { Figure } from './snippet';

/** Bytes of figures one message may carry; a larger message is dropped unread. */
export const MAX_FIGURE_BYTES = 64 * 1024 * 1024;

/**
 * `value` with its typed arrays as lists. Lists of plain values are not walked (a replacer function would
 * be called for each of their thousands of numbers: twice the time).
 */
function withLists(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (ArrayBuffer.isView(value)) return value instanceof DataView ? {} : Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.length === 0 || typeof value[0] !== 'object' ? value : value.map(withLists);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = withLists((value as Record<string, unknown>)[key]);
  return out;
}

/** The figures as JSON bytes, ready to transfer. Throws what JSON.stringify throws (a cycle, a BigInt). */
export function encodeFigures(figures: readonly Figure[]): ArrayBuffer {
  return new TextEncoder().encode(JSON.stringify(withLists(figures))).buffer as ArrayBuffer;
}

/** The figures from {@link encodeFigures}'s bytes (unchecked: the caller guards them), or a reason they cannot be read. */
export function decodeFigures(bytes: ArrayBuffer): { readonly figures: unknown } | { readonly dropped: string } {
  if (bytes.byteLength > MAX_FIGURE_BYTES) return { dropped: `figures of ${Math.round(bytes.byteLength / 1e6)} MB are more than a message may carry` };
  try {
    return { figures: JSON.parse(new TextDecoder().decode(bytes)) as unknown };
  } catch {
    return { dropped: 'figures must be JSON' };
  }
}
