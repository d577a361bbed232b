import type { Parameter } from '../parameter';
import { checkOptions } from '../validate';
import { SlotOptimizer, type OptimizerConfig } from './optimizer';

/** Options of {@link GradientDescent}. */
export interface GradientDescentOptions {
  /** α, default 0.01. */
  readonly learningRate?: number;
}

/**
 * Plain (mini-batch) gradient descent, the update the course starts from:
 *
 * W := W − α·dW,   b := b − α·db
 *
 * With the whole training set as one batch this is batch gradient descent;
 * with batch size 1 it is stochastic gradient descent.
 *
 * ```ts
 * const opt = new GradientDescent({ learningRate: 0.1 });
 * opt.step(model.parameters());
 * ```
 *
 * Chapter: [Mini-batch gradient descent](/chapters/mini-batch-gradient-descent/).
 */
export class GradientDescent extends SlotOptimizer {
  constructor(options: GradientDescentOptions = {}) {
    checkOptions('GradientDescent', options, ['learningRate']);
    super('GradientDescent', options.learningRate ?? 0.01);
  }

  /** Rebuilds an optimizer from {@link GradientDescent.getConfig}'s output. */
  static fromConfig(config: OptimizerConfig): GradientDescent {
    return new GradientDescent(config as GradientDescentOptions);
  }

  step(params: readonly Parameter[]): void {
    this.checkParams(params);
    const alpha = this.learningRate;
    for (const p of params) {
      const w = p.value, dW = p.grad;
      for (let i = 0; i < w.length; i++) w[i] -= alpha * dW[i];
    }
  }

  getConfig(): OptimizerConfig {
    return { learningRate: this.learningRate };
  }
}

/**
 * Gradient descent with learning rate α (default 0.01): W := W − α·dW.
 *
 * ```ts
 * const opt = sgd(0.1);
 * ```
 *
 * Chapter: [Mini-batch gradient descent](/chapters/mini-batch-gradient-descent/).
 */
export function sgd(learningRate = 0.01): GradientDescent {
  return new GradientDescent({ learningRate });
}
