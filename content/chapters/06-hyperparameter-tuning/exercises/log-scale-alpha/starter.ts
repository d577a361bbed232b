import type { Rng } from '@engine';

/**
 * `n` learning rates sampled on a log scale from [low, high):
 * for each sample, u = rng.uniform() (one call per sample),
 * r = a + (b − a)·u with a = log₁₀(low) and b = log₁₀(high), and α = 10^r.
 */
export function sampleLogScale(low: number, high: number, n: number, rng: Rng): number[] {
  // TODO: sample the exponent, not α itself.
  return Array.from({ length: n }, () => low + (high - low) * rng.uniform());
}
