/**
 * Gradient checking by central finite differences, to test any hand-written
 * or automatic backward pass.
 * @module
 */
import type { Tensor } from './tensor';
import type { Loss } from './losses/loss';
import type { Sequential } from './model';
import { checkOptions } from './validate';

/** Something with values and their analytic gradient: a `Parameter`, or `{ value: x.data, grad: dx.data }`. */
export interface Checked {
  readonly name?: string;
  readonly value: Float64Array;
  readonly grad: Float64Array;
}

/** Options of {@link gradientCheck}. */
export interface GradientCheckOptions {
  /** Step ε of the central difference (default 1e-6). */
  readonly epsilon?: number;
  /** Largest `difference` still counted as correct (default 1e-6). */
  readonly tolerance?: number;
}

/** What {@link gradientCheck} found. */
export interface GradientCheckResult {
  /** The course's ‖dθ_approx - dθ‖₂ / (‖dθ_approx‖₂ + ‖dθ‖₂) over all values (0 when both are 0). */
  readonly difference: number;
  /** difference <= tolerance. */
  readonly ok: boolean;
  /** The single value whose two gradients differ most. */
  readonly worst: { readonly name: string; readonly index: number; readonly analytic: number; readonly numeric: number };
  /** How many values were checked. */
  readonly count: number;
}

/**
 * Compares analytic gradients (already in each `grad`) with central differences
 * dθ_approx[i] = (J(θ + εeᵢ) - J(θ - εeᵢ)) / 2ε, calling `cost` twice per value.
 * `cost` must recompute J from the current values and must not change the `grad`s.
 *
 * ```ts
 * model.backward(loss.grad(model.forward(x), y));
 * gradientCheck(() => loss.value(model.forward(x), y), model.parameters()).ok; // true
 * ```
 */
export function gradientCheck(cost: () => number, checked: readonly Checked[], options: GradientCheckOptions = {}): GradientCheckResult {
  checkOptions('gradientCheck', options, ['epsilon', 'tolerance']);
  const eps = options.epsilon ?? 1e-6;
  const tolerance = options.tolerance ?? 1e-6;
  let diff2 = 0, num2 = 0, ana2 = 0, count = 0;
  let worst = { name: '', index: -1, analytic: 0, numeric: 0 };
  let worstGap = -1;
  checked.forEach((c, k) => {
    const name = c.name ?? `#${k}`;
    for (let i = 0; i < c.value.length; i++) {
      const keep = c.value[i];
      c.value[i] = keep + eps;
      const plus = cost();
      c.value[i] = keep - eps;
      const minus = cost();
      c.value[i] = keep;
      const numeric = (plus - minus) / (2 * eps);
      const analytic = c.grad[i];
      diff2 += (numeric - analytic) ** 2;
      num2 += numeric * numeric;
      ana2 += analytic * analytic;
      count++;
      const gap = Math.abs(numeric - analytic) / Math.max(1e-8, Math.abs(numeric) + Math.abs(analytic));
      if (gap > worstGap) {
        worstGap = gap;
        worst = { name, index: i, analytic, numeric };
      }
    }
  });
  const denominator = Math.sqrt(num2) + Math.sqrt(ana2);
  const difference = denominator === 0 ? 0 : Math.sqrt(diff2) / denominator;
  return { difference, ok: difference <= tolerance, worst, count };
}

/**
 * Gradient check of a whole model on one batch: runs forward (training mode)
 * and backward once, then compares every parameter's gradient with finite differences.
 *
 * ```ts
 * checkModelGradients(mlp([2, 5, 2, 1]), binaryCrossEntropy, x, y).difference; // ~1e-9
 * ```
 */
export function checkModelGradients(model: Sequential, loss: Loss, x: Tensor, y: Tensor, options: GradientCheckOptions = {}): GradientCheckResult {
  model.backward(loss.grad(model.forward(x, { training: true }), y));
  return gradientCheck(() => loss.value(model.forward(x, { training: true }), y), model.parameters(), options);
}
