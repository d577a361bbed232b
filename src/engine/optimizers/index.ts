/**
 * Optimizers: one update rule per file.
 * @module
 */
export type { Optimizer, OptimizerConfig, OptimizerState } from './optimizer';
export { GradientDescent, sgd, type GradientDescentOptions } from './gradient-descent';
export { Momentum, momentum, momentumForms, type MomentumForm, type MomentumOptions } from './momentum';
export { Nesterov, nesterov, type NesterovOptions } from './nesterov';
export { RMSprop, rmsprop, type RMSpropOptions } from './rmsprop';
export { Adam, adam, type AdamOptions } from './adam';
