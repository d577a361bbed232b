import type { Tensor } from '../tensor';

/**
 * A cost function J(Ŷ, Y) = (1/m) Σᵢ L(ŷ⁽ⁱ⁾, y⁽ⁱ⁾), the mean over the m examples
 * (rows) of a batch, and its gradient dJ/dŶ (already divided by m).
 *
 * ```ts
 * const cost = binaryCrossEntropy.value(yHat, y);
 * model.backward(binaryCrossEntropy.grad(yHat, y));
 * ```
 */
export interface Loss {
  readonly name: string;
  /** J: the mean loss over the examples of the batch. */
  value(yHat: Tensor, y: Tensor): number;
  /** dJ/dŶ, same shape as Ŷ. */
  grad(yHat: Tensor, y: Tensor): Tensor;
}

/** Ŷ clipped into [CLIP, 1 - CLIP] before a log, so a saturated output gives a large finite loss. */
export const CLIP = 1e-12;
