/**
 * A data set as the engine uses it: one example per row, inputs and labels
 * side by side, plus helpers to pick rows and to make an Rng from options.
 */
import { Rng } from '../random';
import { Tensor } from '../tensor';
import { InputError, ShapeError } from '../errors';

/** Inputs `x` [m, nx] and labels `y` [m, 1] or one-hot [m, C], row i of each being example i. */
export interface Dataset {
  readonly x: Tensor;
  readonly y: Tensor;
}

/** Where randomness comes from: an `rng` to share, or a `seed` for a fresh one (default seed 1). */
export interface RandomOptions {
  readonly seed?: number;
  readonly rng?: Rng;
}

/** The Rng an options object asks for. */
export function rngFrom(options: RandomOptions): Rng {
  return options.rng ?? new Rng(options.seed ?? 1);
}

/** The rows `indices` of a 2-D tensor (or elements of a vector), in that order. */
export function takeRows(t: Tensor, indices: readonly number[]): Tensor {
  return t.rowsAt(indices);
}

/** Throws InputError if x is empty or x or y holds a non-finite value, ShapeError unless they have one row per example each. */
export function checkDataset(where: string, x: Tensor, y: Tensor): void {
  if (x.rows === 0 || x.size === 0) throw new InputError(`${where}: x is empty (shape [${x.shape}]).`);
  if (x.rows !== y.rows) {
    throw new ShapeError(`${where}: x has ${x.rows} rows (shape [${x.shape}]) but y has ${y.rows} (shape [${y.shape}]); both need one row per example.`);
  }
  checkAllFinite(where, 'x', x.data);
  checkAllFinite(where, 'y', y.data);
}

/** Throws InputError at the first NaN or ±Infinity. A plain loop: it runs over the whole data set once per epoch. */
function checkAllFinite(where: string, name: string, data: Float64Array): void {
  for (let i = 0; i < data.length; i++) {
    // v - v is 0 for every finite v and NaN for NaN and ±Infinity.
    if (data[i] - data[i] !== 0) throw new InputError(`${where}: ${name} holds a non-finite value (${data[i]}) at flat index ${i}.`);
  }
}
