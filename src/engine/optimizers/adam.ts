import type { Parameter } from '../parameter';
import { checkInRange, checkNonNegative, checkOptions } from '../validate';
import { SlotOptimizer, type OptimizerConfig } from './optimizer';

/** Options of {@link Adam}. */
export interface AdamOptions {
  /** α, default 0.001. */
  readonly learningRate?: number;
  /** β1, default 0.9: momentum's average of dW. */
  readonly beta1?: number;
  /** β2, default 0.999: RMSprop's average of dW². */
  readonly beta2?: number;
  /** ε, default 1e-8. */
  readonly epsilon?: number;
  /** Divide the moments by 1 − βᵗ (default true); switch off to see why it matters. */
  readonly biasCorrection?: boolean;
}

/**
 * Adam (Kingma & Ba 2015, Algorithm 1): momentum and RMSprop together, with
 * bias correction. With t the number of UPDATES so far (one per `step`, i.e.
 * per mini-batch, never per example):
 *
 * m := β1·m + (1 − β1)·dW,   v := β2·v + (1 − β2)·dW²
 *
 * m̂ = m / (1 − β1ᵗ),   v̂ = v / (1 − β2ᵗ)   (division, not multiplication)
 *
 * W := W − α·m̂ / (√v̂ + ε)
 *
 * ε is added after the square root of the corrected v̂, exactly as in the
 * paper and the course. With `biasCorrection: false`, m̂ = m and v̂ = v.
 * Both start at 0, so both are too small early on, but v far more so (β2 is
 * closer to 1) and it sits under a square root: early steps are too LONG.
 * For a steady gradient a step is α(1 − β1ᵗ)/√(1 − β2ᵗ) instead of α:
 * about 3.2α at t = 1 and 6.6α at its peak near t = 12 with the default β's,
 * still 3.2α at t = 100, and close to α only after a few thousand steps.
 *
 * ```ts
 * const opt = new Adam({ learningRate: 0.01 });        // β1 0.9, β2 0.999, ε 1e-8
 * ```
 *
 * Chapter: [Momentum, RMSprop and Adam](/chapters/momentum-rmsprop-adam/).
 */
export class Adam extends SlotOptimizer {
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  readonly biasCorrection: boolean;
  /** t: updates taken so far. */
  private t = 0;
  /** β1ᵗ and β2ᵗ, kept as running products. */
  private beta1Power = 1;
  private beta2Power = 1;

  constructor(options: AdamOptions = {}) {
    checkOptions('Adam', options, ['learningRate', 'beta1', 'beta2', 'epsilon', 'biasCorrection']);
    super('Adam', options.learningRate ?? 0.001);
    this.beta1 = options.beta1 ?? 0.9;
    this.beta2 = options.beta2 ?? 0.999;
    this.epsilon = options.epsilon ?? 1e-8;
    this.biasCorrection = options.biasCorrection ?? true;
    checkInRange('Adam', 'beta1', this.beta1, 0, 1);
    checkInRange('Adam', 'beta2', this.beta2, 0, 1);
    checkNonNegative('Adam', 'epsilon', this.epsilon);
  }

  /** Rebuilds an optimizer from {@link Adam.getConfig}'s output. */
  static fromConfig(config: OptimizerConfig): Adam {
    return new Adam(config as AdamOptions);
  }

  /** Updates taken so far (the t of the bias correction). */
  get updates(): number {
    return this.t;
  }

  step(params: readonly Parameter[]): void {
    this.checkParams(params);
    this.t += 1;
    this.beta1Power *= this.beta1;
    this.beta2Power *= this.beta2;
    const { beta1, beta2, epsilon } = this;
    const alpha = this.learningRate;
    const correction1 = this.biasCorrection ? 1 - this.beta1Power : 1;
    const correction2 = this.biasCorrection ? 1 - this.beta2Power : 1;
    for (const p of params) {
      const w = p.value, dW = p.grad;
      const firstMoment = this.slot('firstMoment', p), secondMoment = this.slot('secondMoment', p);
      for (let i = 0; i < w.length; i++) {
        firstMoment[i] = beta1 * firstMoment[i] + (1 - beta1) * dW[i];
        secondMoment[i] = beta2 * secondMoment[i] + (1 - beta2) * dW[i] * dW[i];
        const mHat = firstMoment[i] / correction1;
        const vHat = secondMoment[i] / correction2;
        w[i] -= (alpha * mHat) / (Math.sqrt(vHat) + epsilon);
      }
    }
  }

  getConfig(): OptimizerConfig {
    const { learningRate, beta1, beta2, epsilon, biasCorrection } = this;
    return { learningRate, beta1, beta2, epsilon, biasCorrection };
  }

  protected override getScalars(): Record<string, number> {
    return { t: this.t, beta1Power: this.beta1Power, beta2Power: this.beta2Power };
  }

  protected override setScalars(scalars: Record<string, number>): void {
    this.t = scalars.t ?? 0;
    this.beta1Power = scalars.beta1Power ?? Math.pow(this.beta1, this.t);
    this.beta2Power = scalars.beta2Power ?? Math.pow(this.beta2, this.t);
  }
}

/**
 * Adam with the paper's defaults β1 = 0.9, β2 = 0.999, ε = 1e-8.
 *
 * ```ts
 * const opt = adam(0.01);
 * const raw = adam(0.01, { biasCorrection: false });
 * ```
 *
 * Chapter: [Momentum, RMSprop and Adam](/chapters/momentum-rmsprop-adam/).
 */
export function adam(learningRate = 0.001, options: Omit<AdamOptions, 'learningRate'> = {}): Adam {
  return new Adam({ learningRate, ...options });
}
