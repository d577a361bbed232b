/**
 * One step of gradient descent with momentum, element by element:
 *
 *   v := β·v + (1 − β)·dW
 *   W := W − α·v        (with the new v)
 *
 * Returns new arrays; `v` is all zeros before the first step.
 */
export function momentumStep(
  w: number[], dw: number[], v: number[], alpha: number, beta: number,
): { w: number[]; v: number[] } {
  // TODO: compute the new velocity, then the new weights.
  return { w: [...w], v: [...v] };
}
