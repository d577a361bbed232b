import { Tensor } from '../tensor';
import { LossGradient } from './loss-gradient';
import { CLIP, type Loss } from './loss';
import { checkLossInputs } from './check';

/**
 * log P(label t | ŷ = p) = t log q + (1 - t) log(1 - q), q = p clipped to [CLIP, 1 - CLIP]: minus one
 * example's term of the loss. Shared with the fused trainer (wasm/dense-stack.ts), which sums it in
 * the same order, so both give the same loss to the last bit.
 */
export function logLikelihood(p: number, t: number): number {
  const q = Math.min(Math.max(p, CLIP), 1 - CLIP);
  // Hard labels need only one of the two logs.
  if (t === 1) return Math.log(q);
  if (t === 0) return Math.log(1 - q);
  return t * Math.log(q) + (1 - t) * Math.log(1 - q);
}

/**
 * Binary cross-entropy for a sigmoid output ŷ = P(y = 1):
 * J = -(1/m) Σᵢ [y log ŷ + (1 - y) log(1 - ŷ)], with ŷ clipped to [1e-12, 1 - 1e-12].
 * dJ/dŷ = (ŷ - y)/(m·ŷ(1 - ŷ)); a sigmoid output layer turns it into the
 * exact dZ = (ŷ - y)/m.
 *
 * ```ts
 * binaryCrossEntropy.value(Tensor.from([[0.5]]), Tensor.from([[1]])); // log 2 ≈ 0.693
 * ```
 */
export const binaryCrossEntropy: Loss = {
  name: 'binaryCrossEntropy',
  value(yHat: Tensor, y: Tensor): number {
    checkLossInputs('binaryCrossEntropy', yHat, y);
    const p = yHat.data, t = y.data;
    let sum = 0;
    for (let i = 0; i < p.length; i++) sum -= logLikelihood(p[i], t[i]);
    return sum / yHat.shape[0];
  },
  grad(yHat: Tensor, y: Tensor): Tensor {
    checkLossInputs('binaryCrossEntropy', yHat, y);
    const m = yHat.shape[0], p = yHat.data, t = y.data;
    const out = new Float64Array(p.length);
    for (let i = 0; i < p.length; i++) {
      const q = Math.min(Math.max(p[i], CLIP), 1 - CLIP);
      out[i] = (q - t[i]) / (q * (1 - q) * m);
    }
    return new LossGradient(out, yHat.shape, 'binaryCrossEntropy', y, 1 / m);
  },
};
