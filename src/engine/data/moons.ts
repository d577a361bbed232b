import { finishPoints, generatorSetup, linspace, type GeneratorOptions } from './generator';
import type { Dataset } from './dataset';

/**
 * Two interleaving half circles, the course's optimization data set (after
 * scikit-learn's make_moons): ⌊n/2⌋ points (cos θ, sin θ) labelled 0 and the
 * rest (1 − cos θ, 1 − sin θ − ½) labelled 1, θ evenly spaced in [0, π], then
 * shuffled, plus N(0, noise²) on each coordinate (default noise 0.2).
 *
 * ```ts
 * const { x, y } = makeMoons({ n: 300, noise: 0.2, seed: 3 }); // x [300, 2], y [300, 1]
 * ```
 */
export function makeMoons(options: GeneratorOptions = {}): Dataset {
  const { n, noise, rng } = generatorSetup('makeMoons', options, [], 0.2);
  const outer = Math.floor(n / 2), inner = n - outer;
  const points: [number, number][] = [
    ...linspace(0, Math.PI, outer).map((t): [number, number] => [Math.cos(t), Math.sin(t)]),
    ...linspace(0, Math.PI, inner).map((t): [number, number] => [1 - Math.cos(t), 1 - Math.sin(t) - 0.5]),
  ];
  const labels = points.map((_, i) => (i < outer ? 0 : 1));
  return finishPoints(points, labels, noise, rng);
}
