import type { Rng } from '@engine';

/** One mini-batch: its examples X^{t} (one row per example) and their labels Y^{t}. */
export interface MiniBatch {
  X: number[][];
  Y: number[];
}

/**
 * Splits the training set (X, Y) into random mini-batches of `batchSize` examples.
 *
 * - `X[i]` is example i (there are m = X.length examples) and `Y[i]` is its label.
 * - Shuffle once: `const order = rng.permutation(m)`; position k of the shuffled set
 *   holds example `order[k]`.
 * - Then take examples 0..batchSize-1 of the shuffled set, then the next batchSize,
 *   and so on. If m is not a multiple of batchSize, the last mini-batch holds the
 *   few examples that are left.
 */
export function randomMiniBatches(
  X: number[][], Y: number[], batchSize: number, rng: Rng,
): MiniBatch[] {
  const batches: MiniBatch[] = [];
  // TODO: shuffle with rng.permutation(X.length), then push one { X, Y } per mini-batch.
  return batches;
}
