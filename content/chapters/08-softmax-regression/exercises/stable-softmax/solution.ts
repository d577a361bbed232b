/**
 * The softmax of one example's logits, computed stably.
 *
 * Why it is written this way: e^{z_i − c} / Σ_j e^{z_j − c} equals e^{z_i} / Σ_j e^{z_j} for any constant c,
 * because the factor e^{−c} cancels. With c = max_j z_j the largest exponent is e⁰ = 1, so nothing overflows
 * (e^{1000} is Infinity in floating point, and Infinity/Infinity is NaN), and the sum is at least 1, so nothing
 * underflows to 0/0 either (logits of −1000 would make every e^{z} exactly 0).
 */
export function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const t = z.map((zi) => Math.exp(zi - max));
  const sum = t.reduce((a, b) => a + b, 0);
  return t.map((ti) => ti / sum);
}
