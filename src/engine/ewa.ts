/**
 * The exponentially weighted average of a sequence, as the course writes it.
 * Chapters compute their own on purpose, to show the recurrence; this one is
 * for readers who want it in one call.
 * @module
 */
import { InputError } from './errors';
import { checkInRange, checkOptions } from './validate';

/** Options of {@link ewa}. */
export interface EwaOptions {
  /** Divide vₜ by 1 − βᵗ so that the first values are not pulled towards v₀ = 0 (default false). */
  readonly biasCorrection?: boolean;
}

/**
 * The exponentially weighted (moving) average vₜ = β·vₜ₋₁ + (1 − β)·θₜ, from
 * v₀ = 0, for every value θₜ (t = 1, 2, ...); it averages over roughly the last
 * 1/(1 − β) values. With `biasCorrection` each vₜ is divided by 1 − βᵗ, which
 * matters only while βᵗ is not yet small.
 *
 * ```ts
 * ewa([10, 20, 30], 0.9);                            // [1, 2.9, 5.61]
 * ewa([10, 20, 30], 0.9, { biasCorrection: true });  // [10, 15.26..., 20.66...]
 * ```
 */
export function ewa(values: ArrayLike<number>, beta: number, options: EwaOptions = {}): number[] {
  checkOptions('ewa', options, ['biasCorrection']);
  checkInRange('ewa', 'beta', beta, 0, 1);
  const correct = options.biasCorrection ?? false;
  const out: number[] = new Array(values.length);
  let v = 0;
  let betaPower = 1; // βᵗ, as a running product
  for (let t = 0; t < values.length; t++) {
    const theta = values[t];
    if (!Number.isFinite(theta)) throw new InputError(`ewa: values holds a non-finite value (${theta}) at index ${t}.`);
    v = beta * v + (1 - beta) * theta;
    betaPower *= beta;
    out[t] = correct ? v / (1 - betaPower) : v;
  }
  return out;
}
