import type { Rng } from '@engine';

/**
 * `n` learning rates sampled on a log scale from [low, high).
 *
 * Why it is written this way: sampling α uniformly in [10⁻⁴, 1] puts 90% of the trials in [0.1, 1], the decade
 * that matters least. Sampling the exponent r uniformly gives each decade the same share, so 10⁻⁴ to 10⁻³ is
 * searched as thoroughly as 0.1 to 1. `rng.between(a, b)` is the same a + (b − a)·u.
 */
export function sampleLogScale(low: number, high: number, n: number, rng: Rng): number[] {
  const a = Math.log10(low);
  const b = Math.log10(high);
  return Array.from({ length: n }, () => Math.pow(10, a + (b - a) * rng.uniform()));
}
