/**
 * One step of gradient descent with momentum, element by element.
 *
 * Why it is written this way: the velocity is updated first and the step uses the new velocity, so even the very
 * first step (v = 0) moves W, by α(1 − β)dW. The (1 − β) factor makes v an average of recent gradients, the
 * running average of chapter 2; the other common form, v = βv + dW, gives a v about 1/(1 − β) times larger and
 * so needs a smaller α. The course does not bias-correct momentum: after about 1/(1 − β) steps the warm-up no
 * longer matters.
 */
export function momentumStep(w: number[], dw: number[], v: number[], alpha: number, beta: number): { w: number[]; v: number[] } {
  const vNew = v.map((vi, i) => beta * vi + (1 - beta) * dw[i]);
  const wNew = w.map((wi, i) => wi - alpha * vNew[i]);
  return { w: wNew, v: vNew };
}
