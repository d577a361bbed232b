/**
 * One RMSprop step, element by element.
 *
 * Why it is written this way: S is a running average of dW², so √S is the typical size of each coordinate's
 * recent gradients. Dividing by it shrinks the steps of a coordinate whose gradients are large and swing (the
 * vertical direction of the valley) and lengthens those of a coordinate with small gradients. ε goes outside the
 * square root, as in the course: it only guards against dividing by zero (a zero gradient with S = 0 gives a zero
 * step, not NaN); inside the root it would be √ε = 10⁻⁴ for ε = 10⁻⁸ and would swamp tiny gradients.
 */
export function rmspropStep(w: number[], dw: number[], s: number[], alpha: number, beta2: number, epsilon: number): { w: number[]; s: number[] } {
  const sNew = s.map((si, i) => beta2 * si + (1 - beta2) * dw[i] * dw[i]);
  const wNew = w.map((wi, i) => wi - (alpha * dw[i]) / (Math.sqrt(sNew[i]) + epsilon));
  return { w: wNew, s: sNew };
}
