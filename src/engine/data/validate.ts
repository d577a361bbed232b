/**
 * Small input checks shared by the optimizers, schedules and data helpers, so
 * that every error says what is wrong and where in the same words. They throw
 * the engine's {@link InputError}, like the checks in ../errors.ts.
 */
import { InputError } from '../errors';

/** Throws if `options` has a key not in `allowed`, listing the allowed names. */
export function checkOptionNames(where: string, options: object | undefined, allowed: readonly string[]): void {
  if (options === undefined || options === null) return;
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new InputError(`${where}: unknown option '${key}'. Allowed options: ${allowed.join(', ')}.`);
    }
  }
}

/** Throws unless `value` is a finite number greater than 0. */
export function checkPositive(where: string, name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new InputError(`${where}: ${name} must be a finite number > 0, got ${value}.`);
  }
}

/** Throws unless `value` is a finite number >= 0. */
export function checkNonNegative(where: string, name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new InputError(`${where}: ${name} must be a finite number >= 0, got ${value}.`);
  }
}

/** Throws unless `low <= value < high` (a β, a fraction). */
export function checkInRange(where: string, name: string, value: number, low: number, high: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < low || value >= high) {
    throw new InputError(`${where}: ${name} must be in [${low}, ${high}), got ${value}.`);
  }
}

/** Throws unless `value` is a whole number >= `min`. */
export function checkInteger(where: string, name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new InputError(`${where}: ${name} must be a whole number >= ${min}, got ${value}.`);
  }
}
