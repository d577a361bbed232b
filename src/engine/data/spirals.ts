import { checkInteger } from '../validate';
import { finishPoints, generatorSetup, linspace, type GeneratorOptions } from './generator';
import type { Dataset } from './dataset';

/** Options of {@link makeSpirals}. */
export interface SpiralsOptions extends GeneratorOptions {
  /** Number of arms (classes), default 2. */
  readonly classes?: number;
}

/**
 * Interleaved spiral arms, one per class (as in CS231n): along arm k the
 * radius r runs evenly from 0 to 1 while the angle θ runs from 4k to 4(k + 1),
 * plus N(0, noise²) on θ (default noise 0.2); the point is (r·sin θ, r·cos θ).
 * The arms blur into each other as noise grows.
 *
 * ```ts
 * const { x, y } = makeSpirals({ n: 300, classes: 3, seed: 1 }); // y in {0, 1, 2}
 * ```
 */
export function makeSpirals(options: SpiralsOptions = {}): Dataset {
  const { n, noise, rng } = generatorSetup('makeSpirals', options, ['classes'], 0.2);
  const classes = options.classes ?? 2;
  checkInteger('makeSpirals', 'classes', classes, 2);
  const points: [number, number][] = [], labels: number[] = [];
  for (let k = 0; k < classes; k++) {
    const count = Math.floor(n / classes) + (k < n % classes ? 1 : 0);
    const radii = linspace(0, 1, count), angles = linspace(4 * k, 4 * (k + 1), count);
    radii.forEach((r, i) => {
      const theta = angles[i] + (noise > 0 ? rng.normal(0, noise) : 0);
      points.push([r * Math.sin(theta), r * Math.cos(theta)]);
      labels.push(k);
    });
  }
  return finishPoints(points, labels, 0, rng);
}
