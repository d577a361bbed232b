/**
 * Turns the values a snippet logs into one console line, the same way in Node
 * and in the page worker.
 * @module
 */

/** Longest line kept; a logged million-element array must not flood the console. */
const MAX_LINE = 2000;

/** One logged value as text: strings as they are, objects with their own toString() through it, the rest as spaced JSON. */
export function formatLogValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === undefined || value === null) return String(value);
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'object' && !Array.isArray(value) && !ArrayBuffer.isView(value)) {
    // Tensors and other engine objects describe themselves (e.g. "Tensor[2,3]").
    const own = (value as { toString?: unknown }).toString;
    if (typeof own === 'function' && own !== Object.prototype.toString) return String(value);
  }
  try {
    // Spaced like Node's console ("[ 1, 2 ]", '{ "a": 1 }'), so a long line can wrap between values on a phone.
    // JSON escapes the newlines inside strings, so every newline here is indentation.
    const json = JSON.stringify(ArrayBuffer.isView(value) ? Array.from(value as unknown as ArrayLike<number>) : value, null, 1);
    return json?.replace(/\n */g, ' ') ?? String(value);
  } catch {
    return String(value);
  }
}

/** A console.log call's arguments as one line, cut at {@link MAX_LINE} characters. */
export function formatLogLine(values: readonly unknown[]): string {
  const line = values.map(formatLogValue).join(' ');
  return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}… (${line.length - MAX_LINE} more characters)` : line;
}
