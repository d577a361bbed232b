import { finishPoints, generatorSetup, type GeneratorOptions } from './generator';
import type { Dataset } from './dataset';
import { InputError } from '../errors';

/** Options of {@link makeBlobs}. */
export interface BlobsOptions extends GeneratorOptions {
  /** How many blobs (placed evenly on a circle of radius 3), or their centres; default 3. */
  readonly centers?: number | readonly (readonly [number, number])[];
}

/**
 * Gaussian blobs, one class per blob: example i of class k is
 * centre_k + N(0, noise²) per coordinate (default noise 0.5); the classes
 * take turns so their sizes differ by at most one. Good for softmax.
 *
 * ```ts
 * const { x, y } = makeBlobs({ n: 300, centers: 4, seed: 1 }); // y in {0, 1, 2, 3}
 * ```
 */
export function makeBlobs(options: BlobsOptions = {}): Dataset {
  const { n, noise, rng } = generatorSetup('makeBlobs', options, ['centers'], 0.5);
  const spec = options.centers ?? 3;
  const centers = typeof spec === 'number'
    ? Array.from({ length: spec }, (_, k): [number, number] => [3 * Math.cos((2 * Math.PI * k) / spec), 3 * Math.sin((2 * Math.PI * k) / spec)])
    : spec.map((c): [number, number] => [c[0], c[1]]);
  if (centers.length < 1 || !centers.every((c) => c.every(Number.isFinite))) {
    throw new InputError(`makeBlobs: centers must be a count >= 1 or a list of finite [x, y] points, got ${JSON.stringify(spec)}.`);
  }
  const labels = Array.from({ length: n }, (_, i) => i % centers.length);
  return finishPoints(labels.map((k) => centers[k]), labels, noise, rng);
}
