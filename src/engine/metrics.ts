/**
 * Classification metrics on a batch of predictions Ŷ against targets Y.
 * @module
 */
import type { Tensor } from './tensor';
import { InputError } from './errors';
import { checkBatch, checkSameShape } from './validate';

/**
 * The class of each row: for one column, 1 when ŷ > 0.5 else 0 (binary);
 * for several, the index of the largest value (one-hot / softmax).
 *
 * ```ts
 * predictedClasses(Tensor.from([[0.2, 0.7, 0.1]])); // [1]
 * ```
 */
export function predictedClasses(yHat: Tensor): number[] {
  checkBatch('predictedClasses', 'yHat', yHat.shape);
  const [m, c] = yHat.shape;
  const out: number[] = new Array(m);
  for (let i = 0; i < m; i++) out[i] = classOfRow(yHat.data, i, c);
  return out;
}

/** The class of row `i` of a `[m, c]` array: ŷ > 0.5 for one column, else the arg-max. */
function classOfRow(d: Float64Array, i: number, c: number): number {
  if (c === 1) return d[i] > 0.5 ? 1 : 0;
  let best = 0;
  for (let j = 1; j < c; j++) if (d[i * c + j] > d[i * c + best]) best = j;
  return best;
}

/**
 * Fraction of rows whose predicted class matches the target's: threshold 0.5 for
 * a single column (binary labels 0/1), arg-max for one-hot rows.
 *
 * ```ts
 * accuracy(Tensor.from([[0.9], [0.4]]), Tensor.from([[1], [1]])); // 0.5
 * ```
 */
export function accuracy(yHat: Tensor, y: Tensor): number {
  checkSameShape('accuracy', 'yHat', yHat.shape, 'y', y.shape);
  checkBatch('accuracy', 'yHat', yHat.shape);
  // Row by row, without arrays of classes: train() calls this after every step.
  const [m, c] = yHat.shape;
  let right = 0;
  for (let i = 0; i < m; i++) if (classOfRow(yHat.data, i, c) === classOfRow(y.data, i, c)) right++;
  return right / m;
}

/**
 * Counts[actual][predicted] over the rows, for `classes` classes (default: the columns of y, or 2 for one column).
 *
 * ```ts
 * confusionMatrix(yHat, y)[3][5]; // how many 3s were taken for 5s
 * ```
 */
export function confusionMatrix(yHat: Tensor, y: Tensor, classes?: number): number[][] {
  checkSameShape('confusionMatrix', 'yHat', yHat.shape, 'y', y.shape);
  const c = classes ?? (y.shape[1] === 1 ? 2 : y.shape[1]);
  const counts = Array.from({ length: c }, () => new Array<number>(c).fill(0));
  const predicted = predictedClasses(yHat);
  const actual = predictedClasses(y);
  for (let i = 0; i < predicted.length; i++) {
    if (actual[i] >= c || predicted[i] >= c) throw new InputError(`confusionMatrix: class ${Math.max(actual[i], predicted[i])} at row ${i} is >= classes (${c}).`);
    counts[actual[i]][predicted[i]]++;
  }
  return counts;
}
