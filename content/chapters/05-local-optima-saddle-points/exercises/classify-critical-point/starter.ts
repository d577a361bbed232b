/** What a zero-gradient point is, judged by its second derivatives. */
export type CriticalPoint = 'minimum' | 'maximum' | 'saddle' | 'flat';

/**
 * Classifies a zero-gradient point of J(w₁, w₂) from its Hessian H = [[a, b], [b, d]]:
 * eigenvalues λ = (a + d)/2 ± √(((a − d)/2)² + b²);
 * both > 0: 'minimum'; both < 0: 'maximum'; one > 0 and one < 0: 'saddle'; any λ = 0: 'flat'.
 */
export function classifyCriticalPoint(H: number[][]): CriticalPoint {
  // TODO: compute both eigenvalues and look at their signs.
  return 'minimum';
}
