import type { Tensor } from '../tensor';
import type { Parameter } from '../parameter';
import { InputError } from '../errors';
import { checkBatch, checkInRange, checkInteger, checkNonNegative, checkOptions, checkSameShape } from '../validate';
import { BaseLayer, LayerParameter } from './base';

/** Options of {@link batchNorm}. */
export interface BatchNormOptions {
  /** Weight of the old running value: running = momentum·running + (1 - momentum)·batch (default 0.9, the course's β). */
  readonly momentum?: number;
  /** ε in √(σ² + ε), keeps the division finite (default 1e-5). */
  readonly epsilon?: number;
  /** Layer name (default: numbered by `Sequential`, e.g. `batchNorm1`). */
  readonly name?: string;
}
const batchNormOptionNames = ['momentum', 'epsilon', 'name'] as const;

/**
 * Batch normalization of each feature (column) of Z.
 *
 * Training mode, per mini-batch of m rows: μ = (1/m)Σᵢ zᵢ, σ² = (1/m)Σᵢ (zᵢ - μ)²
 * (the biased variance, divided by m), ẑ = (z - μ)/√(σ² + ε), output γẑ + β.
 * It then updates the running statistics as exponentially weighted averages,
 * running = momentum·running + (1 - momentum)·batch, for μ and for the same
 * biased σ². They start at μ = 0, σ² = 1, without bias correction.
 *
 * Inference mode uses the running statistics in place of the batch ones:
 * ẑ = (z - runningMean)/√(runningVariance + ε), so one example gives a stable answer.
 */
export class BatchNorm extends BaseLayer {
  readonly kind = 'batchNorm';
  /** Learnable scale γ `[features]`, starts at 1. */
  readonly gamma: LayerParameter;
  /** Learnable shift β `[features]`, starts at 0. */
  readonly beta: LayerParameter;
  /** Exponentially weighted average of the batch means. */
  readonly runningMean: Float64Array;
  /** Exponentially weighted average of the (biased) batch variances. */
  readonly runningVariance: Float64Array;
  /** μ of the last training batch. */
  readonly batchMean: Float64Array;
  /** σ² of the last training batch (biased). */
  readonly batchVariance: Float64Array;
  readonly momentum: number;
  readonly epsilon: number;
  /** ẑ of the last forward pass, before γ and β. */
  normalized: Tensor | null = null;
  private invStd: Float64Array;
  private lastTraining = true;

  constructor(readonly features: number, options: BatchNormOptions = {}) {
    super(options.name);
    checkOptions('batchNorm', options, batchNormOptionNames);
    checkInteger('batchNorm', 'features', features, 1);
    this.momentum = options.momentum ?? 0.9;
    this.epsilon = options.epsilon ?? 1e-5;
    checkInRange('batchNorm', 'momentum', this.momentum, 0, 1);
    checkNonNegative('batchNorm', 'epsilon', this.epsilon);
    this.gamma = new LayerParameter(this, 'gamma', [features]);
    this.gamma.value.fill(1);
    this.beta = new LayerParameter(this, 'beta', [features]);
    this.runningMean = new Float64Array(features);
    this.runningVariance = new Float64Array(features).fill(1);
    this.batchMean = new Float64Array(features);
    this.batchVariance = new Float64Array(features);
    this.invStd = new Float64Array(features);
  }

  forward(z: Tensor, training: boolean): Tensor {
    checkBatch(this.name, 'input', z.shape, this.features);
    const [m, n] = z.shape;
    const zd = z.data, eps = this.epsilon, inv = this.invStd;
    if (training) {
      const mean = this.batchMean, variance = this.batchVariance, mom = this.momentum;
      mean.fill(0);
      variance.fill(0);
      for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) mean[j] += zd[i * n + j];
      for (let j = 0; j < n; j++) mean[j] /= m;
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
          const d = zd[i * n + j] - mean[j];
          variance[j] += d * d;
        }
      }
      for (let j = 0; j < n; j++) {
        variance[j] /= m;
        inv[j] = 1 / Math.sqrt(variance[j] + eps);
        this.runningMean[j] = mom * this.runningMean[j] + (1 - mom) * mean[j];
        this.runningVariance[j] = mom * this.runningVariance[j] + (1 - mom) * variance[j];
      }
      this.normalizeWith(z, mean);
    } else {
      for (let j = 0; j < n; j++) inv[j] = 1 / Math.sqrt(this.runningVariance[j] + eps);
      this.normalizeWith(z, this.runningMean);
    }
    this.lastTraining = training;
    return this.output!;
  }

  private normalizeWith(z: Tensor, mean: Float64Array): void {
    const [m, n] = z.shape;
    const xhat = (this.normalized = this.buffer('normalized', m, n));
    const out = (this.output = this.buffer('output', m, n));
    const zd = z.data, xd = xhat.data, od = out.data, inv = this.invStd, g = this.gamma.value, b = this.beta.value;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        const k = i * n + j;
        xd[k] = (zd[k] - mean[j]) * inv[j];
        od[k] = g[j] * xd[k] + b[j];
      }
    }
  }

  backward(dOut: Tensor): Tensor {
    const xhat = this.normalized;
    if (xhat === null) throw new InputError(`${this.name}: backward called before forward.`);
    checkSameShape(`${this.name}.backward`, 'dOut', dOut.shape, 'the last output', xhat.shape);
    const [m, n] = xhat.shape;
    const d = dOut.data, xd = xhat.data, g = this.gamma.value, inv = this.invStd;
    const dGamma = this.gamma.grad, dBeta = this.beta.grad;
    dGamma.fill(0);
    dBeta.fill(0);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        dGamma[j] += d[i * n + j] * xd[i * n + j];
        dBeta[j] += d[i * n + j];
      }
    }
    const dz = this.buffer('dz', m, n);
    const out = dz.data;
    if (this.lastTraining) {
      // dz = γ/(m√(σ²+ε)) · (m·dy - Σdy - ẑ·Σ(dy·ẑ)), with Σdy = dβ and Σ(dy·ẑ) = dγ.
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
          const k = i * n + j;
          out[k] = ((g[j] * inv[j]) / m) * (m * d[k] - dBeta[j] - xd[k] * dGamma[j]);
        }
      }
    } else {
      for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) out[i * n + j] = d[i * n + j] * g[j] * inv[j];
    }
    return dz;
  }

  override parameters(): Parameter[] {
    return [this.gamma, this.beta];
  }

  override toString(): string {
    return `${this.name}(${this.features})`;
  }
}

/**
 * Batch normalization over `features` columns, with learnable γ (`batchNorm1/gamma`)
 * and β (`batchNorm1/beta`): z̃ = γ·(z - μ)/√(σ² + ε) + β. Training mode uses the
 * mini-batch's μ, σ²; inference mode uses running averages updated as
 * running = momentum·running + (1 - momentum)·batch (momentum 0.9 by default).
 *
 * ```ts
 * const bn = batchNorm(5, { momentum: 0.9 });
 * bn.forward(z, true);  // each column: mean 0, variance 1 (then γ, β)
 * bn.forward(z, false); // uses bn.runningMean, bn.runningVariance
 * ```
 */
export function batchNorm(features: number, options: BatchNormOptions = {}): BatchNorm {
  return new BatchNorm(features, options);
}
