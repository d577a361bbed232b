import type { Tensor } from '../tensor';
import { checkDataset, rngFrom, takeRows, type Dataset, type RandomOptions } from './dataset';
import { checkInRange, checkOptions } from '../validate';
import { InputError } from '../errors';

/** Options of {@link trainTestSplit}. */
export interface SplitOptions extends RandomOptions {
  /** Share of the examples held out for testing, default 0.2. */
  readonly testFraction?: number;
}

/**
 * Shuffles the examples and holds out round(m · testFraction) of them as a
 * test set (at least one example on each side), so a model is judged on
 * data it never trained on.
 *
 * ```ts
 * const { train, test } = trainTestSplit(x, y, { testFraction: 0.25, seed: 2 });
 * ```
 */
export function trainTestSplit(x: Tensor, y: Tensor, options: SplitOptions = {}): { train: Dataset; test: Dataset } {
  checkOptions('trainTestSplit', options, ['testFraction', 'seed', 'rng']);
  checkDataset('trainTestSplit', x, y);
  const testFraction = options.testFraction ?? 0.2;
  checkInRange('trainTestSplit', 'testFraction', testFraction, 0, 1);
  const m = x.rows;
  if (m < 2) throw new InputError(`trainTestSplit: needs at least 2 examples to split, got ${m}.`);
  const testCount = Math.min(m - 1, Math.max(1, Math.round(m * testFraction)));
  const order = rngFrom(options).permutation(m);
  const testRows = order.slice(0, testCount), trainRows = order.slice(testCount);
  return {
    train: { x: takeRows(x, trainRows), y: takeRows(y, trainRows) },
    test: { x: takeRows(x, testRows), y: takeRows(y, testRows) },
  };
}
