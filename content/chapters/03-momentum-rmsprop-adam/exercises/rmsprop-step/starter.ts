/**
 * One RMSprop step, element by element (dW² squares each element):
 *
 *   S := β₂·S + (1 − β₂)·dW²
 *   W := W − α·dW / (√S + ε)      (with the new S; ε is added after the square root)
 *
 * Returns new arrays; `s` is all zeros before the first step.
 */
export function rmspropStep(
  w: number[], dw: number[], s: number[], alpha: number, beta2: number, epsilon: number,
): { w: number[]; s: number[] } {
  // TODO: compute the new S, then the new weights.
  return { w: w.map((wi, i) => wi - alpha * dw[i]), s: [...s] };
}
