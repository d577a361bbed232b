import type { Parameter } from '../parameter';
import { checkInRange, checkOptions, unknownName } from '../validate';
import { SlotOptimizer, type OptimizerConfig } from './optimizer';

/** The two ways momentum is written: the course's average and the plain sum. */
export const momentumForms = ['average', 'sum'] as const;
/** `'average'` (the course) or `'sum'` (PyTorch, TensorFlow.js). */
export type MomentumForm = (typeof momentumForms)[number];

/** Options of {@link Momentum}. */
export interface MomentumOptions {
  /** α, default 0.01. */
  readonly learningRate?: number;
  /** β, default 0.9: the velocity averages over about 1/(1 − β) steps. */
  readonly beta?: number;
  /** Default `'average'`, the course's form. */
  readonly form?: MomentumForm;
}

/**
 * Gradient descent with momentum: step along an exponentially weighted
 * average of the gradients (the velocity v), which damps oscillations across
 * a valley and speeds up along it.
 *
 * `form: 'average'` (the course): v := β·v + (1 − β)·dW,  W := W − α·v
 *
 * `form: 'sum'` (TensorFlow.js, PyTorch): v := β·v + dW,  W := W − α·v
 *
 * The sum's velocity is the average's divided by (1 − β), so the sum form
 * with α takes exactly the steps of the average form with α/(1 − β): the two
 * are the same method with the learning rate rescaled by 1/(1 − β).
 * v starts at 0 (no bias correction, as in the course).
 *
 * ```ts
 * const opt = new Momentum({ learningRate: 0.1, beta: 0.9 });
 * ```
 *
 * Chapter: [Momentum, RMSprop and Adam](/chapters/momentum-rmsprop-adam/).
 */
export class Momentum extends SlotOptimizer {
  readonly beta: number;
  readonly form: MomentumForm;

  constructor(options: MomentumOptions = {}) {
    checkOptions('Momentum', options, ['learningRate', 'beta', 'form']);
    super('Momentum', options.learningRate ?? 0.01);
    this.beta = options.beta ?? 0.9;
    checkInRange('Momentum', 'beta', this.beta, 0, 1);
    this.form = options.form ?? 'average';
    if (!momentumForms.includes(this.form)) {
      unknownName('Momentum', 'form', this.form, momentumForms);
    }
  }

  /** Rebuilds an optimizer from {@link Momentum.getConfig}'s output. */
  static fromConfig(config: OptimizerConfig): Momentum {
    return new Momentum(config as MomentumOptions);
  }

  step(params: readonly Parameter[]): void {
    this.checkParams(params);
    const alpha = this.learningRate, beta = this.beta;
    const gradScale = this.form === 'average' ? 1 - beta : 1;
    for (const p of params) {
      const w = p.value, dW = p.grad, velocity = this.slot('velocity', p);
      for (let i = 0; i < w.length; i++) {
        velocity[i] = beta * velocity[i] + gradScale * dW[i];
        w[i] -= alpha * velocity[i];
      }
    }
  }

  getConfig(): OptimizerConfig {
    return { learningRate: this.learningRate, beta: this.beta, form: this.form };
  }
}

/**
 * Momentum in the course's form, v := βv + (1 − β)dW, W := W − αv.
 *
 * ```ts
 * const opt = momentum(0.1, 0.9);                  // course form
 * const tf = momentum(0.01, 0.9, { form: 'sum' }); // v := βv + dW
 * ```
 *
 * Chapter: [Momentum, RMSprop and Adam](/chapters/momentum-rmsprop-adam/).
 */
export function momentum(learningRate = 0.01, beta = 0.9, options: { form?: MomentumForm } = {}): Momentum {
  return new Momentum({ learningRate, beta, ...options });
}
