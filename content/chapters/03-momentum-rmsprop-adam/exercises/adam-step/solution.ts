/** Adam's memory between steps: the two running averages and t, the number of updates made so far. */
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
 * One Adam step, element by element.
 *
 * Why it is written this way: t is increased before it is used, so the first update has t = 1 and the bias
 * corrections divide by 1 − β₁ = 0.1 and 1 − β₂ = 0.001, which turns v = 0.1·dW and S = 0.001·dW² back into dW
 * and dW². The first step is then about α·sign(dW) in every coordinate. t counts updates (mini-batches), not
 * epochs: counted per epoch, the correction stays large for far too long. The corrections divide; multiplying by
 * 1 − β^t (a bug that lived for years in a well-known JavaScript library) shrinks the early steps instead. Only the
 * returned step uses v̂ and Ŝ; the state keeps the uncorrected averages, or the next step would correct twice.
 */
export function adamStep(w: number[], dw: number[], state: AdamState, hp: AdamHyperparameters): { w: number[]; v: number[]; s: number[]; t: number } {
  const t = state.t + 1;
  const v = state.v.map((vi, i) => hp.beta1 * vi + (1 - hp.beta1) * dw[i]);
  const s = state.s.map((si, i) => hp.beta2 * si + (1 - hp.beta2) * dw[i] * dw[i]);
  const newW = w.map((wi, i) => {
    const vHat = v[i] / (1 - Math.pow(hp.beta1, t));
    const sHat = s[i] / (1 - Math.pow(hp.beta2, t));
    return wi - (hp.alpha * vHat) / (Math.sqrt(sHat) + hp.epsilon);
  });
  return { w: newW, v, s, t };
}
