import type { Tensor } from '../tensor';
import { LossGradient } from '../losses/loss-gradient';
import { BaseLayer } from './base';

/** σ(z) = 1/(1 + e^(-z)), written so that neither branch overflows. */
export function sigmoidValue(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * Sigmoid layer: A = σ(Z); backward dZ = dA·A(1 - A). Paired with
 * `binaryCrossEntropy` as the last layer it uses the combined gradient
 * dZ = (A - Y)/m directly (see `LossGradient`).
 */
export class Sigmoid extends BaseLayer {
  readonly kind = 'sigmoid';

  forward(z: Tensor, _training: boolean): Tensor {
    const a = this.outputFor(z);
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) ad[i] = sigmoidValue(zd[i]);
    return (this.output = a);
  }

  backward(dOut: Tensor): Tensor {
    const dz = this.gradientFor(dOut, this.output);
    const a = this.output!;
    const ad = a.data, out = dz.data;
    if (dOut instanceof LossGradient && dOut.loss === 'binaryCrossEntropy') {
      const y = dOut.target.data, s = dOut.scale;
      for (let i = 0; i < ad.length; i++) out[i] = (ad[i] - y[i]) * s;
    } else {
      const d = dOut.data;
      for (let i = 0; i < ad.length; i++) out[i] = d[i] * ad[i] * (1 - ad[i]);
    }
    return dz;
  }
}

/**
 * Logistic sigmoid, element-wise: a = σ(z) = 1/(1 + e^(-z)), da/dz = a(1 - a).
 * The output layer for binary classification.
 *
 * ```ts
 * sigmoid().forward(Tensor.from([[0]]), true); // [[0.5]]
 * ```
 */
export function sigmoid(options: { name?: string } = {}): Sigmoid {
  return new Sigmoid(options.name);
}
