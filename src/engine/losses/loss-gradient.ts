/**
 * The gradient a loss hands to the network, with the targets attached so the
 * output layer can use the combined formula (see `softmax` and `sigmoid`).
 * @module
 */
import { Tensor } from '../tensor';

/**
 * dCost/dŷ, as a plain tensor any layer can use, plus the targets `y` and the
 * scale 1/m. An output layer that recognises its own loss (softmax with
 * softmax cross-entropy, sigmoid with binary cross-entropy) ignores the values
 * and computes dZ = (ŷ - y)/m directly from its cached ŷ: the exact
 * combined gradient, which never divides by a tiny ŷ.
 *
 * ```ts
 * const g = softmaxCrossEntropy.grad(yHat, y); // g instanceof LossGradient, g.target === y
 * ```
 */
export class LossGradient extends Tensor {
  constructor(
    data: Float64Array,
    shape: readonly number[],
    /** Which loss made it. */
    readonly loss: 'binaryCrossEntropy' | 'softmaxCrossEntropy',
    /** The targets y. */
    readonly target: Tensor,
    /** 1/m: the cost is a mean over examples. */
    readonly scale: number,
  ) {
    super(data, shape);
  }
}
