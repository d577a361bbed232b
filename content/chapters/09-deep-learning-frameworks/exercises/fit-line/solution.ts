import { constant, minimize, variable } from '@engine';

/**
 * Fits ŷ = w·x + b to the points (xs, ys) by gradient descent on the mean squared error, starting at w = b = 0,
 * and returns [w, b] after `steps` steps.
 *
 * Why it is written this way: the data are constants, so minimize() can only move w and b; the cost is the mean,
 * not the sum, so the step does not grow with the number of points (with the sum, m points make every step m
 * times longer, and a learning rate that is fine for the mean diverges); and both w and b are in the list given to
 * minimize(): a variable left out keeps its starting value. Nowhere is the gradient written: backward() finds
 * dJ/dw = (2/m)·Σ(ŷᵢ − yᵢ)xᵢ and dJ/db = (2/m)·Σ(ŷᵢ − yᵢ) from the forward code.
 */
export function fitLine(xs: number[], ys: number[], learningRate: number, steps: number): [number, number] {
  const x = constant(xs, 'x');
  const y = constant(ys, 'y');
  const w = variable(0, 'w');
  const b = variable(0, 'b');
  const cost = () => w.mul(x).add(b).sub(y).pow(2).mean();
  minimize(cost, [w, b], { learningRate, steps });
  return [w.item(), b.item()];
}
