/**
 * The training engine: everything a snippet may import from `@engine`.
 * Only what is exported here is public; the API reference is generated from it.
 * @module
 */
// Tensors, randomness, errors
export { Tensor } from './tensor';
export { Rng } from './random';
export type { Parameter } from './parameter';
export { ShapeError, InputError } from './errors';

// Layers and models
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

// Losses and metrics
export type { Loss } from './losses/loss';
export { LossGradient } from './losses/loss-gradient';
export { binaryCrossEntropy } from './losses/binary-cross-entropy';
export { softmaxCrossEntropy } from './losses/softmax-cross-entropy';
export { meanSquaredError } from './losses/mean-squared-error';
export { lossByName, lossNames, type LossName } from './losses/by-name';
export { accuracy, predictedClasses, confusionMatrix } from './metrics';
export { gradientCheck, checkModelGradients, type Checked, type GradientCheckOptions, type GradientCheckResult } from './gradcheck';

// Automatic differentiation (the frameworks chapter)
export { Var, variable, constant, type VarInput } from './autodiff/var';
export { graphOf, type GraphNode, type GraphEdge } from './autodiff/graph';
export { minimize, type MinimizeOptions } from './autodiff/minimize';

// Optimizers (one update rule per file) and learning-rate schedules
export type { Optimizer, OptimizerConfig, OptimizerState } from './optimizers/optimizer';
export { GradientDescent, sgd, type GradientDescentOptions } from './optimizers/gradient-descent';
export { Momentum, momentum, momentumForms, type MomentumForm, type MomentumOptions } from './optimizers/momentum';
export { Nesterov, nesterov, type NesterovOptions } from './optimizers/nesterov';
export { RMSprop, rmsprop, type RMSpropOptions } from './optimizers/rmsprop';
export { Adam, adam, type AdamOptions } from './optimizers/adam';
export {
  exponentialDecay, fixedIntervalDecay, inverseSqrtDecay, inverseTimeDecay, manual, scheduleNames, staircase,
  type Schedule, type ScheduleName,
} from './schedules';

// Data: mini-batches, splits, encodings, toy generators, cost surfaces, real data
export type { Dataset, RandomOptions } from './data/dataset';
export { miniBatches } from './data/minibatch';
export { trainTestSplit, type SplitOptions } from './data/split';
export { oneHot } from './data/one-hot';
export { normalizeInputs, type NormalizationStats } from './data/normalize';
export type { DataGenerator, GeneratorOptions } from './data/generator';
export { makeMoons } from './data/moons';
export { makeCircles, type CirclesOptions } from './data/circles';
export { makeSpirals, type SpiralsOptions } from './data/spirals';
export { makeBlobs, type BlobsOptions } from './data/blobs';
export { descend, illConditionedQuadratic, plateau, rosenbrock, saddle, type Surface } from './data/surfaces';
export { seattleWeather, type SeattleWeather } from './data/seattle-weather';
export { loadIris, irisClassNames } from './data/iris';
export { loadMnist, mnistPixels, type MnistOptions } from './data/mnist';

// Hyperparameter search
export { betaLogScale, coarseToFine, grid, logUniform, uniform, type CoarseToFineOptions, type ScoredTrial, type Trial } from './sampling';

// The training loop
export {
  DivergenceError, train,
  type EpochInfo, type History, type StepInfo, type TrainableModel, type TrainOptions,
} from './train';

// Exponentially weighted averages, for readers
export { ewa, type EwaOptions } from './ewa';

// Course reproduction: numpy's legacy generator and the notebook's data, init and batches
export { NumpyRandom } from './numpy/numpy-random';
export { courseBatchOrder, courseHeInit, courseMiniBatches, courseModel, courseSchedule, makeMoonsSklearn } from './numpy/course';
