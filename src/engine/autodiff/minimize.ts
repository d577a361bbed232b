import { checkNumber, checkOptions, InputError, ShapeError } from '../errors';
import type { Optimizer } from '../optimizers/optimizer';
import type { Parameter } from '../parameter';
import type { Var } from './var';

/** Options of {@link minimize}. */
export interface MinimizeOptions {
  /** α in w := w - α·dw (default 0.01). */
  readonly learningRate?: number;
  /** Number of gradient-descent steps (default 1000). */
  readonly steps?: number;
  /**
   * An update rule to use instead of plain gradient descent, e.g. `adam(0.1)`; it
   * brings its own learning rate, so do not pass `learningRate` with it. Its state
   * (velocity, moments) persists across calls that pass the same optimizer.
   */
  readonly optimizer?: Optimizer;
}

/**
 * Gradient descent through autodiff: you write only the forward cost; each
 * step rebuilds the graph, runs backward(), and updates every variable
 * w := w - α·dCost/dw in place (or by `optimizer`'s rule). Returns the cost
 * before each step.
 *
 * ```ts
 * const w = variable(0, 'w');
 * minimize(() => w.mul(w).sub(w.mul(10)).add(25), [w], { learningRate: 0.1, steps: 100 });
 * w.item(); // ≈ 5
 * minimize(() => w.mul(w).sub(w.mul(10)).add(25), [w], { optimizer: adam(0.1), steps: 200 });
 * ```
 */
export function minimize(cost: () => Var, variables: readonly Var[], options: MinimizeOptions = {}): number[] {
  checkOptions('minimize', options, ['learningRate', 'steps', 'optimizer']);
  const { optimizer } = options;
  if (optimizer && options.learningRate !== undefined) {
    throw new InputError('minimize: pass either learningRate or an optimizer (which has its own learning rate), not both.');
  }
  const alpha = options.learningRate ?? 0.01;
  const steps = options.steps ?? 1000;
  checkNumber('minimize', 'learningRate', alpha, 'positive');
  if (!Number.isInteger(steps) || steps < 1) throw new InputError(`minimize: steps must be a whole number >= 1, got ${steps}.`);
  for (const v of variables) {
    if (v.op !== 'variable') throw new InputError(`minimize: "${v.label}" is a ${v.op}, not a variable() it could update.`);
  }
  const costs: number[] = [];
  for (let step = 0; step < steps; step++) {
    const c = cost();
    if (c.value.size !== 1) throw new ShapeError(`minimize: the cost must be a scalar, got shape [${c.shape.join(',')}].`);
    costs.push(c.item());
    c.backward();
    if (optimizer) {
      optimizer.step(variables.map(asParameter));
      continue;
    }
    for (const v of variables) {
      const w = v.value.data, g = v.grad.data;
      for (let i = 0; i < w.length; i++) w[i] -= alpha * g[i];
    }
  }
  return costs;
}

/**
 * A variable seen as an optimizer's Parameter: the same arrays, so the step
 * updates the variable in place. backward() replaces `grad` each time, hence a
 * fresh view per step; the name (label and position) keys the optimizer's state.
 */
function asParameter(v: Var, index: number): Parameter {
  return { name: `${index}:${v.label}`, shape: v.shape, value: v.value.data, grad: v.grad.data };
}
