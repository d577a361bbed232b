import { Sequential, type Layer } from '../model';
import { Rng } from '../random';
import { InputError } from '../errors';
import { checkOptions, unknownName } from '../validate';
import { initNames, type InitName, type NormalSource } from '../init';
import { activation, activationNames, type ActivationName } from './activation';
import { batchNorm, type BatchNormOptions } from './batch-norm';
import { dense } from './dense';

/** Options of {@link mlp}. */
export interface MlpOptions {
  /** Activation of every hidden layer (default `'relu'`). */
  readonly hidden?: ActivationName;
  /** Output activation (default `'sigmoid'` for one output unit, `'softmax'` for more). */
  readonly output?: ActivationName;
  /** Weight initialisation of every dense layer (default `'he'`). */
  readonly init?: InitName;
  /** Seed of the weights (default 1); ignored when `rng` is given. */
  readonly seed?: number;
  /** Random source shared by all layers, drawn layer by layer in order. */
  readonly rng?: NormalSource;
  /**
   * Insert batch norm between each hidden Z and its activation (and drop the then
   * redundant b): `true` for the defaults, or `{ momentum, epsilon }` for every one
   * of those layers (names are numbered, so `name` is not accepted here).
   */
  readonly batchNorm?: boolean | MlpBatchNormOptions;
}

/** The batch-norm options `mlp` passes to each of its batch-norm layers. */
export type MlpBatchNormOptions = Omit<BatchNormOptions, 'name'>;
const mlpOptionNames = ['hidden', 'output', 'init', 'seed', 'rng', 'batchNorm'] as const;

/**
 * A fully connected network from its layer sizes [n^[0], n^[1], ..., n^[L]]:
 * dense layers with the hidden activation between them and the output
 * activation at the end. The course's network in one line:
 *
 * ```ts
 * const model = mlp([2, 5, 2, 1], { hidden: 'relu', output: 'sigmoid', init: 'he', seed: 3 });
 * // Sequential(dense1(2→5), relu1, dense2(5→2), relu2, dense3(2→1), sigmoid1)
 * ```
 */
export function mlp(sizes: readonly number[], options: MlpOptions = {}): Sequential {
  checkOptions('mlp', options, mlpOptionNames);
  if (sizes.length < 2) throw new InputError(`mlp: needs at least two sizes [inputs, outputs], got [${sizes.join(',')}].`);
  const hidden = options.hidden ?? 'relu';
  const out = options.output ?? (sizes[sizes.length - 1] === 1 ? 'sigmoid' : 'softmax');
  for (const name of [hidden, out]) if (!activationNames.includes(name)) unknownName('mlp', 'activation', name, activationNames);
  const init = options.init ?? 'he';
  if (!initNames.includes(init)) unknownName('mlp', 'init', init, initNames);
  const rng = options.rng ?? new Rng(options.seed ?? 1);
  const normOptions = batchNormOptions(options.batchNorm);
  const layers: Layer[] = [];
  for (let l = 1; l < sizes.length; l++) {
    const last = l === sizes.length - 1;
    const normalize = normOptions !== null && !last;
    layers.push(dense(sizes[l - 1], sizes[l], { init, rng, useBias: !normalize }));
    if (normalize) layers.push(batchNorm(sizes[l], normOptions));
    const act = last ? out : hidden;
    if (act !== 'linear') layers.push(activation(act));
  }
  return new Sequential(layers);
}

/** The options of each batch-norm layer, or null for none. */
function batchNormOptions(setting: MlpOptions['batchNorm']): MlpBatchNormOptions | null {
  if (setting === undefined || setting === false) return null;
  if (setting === true) return {};
  if (typeof setting !== 'object' || setting === null) {
    throw new InputError(`mlp: batchNorm must be true, false or { momentum, epsilon }, got ${String(setting)}.`);
  }
  checkOptions('mlp batchNorm', setting, ['momentum', 'epsilon']);
  return setting;
}
