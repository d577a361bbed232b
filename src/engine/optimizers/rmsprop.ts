import type { Parameter } from '../parameter';
import { checkInRange, checkNonNegative, checkOptions } from '../validate';
import { SlotOptimizer, type OptimizerConfig } from './optimizer';

/** Options of {@link RMSprop}. */
export interface RMSpropOptions {
  /** α, default 0.001. */
  readonly learningRate?: number;
  /** β, default 0.9: how long the average of squared gradients remembers. */
  readonly beta?: number;
  /** ε, default 1e-8: keeps the division safe when s is near 0. */
  readonly epsilon?: number;
}

/**
 * RMSprop (Hinton's lecture 6e): divide each step by the root of an
 * exponentially weighted average of squared gradients, so directions with
 * large, oscillating gradients take smaller steps. As in the course:
 *
 * s := β·s + (1 − β)·dW²,   W := W − α·dW / (√s + ε)
 *
 * (dW² is element-wise.) ε is added AFTER the square root, as the course
 * writes it. TensorFlow.js adds it inside, dW/√(s + ε); the two agree when
 * ε = 0 and differ only where s is comparable to ε.
 *
 * ```ts
 * const opt = new RMSprop({ learningRate: 0.001, beta: 0.9 });
 * ```
 *
 * Chapter: [Momentum, RMSprop and Adam](/chapters/momentum-rmsprop-adam/).
 */
export class RMSprop extends SlotOptimizer {
  readonly beta: number;
  readonly epsilon: number;

  constructor(options: RMSpropOptions = {}) {
    checkOptions('RMSprop', options, ['learningRate', 'beta', 'epsilon']);
    super('RMSprop', options.learningRate ?? 0.001);
    this.beta = options.beta ?? 0.9;
    this.epsilon = options.epsilon ?? 1e-8;
    checkInRange('RMSprop', 'beta', this.beta, 0, 1);
    checkNonNegative('RMSprop', 'epsilon', this.epsilon);
  }

  /** Rebuilds an optimizer from {@link RMSprop.getConfig}'s output. */
  static fromConfig(config: OptimizerConfig): RMSprop {
    return new RMSprop(config as RMSpropOptions);
  }

  step(params: readonly Parameter[]): void {
    this.checkParams(params);
    const alpha = this.learningRate, beta = this.beta, epsilon = this.epsilon;
    for (const p of params) {
      const w = p.value, dW = p.grad, meanSquare = this.slot('meanSquare', p);
      for (let i = 0; i < w.length; i++) {
        meanSquare[i] = beta * meanSquare[i] + (1 - beta) * dW[i] * dW[i];
        w[i] -= (alpha * dW[i]) / (Math.sqrt(meanSquare[i]) + epsilon);
      }
    }
  }

  getConfig(): OptimizerConfig {
    return { learningRate: this.learningRate, beta: this.beta, epsilon: this.epsilon };
  }
}

/**
 * RMSprop: s := βs + (1 − β)dW², W := W − α dW/(√s + ε).
 *
 * ```ts
 * const opt = rmsprop(0.001, 0.9);
 * ```
 *
 * Chapter: [Momentum, RMSprop and Adam](/chapters/momentum-rmsprop-adam/).
 */
export function rmsprop(learningRate = 0.001, beta = 0.9, epsilon = 1e-8): RMSprop {
  return new RMSprop({ learningRate, beta, epsilon });
}
