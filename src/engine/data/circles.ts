import { checkInRange } from '../validate';
import { finishPoints, generatorSetup, linspace, type GeneratorOptions } from './generator';
import type { Dataset } from './dataset';

/** Options of {@link makeCircles}. */
export interface CirclesOptions extends GeneratorOptions {
  /** Radius of the inner circle relative to the outer one (radius 1), default 0.5. */
  readonly factor?: number;
}

/**
 * Two concentric circles (after scikit-learn's make_circles): ⌊n/2⌋ points on
 * the unit circle labelled 0, the rest on a circle of radius `factor`
 * labelled 1, shuffled, plus N(0, noise²) noise (default 0.1). No straight
 * line separates them, so a network needs a hidden layer.
 *
 * ```ts
 * const { x, y } = makeCircles({ n: 200, factor: 0.5, seed: 1 });
 * ```
 */
export function makeCircles(options: CirclesOptions = {}): Dataset {
  const { n, noise, rng } = generatorSetup('makeCircles', options, ['factor'], 0.1);
  const factor = options.factor ?? 0.5;
  checkInRange('makeCircles', 'factor', factor, 0, 1);
  const outer = Math.floor(n / 2), inner = n - outer;
  const points: [number, number][] = [
    ...linspace(0, 2 * Math.PI, outer, false).map((t): [number, number] => [Math.cos(t), Math.sin(t)]),
    ...linspace(0, 2 * Math.PI, inner, false).map((t): [number, number] => [factor * Math.cos(t), factor * Math.sin(t)]),
  ];
  return finishPoints(points, points.map((_, i) => (i < outer ? 0 : 1)), noise, rng);
}
