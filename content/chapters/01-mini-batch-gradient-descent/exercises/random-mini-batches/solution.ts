import type { Rng } from '@engine';

/** One mini-batch: its examples X^{t} (one row per example) and their labels Y^{t}. */
export interface MiniBatch {
  X: number[][];
  Y: number[];
}

/**
 * Splits the training set (X, Y) into random mini-batches of `batchSize` examples.
 *
 * Why it is written this way: one permutation shuffles X and Y together, so every label stays with its example.
 * The loop steps by `batchSize` and `slice` stops at the end of the array on its own, so the last, smaller
 * mini-batch needs no special case: with m = 10 and batchSize = 4 the batches have 4, 4 and 2 examples. Nothing
 * is dropped (every example is seen once per epoch) and nothing is padded (a padded example would be counted twice).
 * With batchSize = m this is batch gradient descent (one batch); with batchSize = 1, stochastic gradient descent.
 */
export function randomMiniBatches(X: number[][], Y: number[], batchSize: number, rng: Rng): MiniBatch[] {
  const m = X.length;
  const order = rng.permutation(m);
  const batches: MiniBatch[] = [];
  for (let start = 0; start < m; start += batchSize) {
    const indices = order.slice(start, start + batchSize);
    batches.push({ X: indices.map((i) => X[i]), Y: indices.map((i) => Y[i]) });
  }
  return batches;
}
