import type { Rng } from '@engine';

/**
 * `n` values of β in [low, high) with 1 − β sampled on a log scale.
 *
 * Why it is written this way: what matters about β is the window 1/(1 − β) it averages over. Moving β from 0.9 to
 * 0.9005 barely changes a 10-step window, while 0.999 to 0.9995 doubles a 1000-step one, so samples should be
 * dense near 1. Sampling 1 − β log-uniformly between 1 − high and 1 − low does that: [0.9, 0.99] and [0.99, 0.999]
 * get equal shares. The lower exponent comes from the higher β (1 − 0.999 = 10⁻³).
 */
export function sampleBeta(low: number, high: number, n: number, rng: Rng): number[] {
  const a = Math.log10(1 - high);
  const b = Math.log10(1 - low);
  return Array.from({ length: n }, () => 1 - Math.pow(10, a + (b - a) * rng.uniform()));
}
