/** What a zero-gradient point is, judged by its second derivatives. */
export type CriticalPoint = 'minimum' | 'maximum' | 'saddle' | 'flat';

/**
 * Classifies a zero-gradient point of J(w₁, w₂) from its 2 × 2 Hessian.
 *
 * Why it is written this way: along an eigenvector the cost is a parabola whose curvature is the eigenvalue, so
 * the signs of the two eigenvalues say which directions go up and which go down. Looking at the diagonal alone
 * (the curvature along w₁ and along w₂) misses the coupling b: [[1, 2], [2, 1]] curves up along both axes but
 * down along w₁ = −w₂. A zero eigenvalue leaves the question to higher derivatives, so the answer is 'flat'.
 * (Equivalently: det H = λ₁λ₂ < 0 means a saddle; det H > 0 with trace > 0 a minimum.)
 */
export function classifyCriticalPoint(H: number[][]): CriticalPoint {
  const [[a, b], [, d]] = H;
  const mean = (a + d) / 2;
  const radius = Math.sqrt(((a - d) / 2) ** 2 + b * b);
  const [high, low] = [mean + radius, mean - radius];
  if (low > 0) return 'minimum';
  if (high < 0) return 'maximum';
  if (low < 0 && high > 0) return 'saddle';
  return 'flat';
}
