/**
 * Short, readable text for the values of a check result: numbers with up to
 * 7 significant digits, long arrays cut, tensors with their shape.
 * @module
 */

/** Elements shown per array before "…". */
const MAX_ITEMS = 8;
/** Longest text of one value. */
const MAX_CHARS = 600;

/** A number as a reader would write it: 0.1, -3.2e-7, 1000, NaN. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  const text = Math.abs(x) >= 1e-4 && Math.abs(x) < 1e7 ? x.toPrecision(7) : x.toExponential(6);
  // Drop trailing zeros: 0.1000000 -> 0.1, 2.500000e-7 -> 2.5e-7.
  return text.replace(/\.?0+(e|$)/, '$1').replace('e+', 'e');
}

function format(value: unknown, depth: number): string {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return String(value);
  const tensor = value as { shape?: unknown; data?: unknown; toArray?: () => unknown };
  if (Array.isArray(tensor.shape) && ArrayBuffer.isView(tensor.data) && typeof tensor.toArray === 'function') {
    return `Tensor[${tensor.shape.join(',')}] ${format(tensor.toArray(), depth + 1)}`;
  }
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const items = Array.from(value as ArrayLike<unknown>);
    const shown = items.slice(0, MAX_ITEMS).map((item) => format(item, depth + 1));
    if (items.length > MAX_ITEMS) shown.push(`… ${items.length - MAX_ITEMS} more`);
    return `[${shown.join(', ')}]`;
  }
  if (depth > 4) return '{…}';
  const entries = Object.entries(value).map(([key, inner]) => `${key}: ${format(inner, depth + 1)}`);
  return `{ ${entries.join(', ')} }`;
}

/** Any value of a check as one line of text (cut at {@link MAX_CHARS} characters). */
export function formatValue(value: unknown): string {
  const text = format(value, 0);
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…` : text;
}

/** The part of `value` at `path` ("[2].v[0]"), to show next to the whole value; undefined when the path does not resolve. */
export function valueAt(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const [, key, index] of path.matchAll(/\.(\w+)|\[(\d+)\]/g)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = index !== undefined ? (current as ArrayLike<unknown>)[Number(index)] : (current as Record<string, unknown>)[key];
  }
  return current;
}
