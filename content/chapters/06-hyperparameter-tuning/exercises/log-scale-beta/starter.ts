import type { Rng } from '@engine';

/**
 * `n` values of β in [low, high) with 1 − β sampled on a log scale:
 * for each sample, u = rng.uniform() (one call per sample), r = a + (b − a)·u with
 * a = log₁₀(1 − high) and b = log₁₀(1 − low) (so a < b), and β = 1 − 10^r.
 */
export function sampleBeta(low: number, high: number, n: number, rng: Rng): number[] {
  // TODO: sample the exponent of 1 − β.
  return Array.from({ length: n }, () => low + (high - low) * rng.uniform());
}
