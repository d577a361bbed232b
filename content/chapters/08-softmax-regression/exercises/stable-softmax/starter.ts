/**
 * The softmax of one example's logits z (C classes): a_i = e^{z_i} / Σ_j e^{z_j}.
 * Must return finite probabilities that sum to 1 even for logits like [1000, 1001, 1002]:
 * subtract max_j z_j from every z_i before exponentiating.
 */
export function softmax(z: number[]): number[] {
  // TODO: the probabilities. This version is not softmax yet.
  const total = z.reduce((sum, zi) => sum + zi, 0);
  return z.map((zi) => zi / total);
}
