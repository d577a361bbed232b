/**
 * The engine's input checks, in one place and one message style:
 * `where: what must be <rule>, got <value>.` for numbers and
 * `where: unknown <kind> "<name>" (allowed: a, b).` for names and options,
 * so a reader can fix the snippet line an error points at. Each check throws
 * {@link InputError} (a bad value) or {@link ShapeError} (shapes that do not fit).
 * @module
 */
import { formatShape, InputError, ShapeError } from './errors';

/** Throws {@link InputError} naming the allowed values of a closed set. */
export function unknownName(where: string, kind: string, name: unknown, allowed: readonly string[]): never {
  throw new InputError(`${where}: unknown ${kind} "${String(name)}" (allowed: ${allowed.join(', ')}).`);
}

/** Throws {@link InputError} when `options` has a key not in `allowed`, listing the allowed ones. */
export function checkOptions(where: string, options: object | null | undefined, allowed: readonly string[]): void {
  if (options === undefined || options === null) return;
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) unknownName(where, 'option', key, allowed);
  }
}

/** Throws {@link InputError} at the first NaN or infinite value of `data`. */
export function checkFinite(where: string, what: string, data: Float64Array): void {
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    // v - v is NaN exactly for NaN and ±Infinity: one test per value.
    if (v - v !== 0) throw new InputError(`${where}: ${what} holds a non-finite value (${v}) at index ${i}.`);
  }
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Throws {@link InputError} unless `value` is a finite number. */
export function checkNumber(where: string, what: string, value: unknown): void {
  if (!isFiniteNumber(value)) throw new InputError(`${where}: ${what} must be a finite number, got ${String(value)}.`);
}

/** Throws {@link InputError} unless `value` is a finite number > 0. */
export function checkPositive(where: string, what: string, value: unknown): void {
  if (!isFiniteNumber(value) || value <= 0) throw new InputError(`${where}: ${what} must be a finite number > 0, got ${String(value)}.`);
}

/** Throws {@link InputError} unless `value` is a finite number >= 0. */
export function checkNonNegative(where: string, what: string, value: unknown): void {
  if (!isFiniteNumber(value) || value < 0) throw new InputError(`${where}: ${what} must be a finite number >= 0, got ${String(value)}.`);
}

/** Throws {@link InputError} unless `low <= value < high` (a β, a fraction). */
export function checkInRange(where: string, what: string, value: unknown, low: number, high: number): void {
  if (!isFiniteNumber(value) || value < low || value >= high) {
    throw new InputError(`${where}: ${what} must be in [${low}, ${high}), got ${String(value)}.`);
  }
}

/** Throws {@link InputError} unless `0 < value <= 1` (a factor that shrinks a rate, 1 keeping it). */
export function checkShrinkFactor(where: string, what: string, value: unknown): void {
  if (!isFiniteNumber(value) || value <= 0 || value > 1) throw new InputError(`${where}: ${what} must be in (0, 1], got ${String(value)}.`);
}

/** Throws {@link InputError} unless `value` is a whole number >= `min`. */
export function checkInteger(where: string, what: string, value: unknown, min: number): void {
  if (!Number.isInteger(value) || (value as number) < min) {
    throw new InputError(`${where}: ${what} must be a whole number >= ${min}, got ${String(value)}.`);
  }
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
