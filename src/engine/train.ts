/**
 * The training loop: epochs of mini-batch updates with callbacks, a history
 * to plot, learning-rate decay per epoch, and a divergence check.
 *
 * Epoch numbering, the one convention of this module: an epoch number counts
 * from 0 (the first pass over the data is epoch 0) everywhere train() hands
 * one out or asks for one: `schedule(epoch)`, `batchOrder(epoch, m)`,
 * `onStep({ epoch })`, `onEpoch({ epoch })` and `DivergenceError.epoch`. So
 * the α that `onEpoch` reports for epoch e is `schedule(e)`, and index e of
 * every per-epoch History array is epoch e. This is the convention of the
 * schedules (`Schedule`) and of a `for (let epoch = 0; ...)` loop; the
 * lecture's epoch_num counts from 1, so its epoch_num k is our epoch k − 1.
 * Only `step` counts from 1: it is the number of updates so far, Adam's t.
 * @module
 */
import type { Loss } from './losses/loss';
import type { Optimizer } from './optimizers/optimizer';
import type { Parameter } from './parameter';
import type { Schedule } from './schedules';
import type { Tensor } from './tensor';
import { accuracy } from './metrics';
import { Rng } from './random';
import { checkDataset, type Dataset } from './data/dataset';
import { batchesInOrder } from './data/minibatch';
import { InputError } from './errors';
import { checkInteger, checkOptions } from './validate';
import { Sequential } from './model';
import { kernelPath } from './ops/kernel-path';
import { DenseStackTrainer } from './wasm/dense-stack';

/** What `train` needs of a model; `Sequential` has it. */
export interface TrainableModel {
  forward(x: Tensor, options: { training: boolean }): Tensor;
  backward(dLoss: Tensor): void;
  parameters(): Parameter[];
}

/** Passed to `onStep` after each update. `epoch` counts from 0, `step` from 1 (see the module comment). */
export interface StepInfo {
  readonly epoch: number;
  /** Updates so far, over all epochs (the t of Adam). */
  readonly step: number;
  /** Index of the mini-batch within the epoch, from 0. */
  readonly batch: number;
  /** J on this mini-batch, before the update. */
  readonly loss: number;
  readonly learningRate: number;
}

/** Passed to `onEpoch` after each epoch. `epoch` counts from 0 (see the module comment). */
export interface EpochInfo {
  readonly epoch: number;
  /** Mean loss per example over the epoch's mini-batches (Σ J_batch · m_batch / m). */
  readonly loss: number;
  /** Share of the epoch's examples classified right as they were trained on; NaN when not measured. */
  readonly accuracy: number;
  readonly learningRate: number;
}

/** Everything `train` recorded, ready to plot. */
export interface History {
  /** J of each mini-batch, in update order (index k is step k + 1). */
  readonly stepLoss: number[];
  /** Mean loss per example of each epoch. */
  readonly epochLoss: number[];
  /** Training accuracy of each epoch (empty when accuracy is off). */
  readonly epochAccuracy: number[];
  /** α used during each epoch. */
  readonly learningRates: number[];
}

/** Options of {@link train}. */
export interface TrainOptions {
  readonly loss: Loss;
  readonly optimizer: Optimizer;
  /** Passes over the training set. */
  readonly epochs: number;
  /** Examples per mini-batch; the last batch of an epoch keeps the leftover. */
  readonly batchSize: number;
  /** Seed of the shuffling (default 1); ignored when `rng` or `batchOrder` is given. */
  readonly seed?: number;
  readonly rng?: Rng;
  /** The order of the m examples in each epoch (epoch from 0), instead of an Rng shuffle; see `courseBatchOrder`. */
  readonly batchOrder?: (epoch: number, m: number) => readonly number[];
  /** α for each epoch (epoch from 0); sets `optimizer.learningRate` before the epoch. */
  readonly schedule?: Schedule;
  /** Record training accuracy (default: yes, unless the loss is mean squared error). */
  readonly accuracy?: boolean;
  /** Called after each update; return `false` to stop training. */
  onStep?(info: StepInfo): void | boolean;
  /** Called after each epoch; return `false` to stop training. */
  onEpoch?(info: EpochInfo): void | boolean;
}

const trainOptionNames = ['loss', 'optimizer', 'epochs', 'batchSize', 'seed', 'rng', 'batchOrder', 'schedule', 'accuracy', 'onStep', 'onEpoch'] as const;

/**
 * Thrown when the loss becomes NaN or infinite: the learning rate is almost
 * always too large. `epoch` counts from 0 and `step` from 1, as in `onStep`.
 */
export class DivergenceError extends Error {
  constructor(readonly step: number, readonly epoch: number, readonly loss: number) {
    super(`Loss diverged (${loss}) at epoch ${epoch}, step ${step}: try a smaller learning rate.`);
    this.name = 'DivergenceError';
  }
}

/**
 * Mini-batch gradient descent with any optimizer: for each epoch, set α from
 * the schedule, shuffle and split the data, and for each mini-batch do
 * forward, J, backward, update.
 *
 * ```ts
 * const model = mlp([2, 5, 2, 1], { seed: 3 });
 * const history = train(model, makeMoons({ seed: 3 }), {
 *   loss: binaryCrossEntropy, optimizer: adam(0.0007), epochs: 100, batchSize: 64,
 *   onEpoch: ({ epoch, loss }) => { if (epoch % 10 === 0) console.log(epoch, loss); }, // epochs 0, 10, 20, ...
 * });
 * ```
 */
export function train(model: TrainableModel, data: Dataset, options: TrainOptions): History {
  checkOptions('train', options, trainOptionNames);
  checkDataset('train', data.x, data.y);
  checkInteger('train', 'epochs', options.epochs, 0);
  checkInteger('train', 'batchSize', options.batchSize, 1);
  const { loss, optimizer, schedule } = options;
  const measureAccuracy = options.accuracy ?? loss.name !== 'meanSquaredError';
  const rng = options.rng ?? new Rng(options.seed ?? 1);
  const m = data.x.rows;
  const history: History = { stepLoss: [], epochLoss: [], epochAccuracy: [], learningRates: [] };
  const params = model.parameters();
  /** Scratch for checking each epoch's batchOrder (one flag per example). */
  const seen = options.batchOrder ? new Uint8Array(m) : new Uint8Array(0);
  let step = 0;
  // The course's kind of network (dense ReLU stack, sigmoid + BCE, Adam) trains in WebAssembly
  // memory, with bit-identical numbers; the model and optimizer are synced around every callback.
  const trainer = kernelPath() === 'wasm' && model instanceof Sequential ? DenseStackTrainer.for(model, loss, optimizer) : null;
  const fused = trainer?.fits(data.x, data.y) ? trainer : null;
  const callback = <T>(run: () => T): T => {
    fused?.sync();
    const result = run();
    fused?.reload();
    return result;
  };
  try {
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      if (schedule) optimizer.learningRate = schedule(epoch);
      const learningRate = optimizer.learningRate;
      // The data set was checked once above, so the epoch's batches are cut without checking it again.
      const order = options.batchOrder ? checkedOrder(options.batchOrder(epoch, m), seen) : rng.permutation(m);
      if (fused) fused.startEpoch(data.x, data.y, order);
      const batches = fused ? [] : batchesInOrder(data.x, data.y, order, options.batchSize);
      const batchCount = Math.ceil(m / options.batchSize);
      let lossSum = 0, rightSum = 0, stopped = false;
      for (let b = 0; b < batchCount && !stopped; b++) {
        let y: Tensor, yHat: Tensor, cost: number;
        if (fused) {
          const start = b * options.batchSize;
          const rows = fused.loadBatch(start, Math.min(options.batchSize, m - start));
          cost = fused.forwardLoss(rows);
          ({ yHat, y } = fused.batchViews(rows));
        } else {
          y = batches[b].y;
          yHat = model.forward(batches[b].x, { training: true });
          cost = loss.value(yHat, y);
        }
        step++;
        if (!Number.isFinite(cost)) throw new DivergenceError(step, epoch, cost);
        if (measureAccuracy) rightSum += accuracy(yHat, y) * y.rows;
        if (fused) fused.backwardUpdate(y.rows);
        else {
          model.backward(loss.grad(yHat, y));
          optimizer.step(params);
        }
        lossSum += cost * y.rows;
        history.stepLoss.push(cost);
        if (options.onStep) stopped = callback(() => options.onStep!({ epoch, step, batch: b, loss: cost, learningRate })) === false;
      }
      if (stopped) break; // a partial epoch has no epoch entries
      history.epochLoss.push(lossSum / m);
      history.learningRates.push(learningRate);
      if (measureAccuracy) history.epochAccuracy.push(rightSum / m);
      const info = { epoch, loss: lossSum / m, accuracy: measureAccuracy ? rightSum / m : NaN, learningRate };
      if (options.onEpoch && callback(() => options.onEpoch!(info)) === false) break;
    }
  } finally {
    fused?.sync();
  }
  return history;
}

/**
 * `order` itself, after checking that it is a permutation of 0..m-1, m = `seen.length` (in one pass
 * with one flag per index, not a sorted copy: it runs every epoch).
 */
function checkedOrder(order: readonly number[], seen: Uint8Array): readonly number[] {
  const m = seen.length;
  seen.fill(0);
  let permutation = order.length === m;
  for (let i = 0; permutation && i < m; i++) {
    const v = order[i];
    permutation = v >>> 0 === v && v < m && seen[v] === 0;
    if (permutation) seen[v] = 1;
  }
  if (!permutation) throw new InputError(`train: batchOrder must return a permutation of 0..${m - 1}, got ${order.length} indices.`);
  return order;
}
