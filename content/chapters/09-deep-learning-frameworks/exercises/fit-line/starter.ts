import { constant, minimize, variable } from '@engine';

/**
 * Fits ŷ = w·x + b to the points (xs, ys) by gradient descent on J = mean((w·x + b − y)²), starting at
 * w = b = 0, and returns [w, b] after `steps` steps of minimize().
 */
export function fitLine(xs: number[], ys: number[], learningRate: number, steps: number): [number, number] {
  const x = constant(xs, 'x');
  const y = constant(ys, 'y');
  const w = variable(0, 'w');
  // TODO: a variable b, the cost () => mean((w·x + b − y)²) built from w, b, x and y,
  // and minimize(cost, [w, b], { learningRate, steps }).
  return [w.item(), 0];
}
