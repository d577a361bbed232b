/**
 * dz = ŷ − y for softmax followed by cross-entropy.
 *
 * Why it is written this way: differentiating −Σ_j y_j log ŷ_j through the softmax, the softmax's Jacobian and
 * the 1/ŷ_j of the logarithm cancel, leaving ŷ_i − y_i (using Σ_j y_j = 1). Computing the loss and then
 * differentiating numerically would lose this: ŷ can be exactly 0 for large logits, where log ŷ is −Infinity,
 * yet ŷ − y is perfectly well defined. For a mini-batch, the course's dZ = Ŷ − Y holds column by column; the 1/m
 * of the cost enters with dW = (1/m)·dZ·A^[L−1]ᵀ.
 */
export function crossEntropyGradient(z: number[], y: number[]): number[] {
  const max = Math.max(...z);
  const t = z.map((zi) => Math.exp(zi - max));
  const sum = t.reduce((a, b) => a + b, 0);
  return t.map((ti, j) => ti / sum - y[j]);
}
