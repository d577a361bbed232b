/**
 * The numerical gradient of `J` at `theta` by two-sided differences:
 *   dθ[i] = (J(θ + ε·eᵢ) − J(θ − ε·eᵢ)) / (2ε)
 * where θ ± ε·eᵢ changes only entry i. `theta` must be the same after the call as before it.
 */
export function numericGradient(
  J: (theta: number[]) => number, theta: number[], epsilon: number,
): number[] {
  // TODO: one two-sided difference per entry of theta.
  return theta.map(() => 0);
}
