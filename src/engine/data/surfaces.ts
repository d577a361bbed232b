/**
 * Two-dimensional cost surfaces for watching optimizers move: each has a
 * value and an exact gradient, a sensible plotting window, and its minimum.
 */
import type { Optimizer } from '../optimizers/optimizer';
import type { Parameter } from '../parameter';
import { checkInteger, checkOptions, checkPositive } from '../validate';

/** A cost J(x, y) with its gradient (∂J/∂x, ∂J/∂y). */
export interface Surface {
  readonly name: string;
  value(x: number, y: number): number;
  gradient(x: number, y: number): [number, number];
  /** Where J is smallest, or null when it has no minimum (the saddle). */
  readonly minimum: readonly [number, number] | null;
  /** A window that shows the interesting part, for contour plots. */
  readonly xRange: readonly [number, number];
  readonly yRange: readonly [number, number];
}

/**
 * An elongated bowl J = ½(a·x² + b·y²), ill-conditioned when b/a is large: gradient descent zig-zags
 * across the narrow y direction while crawling along x; momentum and RMSprop fix that.
 *
 * ```ts
 * const bowl = illConditionedQuadratic({ a: 1, b: 20 }); bowl.gradient(1, 1); // [1, 20]
 * ```
 */
export function illConditionedQuadratic(options: { a?: number; b?: number } = {}): Surface {
  checkOptions('illConditionedQuadratic', options, ['a', 'b']);
  const { a = 1, b = 20 } = options;
  checkPositive('illConditionedQuadratic', 'a', a);
  checkPositive('illConditionedQuadratic', 'b', b);
  return {
    name: `½(${a}x² + ${b}y²)`, minimum: [0, 0], xRange: [-2, 2], yRange: [-1, 1],
    value: (x, y) => 0.5 * (a * x * x + b * y * y),
    gradient: (x, y) => [a * x, b * y],
  };
}

/**
 * The saddle J = x² − y²: the gradient is zero at (0, 0), a minimum along x and a maximum along y.
 * In high dimensions most zero-gradient points look like this, not like local minima.
 *
 * ```ts
 * saddle().gradient(0, 0); // [0, 0]
 * ```
 */
export function saddle(): Surface {
  return {
    name: 'x² − y²', minimum: null, xRange: [-2, 2], yRange: [-2, 2],
    value: (x, y) => x * x - y * y,
    gradient: (x, y) => [2 * x, -2 * y],
  };
}

/**
 * A plateau J = 1 − exp(−(x² + y²)): almost flat (gradient near 0) far from the origin, so gradient
 * descent crawls for a long time before it finds the slope down to the minimum at (0, 0).
 *
 * ```ts
 * plateau().gradient(3, 0); // [≈ 7.4e-4, 0]
 * ```
 */
export function plateau(): Surface {
  return {
    name: '1 − exp(−(x² + y²))', minimum: [0, 0], xRange: [-4, 4], yRange: [-4, 4],
    value: (x, y) => 1 - Math.exp(-(x * x + y * y)),
    gradient: (x, y) => {
      const e = Math.exp(-(x * x + y * y));
      return [2 * x * e, 2 * y * e];
    },
  };
}

/**
 * Rosenbrock's banana J = (a − x)² + b(y − x²)², minimum (a, a²) at the end of a long curved valley.
 *
 * ```ts
 * rosenbrock().value(1, 1); // 0
 * ```
 */
export function rosenbrock(options: { a?: number; b?: number } = {}): Surface {
  checkOptions('rosenbrock', options, ['a', 'b']);
  const { a = 1, b = 100 } = options;
  return {
    name: `(${a} − x)² + ${b}(y − x²)²`, minimum: [a, a * a], xRange: [-2, 2], yRange: [-1, 3],
    value: (x, y) => (a - x) ** 2 + b * (y - x * x) ** 2,
    gradient: (x, y) => [-2 * (a - x) - 4 * b * x * (y - x * x), 2 * b * (y - x * x)],
  };
}

/**
 * Runs an optimizer on a surface from `start` for `steps` updates and returns the path,
 * for plotting: point k is (x[k], y[k]) with cost[k], point 0 being the start.
 *
 * ```ts
 * const path = descend(illConditionedQuadratic(), momentum(0.1), [-1.5, 0.8], 50);
 * ```
 */
export function descend(surface: Surface, optimizer: Optimizer, start: readonly [number, number], steps: number): { x: number[]; y: number[]; cost: number[] } {
  checkInteger('descend', 'steps', steps, 0);
  const point: Parameter = { name: 'point', shape: [2], value: Float64Array.from(start), grad: new Float64Array(2) };
  const path = { x: [start[0]], y: [start[1]], cost: [surface.value(start[0], start[1])] };
  for (let k = 0; k < steps; k++) {
    point.grad.set(surface.gradient(point.value[0], point.value[1]));
    optimizer.step([point]);
    path.x.push(point.value[0]); path.y.push(point.value[1]); path.cost.push(surface.value(point.value[0], point.value[1]));
  }
  return path;
}
