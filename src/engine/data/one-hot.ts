import { Tensor } from '../tensor';
import { InputError } from '../errors';

/**
 * Class indices to one-hot rows: label c becomes a row of C zeros with a 1
 * at column c, the y a softmax layer is trained against (y is [m, C]).
 *
 * ```ts
 * oneHot([2, 0], 3).toArray(); // [[0, 0, 1], [1, 0, 0]]
 * ```
 */
export function oneHot(labels: Tensor | readonly number[], classes?: number): Tensor {
  const values = labels instanceof Tensor ? Array.from(labels.data) : labels;
  if (values.length === 0) throw new InputError('oneHot: no labels given.');
  const count = classes ?? Math.max(...values.map((c) => (Number.isInteger(c) ? c : 0))) + 1;
  if (!Number.isInteger(count) || count < 1) throw new InputError(`oneHot: classes must be a whole number >= 1, got ${count}.`);
  const out = new Float64Array(values.length * count);
  values.forEach((c, i) => {
    if (!Number.isInteger(c) || c < 0 || c >= count) {
      throw new InputError(`oneHot: label ${i} is ${c}; labels must be whole numbers in [0, ${count - 1}].`);
    }
    out[i * count + c] = 1;
  });
  return new Tensor(out, [values.length, count]);
}
