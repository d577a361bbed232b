import type { Rng } from '../random';
import type { Tensor } from '../tensor';
import { checkDataset, takeRows, type Dataset } from './dataset';
import { checkInteger } from './validate';

/**
 * Splits (x, y) into mini-batches of `batchSize` examples, as the course does:
 * shuffle the m examples (when an `rng` is given), then take consecutive
 * slices; the last batch keeps the m mod batchSize leftover examples.
 *
 * Number of batches = ⌈m / batchSize⌉. With batchSize = m this is batch
 * gradient descent, with batchSize = 1 stochastic gradient descent.
 *
 * ```ts
 * const batches = miniBatches(x, y, 64, new Rng(11)); // 300 examples: 64, 64, 64, 64, 44
 * ```
 */
export function miniBatches(x: Tensor, y: Tensor, batchSize: number, rng?: Rng): Dataset[] {
  checkInteger('miniBatches', 'batchSize', batchSize, 1);
  checkDataset('miniBatches', x, y);
  const m = x.rows;
  const order = rng ? rng.permutation(m) : Array.from({ length: m }, (_, i) => i);
  const batches: Dataset[] = [];
  for (let start = 0; start < m; start += batchSize) {
    const rows = order.slice(start, start + batchSize);
    batches.push({ x: takeRows(x, rows), y: takeRows(y, rows) });
  }
  return batches;
}
