/**
 * Compares the reader's result with the reference's: numbers within a
 * tolerance, arrays and tensors by shape first, then element by element,
 * objects key by key. Reports the first difference in words.
 * @module
 */
import { DEFAULT_TOLERANCE, type Tolerance } from './spec';

/** The outcome of a comparison: equal, or where and how they first differ. */
export type Comparison = { readonly equal: true } | { readonly equal: false; readonly path: string; readonly reason: string };

const EQUAL: Comparison = { equal: true };

/** A tensor as the engine defines it (duck-typed, so any copy of the engine compares). */
interface TensorLike {
  readonly data: ArrayLike<number>;
  readonly shape: readonly number[];
}

function isTensor(value: unknown): value is TensorLike {
  return typeof value === 'object' && value !== null && Array.isArray((value as TensorLike).shape) && ArrayBuffer.isView((value as TensorLike).data);
}

function isList(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (isTensor(value)) return 'a tensor';
  if (Array.isArray(value)) return 'an array';
  if (ArrayBuffer.isView(value)) return 'a typed array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** True when `actual` is within `tolerance` of `expected`; NaN matches only NaN, infinities only themselves. */
export function closeEnough(actual: number, expected: number, tolerance: Tolerance = DEFAULT_TOLERANCE): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(actual);
  if (!Number.isFinite(expected)) return actual === expected;
  return Math.abs(actual - expected) <= tolerance.absolute + tolerance.relative * Math.abs(expected);
}

function differ(path: string, reason: string): Comparison {
  return { equal: false, path, reason };
}

/**
 * Compares `actual` with `expected` recursively.
 * @param path Where we are, for the message ("" at the top, then "[2]", ".v[0]").
 */
export function compareValues(actual: unknown, expected: unknown, tolerance: Tolerance = DEFAULT_TOLERANCE, path = ''): Comparison {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return differ(path, `expected a number, got ${kind(actual)}`);
    return closeEnough(actual, expected, tolerance) ? EQUAL : differ(path, 'values differ');
  }
  if (isTensor(expected)) {
    if (!isTensor(actual)) return differ(path, `expected a tensor, got ${kind(actual)}`);
    if (actual.shape.join() !== expected.shape.join()) return differ(path, `shape [${actual.shape.join(', ')}] instead of [${expected.shape.join(', ')}]`);
    return compareValues(Array.from(actual.data), Array.from(expected.data), tolerance, `${path}.data`);
  }
  if (isList(expected)) {
    if (!isList(actual)) return differ(path, `expected an array, got ${kind(actual)}`);
    if (actual.length !== expected.length) return differ(path, `length ${actual.length} instead of ${expected.length}`);
    for (let i = 0; i < expected.length; i++) {
      const inner = compareValues(actual[i], expected[i], tolerance, `${path}[${i}]`);
      if (!inner.equal) return inner;
    }
    return EQUAL;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || isList(actual)) return differ(path, `expected an object, got ${kind(actual)}`);
    for (const key of Object.keys(expected)) {
      if (!(key in actual)) return differ(`${path}.${key}`, `missing property "${key}"`);
      const inner = compareValues((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], tolerance, `${path}.${key}`);
      if (!inner.equal) return inner;
    }
    return EQUAL;
  }
  return Object.is(actual, expected) ? EQUAL : differ(path, 'values differ');
}
