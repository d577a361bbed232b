/**
 * The numerical gradient of `J` at `theta` by two-sided differences.
 *
 * Why it is written this way: each entry is nudged on a copy of θ, so the other entries keep their values; nudging
 * θ in place and forgetting to put θᵢ back would shift every later derivative. The two-sided difference cancels
 * the second-order term of the Taylor expansion: for J = θ³ at θ = 2 with ε = 10⁻³ it is off by ε² = 10⁻⁶,
 * while the one-sided difference is off by 3θε = 0.006. This is the check the course uses on backpropagation,
 * and what the framework chapter compares autodiff with.
 */
export function numericGradient(J: (theta: number[]) => number, theta: number[], epsilon: number): number[] {
  return theta.map((_, i) => {
    const plus = [...theta];
    const minus = [...theta];
    plus[i] += epsilon;
    minus[i] -= epsilon;
    return (J(plus) - J(minus)) / (2 * epsilon);
  });
}
