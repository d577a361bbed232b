/**
 * True when the symmetric matrix `H` is positive definite, decided by a Cholesky factorization.
 *
 * Why it is written this way: the factorization needs a square root of a positive number at every pivot, and it
 * finds one at every pivot exactly when all eigenvalues are positive, so it decides "every direction curves up"
 * without computing a single eigenvalue, in n³/6 multiplications. A positive diagonal is not enough: [[1, 2],
 * [2, 1]] has eigenvalues 3 and −1 (a saddle), and its second pivot is 1 − 2² = −3. A zero pivot means a flat
 * direction (positive semi-definite), which is not a strict minimum, hence d ≤ 0 and not d < 0.
 */
export function isPositiveDefinite(H: number[][]): boolean {
  const n = H.length;
  const L: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    let d = H[j][j];
    for (let k = 0; k < j; k++) d -= L[j][k] * L[j][k];
    if (!(d > 0)) return false;
    L[j][j] = Math.sqrt(d);
    for (let i = j + 1; i < n; i++) {
      let sum = H[i][j];
      for (let k = 0; k < j; k++) sum -= L[i][k] * L[j][k];
      L[i][j] = sum / L[j][j];
    }
  }
  return true;
}
