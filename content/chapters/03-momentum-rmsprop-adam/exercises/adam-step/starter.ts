/** Adam's memory between steps: the two running averages and t, the updates made so far. */
export interface AdamState {
  v: number[];
  s: number[];
  t: number;
}

/** Adam's hyperparameters (the course's defaults: β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸). */
export interface AdamHyperparameters {
  alpha: number;
  beta1: number;
  beta2: number;
  epsilon: number;
}

/**
 * One Adam step, element by element:
 *
 *   t := t + 1                      (t counts updates: the first update has t = 1)
 *   v := β₁·v + (1 − β₁)·dW          S := β₂·S + (1 − β₂)·dW²
 *   v̂ = v / (1 − β₁^t)               Ŝ = S / (1 − β₂^t)
 *   W := W − α·v̂ / (√Ŝ + ε)
 *
 * Returns the new weights and the new state { v, s, t } (v and S uncorrected).
 * Before the first step, `state` is { v: zeros, s: zeros, t: 0 }.
 */
export function adamStep(
  w: number[], dw: number[], state: AdamState, hp: AdamHyperparameters,
): { w: number[]; v: number[]; s: number[]; t: number } {
  // TODO: count the update, update v and S, correct them, and step.
  return { w: [...w], v: [...state.v], s: [...state.s], t: state.t };
}
