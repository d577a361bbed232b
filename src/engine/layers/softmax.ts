import { Tensor } from '../tensor';
import { checkBatch } from '../validate';
import { LossGradient } from '../losses/loss-gradient';
import { BaseLayer } from './base';

/**
 * Softmax probabilities that also carry log ŷ computed by log-sum-exp, so
 * `softmaxCrossEntropy` never takes the log of an underflowed 0.
 */
export class SoftmaxOutput extends Tensor {
  /** log ŷ = z - max(z) - log Σⱼ e^(zⱼ - max(z)), row by row. */
  readonly logProbabilities: Float64Array;
  constructor(data: Float64Array, shape: readonly number[], logProbabilities: Float64Array) {
    super(data, shape);
    this.logProbabilities = logProbabilities;
  }
  override clone(): SoftmaxOutput {
    return new SoftmaxOutput(this.data.slice(), this.shape, this.logProbabilities.slice());
  }
}

/**
 * Softmax layer, row by row. Backward is the Jacobian-vector product
 * dZᵢ = Aᵢ(dAᵢ - Σⱼ dAⱼAⱼ); paired with `softmaxCrossEntropy` as the last layer
 * it uses the combined gradient dZ = (Ŷ - Y)/m instead (see `LossGradient`).
 */
export class Softmax extends BaseLayer {
  readonly kind = 'softmax';
  declare output: SoftmaxOutput | null;

  forward(z: Tensor, _training: boolean): Tensor {
    checkBatch(this.name, 'input', z.shape);
    const [m, c] = z.shape;
    const a = this.buffer('output', m, c, (r, k) => new SoftmaxOutput(new Float64Array(r * k), [r, k], new Float64Array(r * k)));
    const zd = z.data, ad = a.data, logd = a.logProbabilities;
    for (let i = 0; i < m; i++) {
      const o = i * c;
      let max = -Infinity;
      for (let j = 0; j < c; j++) if (zd[o + j] > max) max = zd[o + j];
      let sum = 0;
      for (let j = 0; j < c; j++) sum += ad[o + j] = Math.exp(zd[o + j] - max);
      const logSum = Math.log(sum);
      for (let j = 0; j < c; j++) {
        ad[o + j] /= sum;
        logd[o + j] = zd[o + j] - max - logSum;
      }
    }
    return (this.output = a);
  }

  backward(dOut: Tensor): Tensor {
    const dz = this.gradientFor(dOut, this.output);
    const a = this.output!;
    const [m, c] = a.shape;
    const ad = a.data, out = dz.data;
    if (dOut instanceof LossGradient && dOut.loss === 'softmaxCrossEntropy') {
      // dZ = (ŷ·Σⱼyⱼ - y)/m, which is (ŷ - y)/m for one-hot rows: no division by ŷ.
      const y = dOut.target.data, s = dOut.scale;
      for (let i = 0; i < m; i++) {
        const o = i * c;
        let ySum = 0;
        for (let j = 0; j < c; j++) ySum += y[o + j];
        for (let j = 0; j < c; j++) out[o + j] = (ad[o + j] * ySum - y[o + j]) * s;
      }
    } else {
      const d = dOut.data;
      for (let i = 0; i < m; i++) {
        const o = i * c;
        let dot = 0;
        for (let j = 0; j < c; j++) dot += d[o + j] * ad[o + j];
        for (let j = 0; j < c; j++) out[o + j] = ad[o + j] * (d[o + j] - dot);
      }
    }
    return dz;
  }
}

/**
 * Softmax, row by row: ŷⱼ = e^(zⱼ) / Σₖ e^(zₖ), computed as e^(zⱼ - max z) so large
 * logits cannot overflow. Each row of the output sums to 1.
 *
 * ```ts
 * softmax().forward(Tensor.from([[0, Math.log(3)]]), true); // [[0.25, 0.75]]
 * ```
 */
export function softmax(options: { name?: string } = {}): Softmax {
  return new Softmax(options.name);
}
