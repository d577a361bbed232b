/**
 * What the 2-D toy data generators share: their options, their type, and the
 * last step of each (shuffle the points, add Gaussian noise, make tensors).
 */
import type { Rng } from '../random';
import { Tensor } from '../tensor';
import { rngFrom, type Dataset, type RandomOptions } from './dataset';
import { checkInteger, checkNonNegative, checkOptions } from '../validate';

/** Options every generator takes. */
export interface GeneratorOptions extends RandomOptions {
  /** Number of examples m, default 300 (the course's). */
  readonly n?: number;
  /** Standard deviation of the Gaussian noise added to each coordinate. */
  readonly noise?: number;
}

/** A toy data set maker: x is [n, 2], y is [n, 1] with class indices 0, 1, ... */
export type DataGenerator<O extends GeneratorOptions = GeneratorOptions> = (options?: O) => Dataset;

/** Validated options with defaults filled in. */
export function generatorSetup(where: string, options: GeneratorOptions & object, extra: readonly string[], defaultNoise: number): { n: number; noise: number; rng: Rng } {
  checkOptions(where, options, ['n', 'noise', 'seed', 'rng', ...extra]);
  const n = options.n ?? 300;
  checkInteger(where, 'n', n, 1);
  const noise = options.noise ?? defaultNoise;
  checkNonNegative(where, 'noise', noise);
  return { n, noise, rng: rngFrom(options) };
}

/** `count` evenly spaced values from `start` to `stop` (both included when count > 1), like np.linspace. */
export function linspace(start: number, stop: number, count: number, endpoint = true): number[] {
  const step = (stop - start) / (endpoint ? Math.max(count - 1, 1) : count);
  return Array.from({ length: count }, (_, i) => start + i * step);
}

/** Shuffles the points with their labels, adds N(0, noise²) to each coordinate, and builds the tensors. */
export function finishPoints(points: [number, number][], labels: number[], noise: number, rng: Rng): Dataset {
  const order = rng.permutation(points.length);
  const x = new Float64Array(points.length * 2), y = new Float64Array(points.length);
  order.forEach((from, i) => {
    x[2 * i] = points[from][0] + (noise > 0 ? rng.normal(0, noise) : 0);
    x[2 * i + 1] = points[from][1] + (noise > 0 ? rng.normal(0, noise) : 0);
    y[i] = labels[from];
  });
  return { x: new Tensor(x, [points.length, 2]), y: new Tensor(y, [points.length, 1]) };
}
