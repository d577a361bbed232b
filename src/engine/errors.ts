/**
 * Errors the engine throws for bad input, and the small checks that raise
 * them. Every message says what is wrong and where, so a reader can fix the
 * snippet line it points at.
 * @module
 */

/**
 * Two tensors whose shapes do not fit together. The message names both shapes.
 *
 * ```ts
 * try { dense(3, 4).forward(Tensor.zeros([2, 5]), true); } catch (e) { e instanceof ShapeError; } // true
 * ```
 */
export class ShapeError extends Error {
  override readonly name = 'ShapeError';
}

/**
 * A value the engine cannot work with: a non-finite number, an unknown option
 * or name, an empty data set.
 *
 * ```ts
 * try { dense(2, 3, { inti: 'he' } as never); } catch (e) { (e as Error).message; } // 'dense: unknown option "inti" ...'
 * ```
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** `[2,3]` for a shape, the way every message writes it. */
export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(',')}]`;
}

/** Throws {@link InputError} when `options` has a key not in `allowed`. */
export function checkOptions(where: string, options: object | undefined, allowed: readonly string[]): void {
  if (options === undefined) return;
  for (const key in options) {
    if (!allowed.includes(key)) {
      throw new InputError(`${where}: unknown option "${key}" (allowed: ${allowed.join(', ')}).`);
    }
  }
}

/** Throws {@link InputError} naming the allowed values of a closed set. */
export function unknownName(where: string, kind: string, name: unknown, allowed: readonly string[]): never {
  throw new InputError(`${where}: unknown ${kind} "${String(name)}" (allowed: ${allowed.join(', ')}).`);
}

/** Throws {@link InputError} at the first NaN or infinite value of `data`. */
export function checkFinite(where: string, what: string, data: Float64Array): void {
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    // v - v is NaN exactly for NaN and ±Infinity: one test per value.
    if (v - v !== 0) throw new InputError(`${where}: ${what} holds a non-finite value (${v}) at index ${i}.`);
  }
}

/** Throws {@link InputError} unless `value` is a finite number (optionally > 0 or >= 0). */
export function checkNumber(where: string, what: string, value: unknown, range: 'any' | 'positive' | 'nonNegative' = 'any'): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InputError(`${where}: ${what} must be a finite number, got ${String(value)}.`);
  }
  if (range === 'positive' && !(value > 0)) throw new InputError(`${where}: ${what} must be > 0, got ${value}.`);
  if (range === 'nonNegative' && !(value >= 0)) throw new InputError(`${where}: ${what} must be >= 0, got ${value}.`);
}

/** Throws {@link ShapeError} unless `a` and `b` have the same shape. */
export function checkSameShape(where: string, aName: string, a: readonly number[], bName: string, b: readonly number[]): void {
  let same = a.length === b.length;
  for (let i = 0; same && i < a.length; i++) same = a[i] === b[i];
  if (!same) {
    throw new ShapeError(`${where}: ${aName} has shape ${formatShape(a)} but ${bName} has shape ${formatShape(b)}.`);
  }
}

/** Throws {@link ShapeError} unless `x` is a 2-D batch `[m, n]` with `n = columns` (when given) and m >= 1. */
export function checkBatch(where: string, what: string, shape: readonly number[], columns?: number): void {
  if (shape.length !== 2) {
    throw new ShapeError(`${where}: ${what} must be 2-D [examples, features], got shape ${formatShape(shape)}.`);
  }
  if (columns !== undefined && shape[1] !== columns) {
    throw new ShapeError(`${where}: ${what} has shape ${formatShape(shape)} but the layer expects [m,${columns}].`);
  }
  if (shape[0] === 0) throw new InputError(`${where}: ${what} is empty (shape ${formatShape(shape)}).`);
}
