/**
 * The exponentially weighted average of `theta` (θ₁ … θₙ): returns [v₁, …, vₙ] where
 * v₀ = 0 and v_t = β·v_{t−1} + (1 − β)·θ_t.
 *
 * With `biasCorrection`, returns v_t / (1 − β^t) in place of v_t
 * (t counts from 1 at the first value).
 */
export function ewa(theta: number[], beta: number, biasCorrection: boolean): number[] {
  // TODO: keep v (starting at 0) and update it for each θ_t.
  return theta.map(() => 0);
}
