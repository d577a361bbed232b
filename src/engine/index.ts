/**
 * The training engine: everything a snippet may import from `@engine`.
 * Only what is exported here is public; the API reference is generated from it.
 * @module
 */
export type { Parameter } from './parameter';
export { Rng } from './random';
export { Tensor } from './tensor';

// --- Layers, models, losses, metrics, errors (E1) ---
export { ShapeError, InputError } from './errors';
export { initNames, initScale, type InitName, type NormalSource } from './init';
export type { Layer, ForwardOptions } from './model';
export { Sequential } from './model';
export { LayerParameter } from './layers/base';
export { dense, Dense, type DenseOptions } from './layers/dense';
export { relu, Relu } from './layers/relu';
export { leakyRelu, LeakyRelu } from './layers/leaky-relu';
export { tanh, Tanh } from './layers/tanh';
export { sigmoid, Sigmoid } from './layers/sigmoid';
export { softmax, Softmax, SoftmaxOutput } from './layers/softmax';
export { batchNorm, BatchNorm, type BatchNormOptions } from './layers/batch-norm';
export { activation, activationNames, type ActivationName } from './layers/activation';
export { mlp, type MlpOptions, type MlpBatchNormOptions } from './layers/mlp';
export type { Loss } from './losses/loss';
export { LossGradient } from './losses/loss-gradient';
export { binaryCrossEntropy } from './losses/binary-cross-entropy';
export { softmaxCrossEntropy } from './losses/softmax-cross-entropy';
export { meanSquaredError } from './losses/mean-squared-error';
export { lossByName, lossNames, type LossName } from './losses/by-name';
export { accuracy, predictedClasses, confusionMatrix } from './metrics';
export { gradientCheck, checkModelGradients, type Checked, type GradientCheckOptions, type GradientCheckResult } from './gradcheck';
export { Var, variable, constant, type VarInput } from './autodiff/var';
export { graphOf, type GraphNode, type GraphEdge } from './autodiff/graph';
export { minimize, type MinimizeOptions } from './autodiff/minimize';
// --- end E1 ---

// --- Optimizers, schedules, data, sampling, training loop (E2) ---
export * from './optimizers/index';
export * from './data/index';
export * from './schedules';
export * from './sampling';
export * from './train';
export * from './numpy/index';

// --- Helpers for readers (E4) ---
export { ewa, type EwaOptions } from './ewa';
