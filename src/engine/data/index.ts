/**
 * Data: mini-batches, splits, encodings, toy generators, cost surfaces and real data loaders.
 * @module
 */
export type { Dataset, RandomOptions } from './dataset';
export { miniBatches } from './minibatch';
export { trainTestSplit, type SplitOptions } from './split';
export { oneHot } from './one-hot';
export { normalizeInputs, type NormalizationStats } from './normalize';
export type { DataGenerator, GeneratorOptions } from './generator';
export { makeMoons } from './moons';
export { makeCircles, type CirclesOptions } from './circles';
export { makeSpirals, type SpiralsOptions } from './spirals';
export { makeBlobs, type BlobsOptions } from './blobs';
export { descend, illConditionedQuadratic, plateau, rosenbrock, saddle, type Surface } from './surfaces';
export { seattleWeather, type SeattleWeather } from './seattle-weather';
export { loadIris, irisClassNames } from './iris';
export { loadMnist, mnistPixels, type MnistOptions } from './mnist';
