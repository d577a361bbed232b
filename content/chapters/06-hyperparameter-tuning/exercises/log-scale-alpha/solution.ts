import type { Rng } from '@engine';

/** How a hyperparameter is sampled: the exponent uniformly ('log'), or whole numbers uniformly ('integer'). */
export type SamplingScale = 'log' | 'integer';

/**
 * `n` values between `low` and `high` on the given scale, one rng.uniform() each.
 *
 * Why it is written this way: a range that spans orders of magnitude (α from 10⁻⁴ to 1) is sampled on a log scale,
 * because uniform sampling would put 90% of the trials in [0.1, 1], the decade that matters least; the exponent r is
 * uniform instead, so 10⁻⁴ to 10⁻³ is searched as thoroughly as 0.1 to 1. A narrow range of counts (hidden units
 * from 50 to 100, layers from 2 to 4) is sampled uniformly over the whole numbers: every count is as plausible as
 * the next, and a network cannot have 63.7 units. floor((high − low + 1)·u) keeps `high` itself in play.
 */
export function sampleHyperparameter(low: number, high: number, n: number, scale: SamplingScale, rng: Rng): number[] {
  if (scale === 'integer') {
    return Array.from({ length: n }, () => low + Math.floor((high - low + 1) * rng.uniform()));
  }
  const a = Math.log10(low);
  const b = Math.log10(high);
  return Array.from({ length: n }, () => Math.pow(10, a + (b - a) * rng.uniform()));
}
