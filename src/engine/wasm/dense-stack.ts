/**
 * A whole training step of a dense ReLU stack with a sigmoid output and binary cross-entropy (the
 * course's network), with gradient descent, momentum, RMSprop or Adam, in WebAssembly: weights,
 * gradients, the optimizer's state and every activation live in the module's memory, so a
 * mini-batch costs one copy of its rows in and about twenty short calls, instead of the layers'
 * per-call checks, buffers and copies. For tiny networks that per-call cost is the whole cost.
 *
 * Each piece repeats its TypeScript layer's arithmetic in the same order (see
 * `assembly/kernels.ts`), so a trainer gives bit-for-bit the weights and losses of
 * `model.forward` / `loss.grad` / `model.backward` / `optimizer.step` (dense-stack.test.ts).
 * @module
 */
import { Tensor } from '../tensor';
import type { Rng } from '../random';
import type { Sequential } from '../model';
import type { Loss } from '../losses/loss';
import { binaryCrossEntropy, logLikelihood } from '../losses/binary-cross-entropy';
import type { Optimizer } from '../optimizers/optimizer';
import { Adam } from '../optimizers/adam';
import { GradientDescent } from '../optimizers/gradient-descent';
import { Momentum } from '../optimizers/momentum';
import { RMSprop } from '../optimizers/rmsprop';
import { Dense } from '../layers/dense';
import { Relu } from '../layers/relu';
import { Sigmoid, sigmoidValue } from '../layers/sigmoid';
import { instantiateKernels, type KernelExports } from './kernels';

const trainers = new WeakMap<Sequential, DenseStackTrainer>();

/** The byte address of a double's offset, as the kernels take it. */
const byte = (offset: number) => offset * 8;

/** The optimizers whose update runs fused, each exactly as its own `step` does it. */
type FusedOptimizer = GradientDescent | Momentum | RMSprop | Adam;

/**
 * Whether `value` is an instance of `type` itself, not of a subclass and without an own `step` or
 * `forward`: reader code may override a method, and the fused path would silently skip it.
 */
function exactly<T extends object>(value: object, type: abstract new (...args: never[]) => T): value is T {
  return Object.getPrototypeOf(value) === type.prototype && !Object.hasOwn(value, 'step') && !Object.hasOwn(value, 'forward') && !Object.hasOwn(value, 'backward');
}

/** The optimizer's state slots, in the order its fused kernel takes them (names as its class keeps them). */
function slotNamesOf(optimizer: FusedOptimizer): readonly string[] {
  if (optimizer instanceof Adam) return ['firstMoment', 'secondMoment'];
  if (optimizer instanceof Momentum) return ['velocity'];
  if (optimizer instanceof RMSprop) return ['meanSquare'];
  return [];
}

/**
 * The dense layers of `model` when it is Dense (with bias), ReLU, ..., Dense, Sigmoid, each of
 * exactly the built-in class (so none has a forward or backward of its own); otherwise null.
 */
export function denseStackOf(model: Sequential): Dense[] | null {
  const layers = model.layers;
  if (layers.length % 2 !== 0) return null;
  const denses: Dense[] = [];
  for (let l = 0; l < layers.length; l += 2) {
    const dense = layers[l], activation = layers[l + 1];
    const last = l === layers.length - 2;
    if (!exactly(dense, Dense) || dense.b === null) return null;
    if (!(last ? exactly(activation, Sigmoid) : exactly(activation, Relu))) return null;
    if (denses.length > 0 && denses[denses.length - 1].nOut !== dense.nIn) return null;
    denses.push(dense);
  }
  return denses;
}

/**
 * Offsets (in doubles) of one dense layer's arrays in wasm memory for a pass over a batch: its
 * weights and gradients, Wᵀ, and the batch's Z, A, dZ (rows × nOut) and dA of its input (rows × nIn).
 */
export interface LayerPlaces {
  readonly nIn: number;
  readonly nOut: number;
  readonly w: number;
  readonly b: number;
  readonly wT: number;
  readonly dW: number;
  readonly db: number;
  readonly z: number;
  readonly a: number;
  readonly dZ: number;
  readonly dA: number;
}

/** Where a pass over a batch of up to `rows` examples finds its input x, its labels y and each layer's arrays. */
export interface StackPlaces {
  readonly rows: number;
  readonly x: number;
  readonly y: number;
  readonly layers: readonly LayerPlaces[];
}

/**
 * Z = X·Wᵀ + b and A = max(0, Z) layer by layer on the first `rows` examples, then the output
 * layer's σ in JavaScript with the layer path's own function (calls from wasm into the host's
 * Math would cost more than that).
 */
export function forwardStack(k: KernelExports, heap: Float64Array, places: StackPlaces, rows: number): void {
  const out = linearStack(k, places, rows);
  for (let i = 0; i < rows * out.nOut; i++) heap[out.a + i] = sigmoidValue(heap[out.z + i]);
}

/**
 * {@link forwardStack}, and binary cross-entropy against the batch's y in the same pass over the
 * output: the sum of the layer path's own per-example terms in its order, over rows, as
 * `binaryCrossEntropy.value` gives it (y was checked finite with the data set).
 */
export function forwardStackLoss(k: KernelExports, heap: Float64Array, places: StackPlaces, rows: number): number {
  const out = linearStack(k, places, rows);
  let sum = 0;
  for (let i = 0; i < rows * out.nOut; i++) {
    const a = sigmoidValue(heap[out.z + i]);
    heap[out.a + i] = a;
    sum -= logLikelihood(a, heap[places.y + i]);
  }
  return sum / rows;
}

/** Every layer's Z, and A = max(0, Z) below the output; returns the output layer's places. */
function linearStack(k: KernelExports, places: StackPlaces, rows: number): LayerPlaces {
  const layers = places.layers, L = layers.length;
  let prev = places.x;
  for (let l = 0; l < L; l++) {
    const s = layers[l];
    k.transpose(byte(s.w), byte(s.wT), s.nOut, s.nIn);
    k.matmul(byte(prev), byte(s.wT), byte(s.z), rows, s.nIn, s.nOut, byte(s.b), 0);
    if (l < L - 1) k.reluForward(byte(s.z), byte(s.a), rows * s.nOut);
    prev = s.a;
  }
  return layers[L - 1];
}

/**
 * dZ = (ŷ − y)·scale at the output (sigmoid with binary cross-entropy, scale 1/m), then dW = dZᵀ·A,
 * db = Σ dZ, dA = dZ·W and dZ = dA·[A > 0] down to the first layer, whose dX is not needed.
 */
export function backwardStack(k: KernelExports, places: StackPlaces, rows: number, scale: number): void {
  const layers = places.layers, L = layers.length, out = layers[L - 1];
  k.sigmoidCrossEntropyGradient(byte(out.a), byte(places.y), byte(out.dZ), rows * out.nOut, scale);
  for (let l = L - 1; l >= 0; l--) {
    const s = layers[l];
    const input = l === 0 ? places.x : layers[l - 1].a;
    k.matmulTransA(byte(s.dZ), byte(input), byte(s.dW), rows, s.nOut, s.nIn);
    k.columnSums(byte(s.dZ), byte(s.db), rows, s.nOut);
    if (l > 0) {
      k.matmul(byte(s.dZ), byte(s.w), byte(s.dA), rows, s.nOut, s.nIn, 0, 0);
      k.reluBackward(byte(layers[l - 1].a), byte(s.dA), byte(layers[l - 1].dZ), rows * s.nIn);
    }
  }
}

/** Offsets of one dense layer's weights inside the trainer's parameter block (its gradients sit at the same places of the gradient block). */
interface LayerSlots {
  readonly dense: Dense;
  readonly w: number;
  readonly b: number;
  readonly wT: number;
}

/** Where one parameter (a W or a b) lives, relative to the start of the parameter block. */
interface ParameterPlace {
  readonly parameter: Dense['W'];
  readonly at: number;
}

/**
 * Trains `model` with `optimizer` on the fused path. While in use it holds the current weights and
 * optimizer state; {@link DenseStackTrainer.sync} writes them back into the model and the optimizer.
 *
 * ```ts
 * const trainer = DenseStackTrainer.for(model, binaryCrossEntropy, adam(0.0007));
 * if (trainer) { for (let e = 0; e < 100; e++) trainer.epoch(x, y, 64, rng); trainer.sync(); }
 * ```
 */
export class DenseStackTrainer {
  private heap: Float64Array;
  /** Next free double (every block starts 16-byte aligned). */
  private top: number;
  private readonly layers: LayerSlots[];
  /** Every W and b, each at its own place in every block below. */
  private readonly places: ParameterPlace[];
  /** Values in one block: all weights and biases, back to back, so one kernel call updates them all. */
  private readonly parameterCount: number;
  /** The parameter block (W1, b1, W2, b2, ...), the gradient block, and one block per optimizer slot. */
  private readonly parameterBlock: number;
  private readonly gradientBlock: number;
  private readonly slotBlocks: number[];
  private readonly slotNames: readonly string[];
  private batch: StackPlaces | null = null;
  /** The epoch's copy of the data set (x, then y) and its order as i32 row numbers, for {@link loadBatch}. */
  private epochData: { readonly m: number; readonly x: number; readonly y: number; readonly order: number } | null = null;
  /** ŷ and y of the loaded batch as tensors on wasm memory, per batch size (made again after memory grows). */
  private views = new Map<number, { yHat: Tensor; y: Tensor }>();
  /** Adam's t and running βᵗ products (unused by the other rules). */
  private t = 0;
  private beta1Power = 1;
  private beta2Power = 1;

  /**
   * A trainer when the model is Dense (with bias), ReLU, ..., Dense, Sigmoid, the loss is binary
   * cross-entropy, the optimizer is gradient descent, momentum (either form), RMSprop or Adam, and
   * WebAssembly SIMD is available; otherwise null.
   */
  static for(model: Sequential, loss: Loss, optimizer: Optimizer): DenseStackTrainer | null {
    if (loss !== binaryCrossEntropy) return null;
    if (!(exactly(optimizer, Adam) || exactly(optimizer, GradientDescent) || exactly(optimizer, Momentum) || exactly(optimizer, RMSprop))) return null;
    const denses = denseStackOf(model);
    if (denses === null) return null;
    // One trainer (one wasm instance) per model, reused by later calls: train() asks for one per call.
    const cached = trainers.get(model);
    if (cached !== undefined && cached.optimizer === optimizer) {
      cached.load();
      return cached;
    }
    const kernels = instantiateKernels();
    if (kernels === null) return null;
    const trainer = new DenseStackTrainer(kernels, denses, optimizer);
    trainers.set(model, trainer);
    return trainer;
  }

  private constructor(
    private readonly kernels: KernelExports,
    denses: readonly Dense[],
    private readonly optimizer: FusedOptimizer,
  ) {
    this.heap = new Float64Array(kernels.memory.buffer);
    this.top = Math.ceil(kernels.heapBase() / 16) * 2;
    this.places = [];
    let count = 0;
    const layerPlaces = denses.map((dense) => {
      const w = count, b = count + dense.nOut * dense.nIn;
      count = b + dense.nOut;
      this.places.push({ parameter: dense.W, at: w }, { parameter: dense.b!, at: b });
      return { dense, w, b };
    });
    this.parameterCount = count;
    this.parameterBlock = this.allocate(count);
    this.gradientBlock = this.allocate(count);
    this.slotNames = slotNamesOf(optimizer);
    this.slotBlocks = this.slotNames.map(() => this.allocate(count));
    this.layers = layerPlaces.map(({ dense, w, b }) => ({ dense, w, b, wT: this.allocate(dense.nOut * dense.nIn) }));
    this.load();
  }

  /** Copies the model's weights and the optimizer's state (its slots; for Adam t and βᵗ) into wasm memory. */
  private load(): void {
    const state = this.optimizer.getState();
    for (const { parameter, at } of this.places) {
      this.heap.set(parameter.value, this.parameterBlock + at);
      this.slotNames.forEach((name, k) => {
        const saved = state.slots[name]?.[parameter.name];
        if (saved === undefined) this.heap.fill(0, this.slotBlocks[k] + at, this.slotBlocks[k] + at + parameter.value.length);
        else this.heap.set(saved, this.slotBlocks[k] + at);
      });
    }
    if (this.optimizer instanceof Adam) {
      this.t = state.scalars.t ?? 0;
      this.beta1Power = state.scalars.beta1Power ?? Math.pow(this.optimizer.beta1, this.t);
      this.beta2Power = state.scalars.beta2Power ?? Math.pow(this.optimizer.beta2, this.t);
    }
  }

  /** `count` doubles of fresh memory (rounded up to whole v128s), growing it when needed. */
  private allocate(count: number): number {
    const offset = this.top;
    this.top += count + (count & 1);
    const memory = this.kernels.memory;
    const needed = this.top * 8;
    if (memory.buffer.byteLength < needed) {
      memory.grow(Math.ceil((needed - memory.buffer.byteLength) / 65536));
      this.heap = new Float64Array(memory.buffer); // growing detached the old view, and the views on it
      this.views.clear();
    }
    return offset;
  }

  /** The per-batch arrays for `rows` examples, laid out again (above everything else) only when a batch is bigger. */
  private batchFor(rows: number): StackPlaces {
    if (this.batch !== null && this.batch.rows >= rows) return this.batch;
    const nx = this.layers[0].dense.nIn, ny = this.layers[this.layers.length - 1].dense.nOut;
    this.views.clear();
    const parameters = this.parameterBlock, gradients = this.gradientBlock;
    this.batch = {
      rows,
      x: this.allocate(rows * nx),
      y: this.allocate(rows * ny),
      layers: this.layers.map(({ dense: { nIn, nOut }, w, b, wT }) => ({
        nIn, nOut, w: parameters + w, b: parameters + b, wT, dW: gradients + w, db: gradients + b,
        z: this.allocate(rows * nOut), a: this.allocate(rows * nOut), dZ: this.allocate(rows * nOut), dA: this.allocate(rows * nIn),
      })),
    };
    return this.batch;
  }

  /** One update on the batch (x, y); returns its loss before the update (as `loss.value` would). */
  step(x: Tensor, y: Tensor): number {
    const rows = x.shape[0], batch = this.batchFor(rows);
    this.heap.set(x.data, batch.x);
    this.heap.set(y.data, batch.y);
    const cost = this.forwardLoss(rows);
    this.backwardUpdate(rows);
    return cost;
  }

  /**
   * One epoch of mini-batches in the order `rng.permutation(m)`, the last one partial, exactly as
   * `miniBatches(x, y, batchSize, rng)`; returns the batches' losses weighted by their sizes, over m.
   */
  epoch(x: Tensor, y: Tensor, batchSize: number, rng: Rng): number {
    const m = x.shape[0];
    this.startEpoch(x, y, rng.permutation(m));
    let total = 0;
    for (let start = 0; start < m; start += batchSize) {
      const rows = this.loadBatch(start, Math.min(batchSize, m - start));
      total += this.forwardLoss(rows) * rows;
      this.backwardUpdate(rows);
    }
    return total / m;
  }

  /** Whether x `[m, nIn]` and y `[m, nOut]` have the shapes of this network (else the layer path reports the mismatch). */
  fits(x: Tensor, y: Tensor): boolean {
    const nx = this.layers[0].dense.nIn, ny = this.layers[this.layers.length - 1].dense.nOut;
    return x.shape.length === 2 && x.shape[1] === nx && y.shape.length === 2 && y.shape[1] === ny && x.rows === y.rows;
  }

  /**
   * Copies x, y and the epoch's `order` of their rows into wasm memory, for the epoch's
   * {@link loadBatch} calls: as the layer path gathers its batches once per epoch, the data are
   * read at the epoch's start.
   */
  startEpoch(x: Tensor, y: Tensor, order: readonly number[]): void {
    const m = x.shape[0];
    if (this.epochData === null || this.epochData.m < m) {
      const nx = this.layers[0].dense.nIn, ny = this.layers[this.layers.length - 1].dense.nOut;
      // Row numbers are i32: m of them take m / 2 doubles.
      this.epochData = { m, x: this.allocate(m * nx), y: this.allocate(m * ny), order: this.allocate(Math.ceil(m / 2)) };
    }
    const data = this.epochData;
    this.heap.set(x.data, data.x);
    this.heap.set(y.data, data.y);
    new Int32Array(this.heap.buffer, data.order * 8, m).set(order);
  }

  /**
   * Copies rows `order[start ... start + rows)` of the epoch's x and y (see {@link startEpoch}) into
   * the batch arrays, in wasm; returns the number of rows.
   */
  loadBatch(start: number, rows: number): number {
    const batch = this.batchFor(rows), data = this.epochData!;
    const nx = this.layers[0].dense.nIn, ny = this.layers[this.layers.length - 1].dense.nOut;
    const index = byte(data.order) + start * 4;
    this.kernels.gatherRows(byte(data.x), index, byte(batch.x), rows, nx);
    this.kernels.gatherRows(byte(data.y), index, byte(batch.y), rows, ny);
    return rows;
  }

  /** The loaded batch's ŷ (after {@link forwardLoss}) and y, as tensors viewing wasm memory until the next call. */
  batchViews(rows: number): { yHat: Tensor; y: Tensor } {
    let views = this.views.get(rows);
    if (views === undefined) {
      const batch = this.batch!, out = batch.layers[batch.layers.length - 1], ny = out.nOut;
      const view = (offset: number) => new Tensor(this.heap.subarray(offset, offset + rows * ny), [rows, ny]);
      views = { yHat: view(out.a), y: view(batch.y) };
      this.views.set(rows, views);
    }
    return views;
  }

  /** Forward pass and loss on the first `rows` loaded examples (nothing is updated yet). */
  forwardLoss(rows: number): number {
    return forwardStackLoss(this.kernels, this.heap, this.batch!, rows);
  }

  /** Backward pass and the optimizer's update after {@link forwardLoss} on the same rows. */
  backwardUpdate(rows: number): void {
    backwardStack(this.kernels, this.batch!, rows, 1 / rows);
    this.update();
  }

  /** One update of every weight and bias at once (they share one block), by the optimizer's own rule. */
  private update(): void {
    const k = this.kernels, opt = this.optimizer, count = this.parameterCount;
    const w = byte(this.parameterBlock), g = byte(this.gradientBlock), slots = this.slotBlocks;
    if (opt instanceof Adam) {
      // The running products β1ᵗ, β2ᵗ, kept as adam.ts keeps them.
      this.t += 1;
      this.beta1Power *= opt.beta1;
      this.beta2Power *= opt.beta2;
      const correction1 = opt.biasCorrection ? 1 - this.beta1Power : 1;
      const correction2 = opt.biasCorrection ? 1 - this.beta2Power : 1;
      k.adam(w, g, byte(slots[0]), byte(slots[1]), count, opt.beta1, opt.beta2, correction1, correction2, opt.learningRate, opt.epsilon);
    } else if (opt instanceof Momentum) {
      k.momentum(w, g, byte(slots[0]), count, opt.learningRate, opt.beta, opt.form === 'average' ? 1 - opt.beta : 1);
    } else if (opt instanceof RMSprop) {
      k.rmsprop(w, g, byte(slots[0]), count, opt.learningRate, opt.beta, opt.epsilon);
    } else {
      k.gradientDescent(w, g, count, opt.learningRate);
    }
  }

  /** Copies the model's weights into wasm memory again (after code that may have changed them). */
  reload(): void {
    for (const { parameter, at } of this.places) this.heap.set(parameter.value, this.parameterBlock + at);
  }

  /** Writes the weights, the last gradients and the optimizer's state back into the model and the optimizer. */
  sync(): void {
    const heap = this.heap;
    const slots: Record<string, Record<string, number[]>> = {};
    for (const name of this.slotNames) slots[name] = {};
    for (const { parameter, at } of this.places) {
      const length = parameter.value.length;
      parameter.value.set(heap.subarray(this.parameterBlock + at, this.parameterBlock + at + length));
      parameter.grad.set(heap.subarray(this.gradientBlock + at, this.gradientBlock + at + length));
      this.slotNames.forEach((name, k) => {
        slots[name][parameter.name] = Array.from(heap.subarray(this.slotBlocks[k] + at, this.slotBlocks[k] + at + length));
      });
    }
    const scalars: Record<string, number> = this.optimizer instanceof Adam ? { t: this.t, beta1Power: this.beta1Power, beta2Power: this.beta2Power } : {};
    this.optimizer.setState({ scalars, slots });
  }
}
