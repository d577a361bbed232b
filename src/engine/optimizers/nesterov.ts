import type { Parameter } from '../parameter';
import { checkInRange, checkOptions } from '../validate';
import { SlotOptimizer, type OptimizerConfig } from './optimizer';

/** Options of {@link Nesterov}. */
export interface NesterovOptions {
  /** α, default 0.01. */
  readonly learningRate?: number;
  /** β, default 0.9. */
  readonly beta?: number;
}

/**
 * Nesterov accelerated gradient: momentum that corrects its step with the
 * gradient "after" the velocity has moved the weights. Written, as in
 * TensorFlow.js and PyTorch, with the gradient at the current weights
 * (Sutskever et al. 2013, rewritten by Bengio et al. 2012):
 *
 * v := β·v + dW,   W := W − α·(dW + β·v)
 *
 * Compared with {@link Momentum} (sum form), the step uses dW + βv (a look
 * ahead by one more momentum step) instead of v.
 *
 * ```ts
 * const opt = nesterov(0.01, 0.9);
 * ```
 *
 * Chapter: [Momentum, RMSprop and Adam](/chapters/momentum-rmsprop-adam/) (Nesterov is a variant of the momentum taught there).
 */
export class Nesterov extends SlotOptimizer {
  readonly beta: number;

  constructor(options: NesterovOptions = {}) {
    checkOptions('Nesterov', options, ['learningRate', 'beta']);
    super('Nesterov', options.learningRate ?? 0.01);
    this.beta = options.beta ?? 0.9;
    checkInRange('Nesterov', 'beta', this.beta, 0, 1);
  }

  /** Rebuilds an optimizer from {@link Nesterov.getConfig}'s output. */
  static fromConfig(config: OptimizerConfig): Nesterov {
    return new Nesterov(config as NesterovOptions);
  }

  step(params: readonly Parameter[]): void {
    this.checkParams(params);
    const alpha = this.learningRate, beta = this.beta;
    for (const p of params) {
      const w = p.value, dW = p.grad, velocity = this.slot('velocity', p);
      for (let i = 0; i < w.length; i++) {
        velocity[i] = beta * velocity[i] + dW[i];
        w[i] -= alpha * (dW[i] + beta * velocity[i]);
      }
    }
  }

  getConfig(): OptimizerConfig {
    return { learningRate: this.learningRate, beta: this.beta };
  }
}

/**
 * Nesterov momentum: v := βv + dW, W := W − α(dW + βv).
 *
 * ```ts
 * const opt = nesterov(0.01);
 * ```
 *
 * Chapter: [Momentum, RMSprop and Adam](/chapters/momentum-rmsprop-adam/) (Nesterov is a variant of the momentum taught there).
 */
export function nesterov(learningRate = 0.01, beta = 0.9): Nesterov {
  return new Nesterov({ learningRate, beta });
}
