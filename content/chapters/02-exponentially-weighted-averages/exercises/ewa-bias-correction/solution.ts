/**
 * The exponentially weighted average of `theta` (θ₁ … θₙ), with or without bias correction.
 *
 * Why it is written this way: v starts at 0, so the early v_t are too small: v₁ = (1 − β)θ₁ is only a tenth of
 * θ₁ for β = 0.9 and a thousandth for β = 0.999. Dividing by 1 − β^t undoes exactly that: at t = 1 the division
 * by 1 − β gives θ₁ back, and as t grows β^t goes to 0 and the correction fades. The t in the power is the
 * position in the sequence counting from 1 (the loop index plus one); the stored v stays uncorrected, only what
 * is returned is divided.
 */
export function ewa(theta: number[], beta: number, biasCorrection: boolean): number[] {
  let v = 0;
  return theta.map((value, index) => {
    const t = index + 1;
    v = beta * v + (1 - beta) * value;
    return biasCorrection ? v / (1 - Math.pow(beta, t)) : v;
  });
}
