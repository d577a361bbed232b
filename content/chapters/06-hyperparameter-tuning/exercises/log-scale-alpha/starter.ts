import type { Rng } from '@engine';

/** How a hyperparameter is sampled: the exponent uniformly ('log'), or whole numbers uniformly ('integer'). */
export type SamplingScale = 'log' | 'integer';

/**
 * `n` values between `low` and `high`, one u = rng.uniform() per sample:
 * 'log': r = a + (b − a)·u with a = log₁₀(low), b = log₁₀(high), and the value 10^r;
 * 'integer': low + floor((high − low + 1)·u), every whole number from low to high inclusive.
 */
export function sampleHyperparameter(low: number, high: number, n: number, scale: SamplingScale, rng: Rng): number[] {
  // TODO: sample on the scale asked for, not uniformly between low and high.
  return Array.from({ length: n }, () => low + (high - low) * rng.uniform());
}
