import { Tensor } from '../tensor';
import { SoftmaxOutput } from '../layers/softmax';
import { LossGradient } from './loss-gradient';
import { CLIP, type Loss } from './loss';
import { checkLossInputs } from './check';

/**
 * Softmax (categorical) cross-entropy for one-hot targets:
 * J = -(1/m) Σᵢ Σⱼ yⱼ log ŷⱼ.
 *
 * Stable: when Ŷ comes from a `softmax` layer it carries log ŷ computed by
 * log-sum-exp (z - max z - log Σ e^(z - max z)), which is used instead of log ŷ,
 * so even logits far apart give a finite, exact cost. Other Ŷ are clipped to >= 1e-12.
 *
 * Gradient: dJ/dŷ = -y/(m·ŷ). The softmax layer recognises this gradient
 * (a `LossGradient`) and returns the combined dZ = (ŷ - y)/m from its cached ŷ,
 * instead of multiplying by its Jacobian.
 *
 * ```ts
 * softmaxCrossEntropy.value(Tensor.from([[0.25, 0.75]]), Tensor.from([[0, 1]])); // -log 0.75
 * ```
 */
export const softmaxCrossEntropy: Loss = {
  name: 'softmaxCrossEntropy',
  value(yHat: Tensor, y: Tensor): number {
    checkLossInputs('softmaxCrossEntropy', yHat, y);
    const t = y.data;
    let sum = 0;
    if (yHat instanceof SoftmaxOutput) {
      const logP = yHat.logProbabilities;
      for (let i = 0; i < t.length; i++) if (t[i] !== 0) sum -= t[i] * logP[i];
    } else {
      const p = yHat.data;
      for (let i = 0; i < t.length; i++) if (t[i] !== 0) sum -= t[i] * Math.log(Math.max(p[i], CLIP));
    }
    return sum / yHat.shape[0];
  },
  grad(yHat: Tensor, y: Tensor): Tensor {
    checkLossInputs('softmaxCrossEntropy', yHat, y);
    const m = yHat.shape[0], p = yHat.data, t = y.data;
    const out = new Float64Array(p.length);
    for (let i = 0; i < p.length; i++) out[i] = t[i] === 0 ? 0 : -t[i] / (Math.max(p[i], CLIP) * m);
    return new LossGradient(out, yHat.shape, 'softmaxCrossEntropy', y, 1 / m);
  },
};
