/**
 * The training engine: everything a snippet may import from `@engine`.
 * Only what is exported here is public; the API reference is generated from it.
 * @module
 */
export type { Parameter } from './parameter';
export { Rng } from './random';
export { Tensor } from './tensor';

// --- Optimizers, schedules, data, sampling, training loop (E2) ---
export * from './optimizers/index';
export * from './data/index';
