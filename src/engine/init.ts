/**
 * Weight initialisation for dense layers, in the course's notation: a layer
 * with n^[l-1] inputs draws each weight from N(0, σ²).
 * @module
 */
import { unknownName } from './validate';

/** Names accepted by `dense(..., { init })`. */
export const initNames = ['he', 'xavier', 'zeros'] as const;
/** One of {@link initNames}. */
export type InitName = (typeof initNames)[number];

/** Anything that draws standard normals: the engine's `Rng`, or a numpy-compatible generator. */
export interface NormalSource {
  normal(): number;
}

/**
 * Standard deviation σ of an initialisation for a layer with `nIn` inputs:
 * He σ = √(2/n^[l-1]) (for ReLU), Xavier σ = √(1/n^[l-1]) (the course's form, for tanh), zeros σ = 0.
 *
 * ```ts
 * initScale('he', 2);     // 1
 * initScale('xavier', 4); // 0.5
 * ```
 */
export function initScale(init: InitName, nIn: number): number {
  switch (init) {
    case 'he':
      return Math.sqrt(2 / nIn);
    case 'xavier':
      return Math.sqrt(1 / nIn);
    case 'zeros':
      return 0;
    default:
      return unknownName('init', 'initialisation', init, initNames);
  }
}

/**
 * Fills `w` (a row-major `[nOut, nIn]` matrix) with `rng.normal() · σ`, drawing
 * in row-major order as numpy's `np.random.randn(nOut, nIn) * σ` does.
 *
 * ```ts
 * const W = new Float64Array(6);
 * initialize(W, 'he', 3, new Rng(1)); // W[i] ~ N(0, 2/3)
 * ```
 */
export function initialize(w: Float64Array, init: InitName, nIn: number, rng: NormalSource): void {
  const scale = initScale(init, nIn);
  if (scale === 0) {
    w.fill(0);
    return;
  }
  for (let i = 0; i < w.length; i++) w[i] = rng.normal() * scale;
}
