import type { Rng } from '../random';
import { Tensor } from '../tensor';
import { checkDataset, type Dataset } from './dataset';
import { checkInteger } from '../validate';

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
  return batchesInOrder(x, y, rng ? rng.permutation(x.rows) : inOrder(x.rows), batchSize);
}

/**
 * Consecutive slices of `batchSize` rows of (x, y) taken in `order` (a
 * permutation of the rows, not checked here), the last one partial.
 *
 * Why one copy and views: x and y are gathered in `order` once, and each batch
 * is a view of its rows of that copy. Typed arrays of more than 64 bytes are
 * slow to allocate in V8 (about 0.6 µs each, as much as a small layer's
 * forward pass), so two allocations per epoch beat two per batch. Batches do
 * not overlap, so a batch still behaves as a tensor of its own.
 */
export function batchesInOrder(x: Tensor, y: Tensor, order: ArrayLike<number>, batchSize: number): Dataset[] {
  const shuffledX = x.rowsAt(order), shuffledY = y.rowsAt(order);
  const m = order.length;
  const batches: Dataset[] = [];
  for (let start = 0; start < m; start += batchSize) {
    const end = Math.min(start + batchSize, m);
    batches.push({ x: rowRange(shuffledX, start, end), y: rowRange(shuffledY, start, end) });
  }
  return batches;
}

/** Rows start..end-1 of `t` as a tensor sharing its data. */
function rowRange(t: Tensor, start: number, end: number): Tensor {
  const width = t.size / t.rows;
  return new Tensor(t.data.subarray(start * width, end * width), [end - start, ...t.shape.slice(1)]);
}

/** 0, 1, ..., m - 1. */
function inOrder(m: number): number[] {
  const order = new Array<number>(m);
  for (let i = 0; i < m; i++) order[i] = i;
  return order;
}
