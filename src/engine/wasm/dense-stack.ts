/**
 * A whole training step of a dense ReLU stack with a sigmoid output, binary cross-entropy and Adam
 * (the course's network) in WebAssembly: weights, gradients, Adam's moments and every activation
 * live in the module's memory, so a mini-batch costs one copy of its rows in and about thirty
 * short calls, instead of the layers' per-call checks, buffers and copies. For tiny networks that
 * per-call cost is the whole cost.
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
import { binaryCrossEntropy } from '../losses/binary-cross-entropy';
import type { Optimizer } from '../optimizers/optimizer';
import { Adam } from '../optimizers/adam';
import { Dense } from '../layers/dense';
import { Relu } from '../layers/relu';
import { Sigmoid, sigmoidValue } from '../layers/sigmoid';
import { instantiateKernels, type KernelExports } from './kernels';

const trainers = new WeakMap<Sequential, DenseStackTrainer>();

/** The byte address of a double's offset, as the kernels take it. */
const byte = (offset: number) => offset * 8;

/** Offsets (in doubles) of one dense layer's arrays in wasm memory. */
interface LayerSlots {
  readonly dense: Dense;
  readonly w: number;
  readonly wT: number;
  readonly b: number;
  readonly dW: number;
  readonly db: number;
  readonly mW: number;
  readonly vW: number;
  readonly mb: number;
  readonly vb: number;
}

/** Offsets of the per-batch arrays, laid out for batches of up to `rows` examples. */
interface BatchSlots {
  readonly rows: number;
  readonly x: number;
  readonly y: number;
  /** Per layer: Z, A, dZ (each rows × nOut) and dA of its input (rows × nIn). */
  readonly z: number[];
  readonly a: number[];
  readonly dZ: number[];
  readonly dA: number[];
}

/**
 * Trains `model` with `optimizer` on the fused path. While in use it holds the current weights and
 * Adam state; {@link DenseStackTrainer.sync} writes them back into the model and the optimizer.
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
  private batch: BatchSlots | null = null;
  private t = 0;
  private beta1Power = 1;
  private beta2Power = 1;

  /**
   * A trainer when the model is Dense (with bias), ReLU, ..., Dense, Sigmoid, the loss is binary
   * cross-entropy and the optimizer is Adam, and WebAssembly SIMD is available; otherwise null.
   */
  static for(model: Sequential, loss: Loss, optimizer: Optimizer): DenseStackTrainer | null {
    if (loss.name !== 'binaryCrossEntropy' || !(optimizer instanceof Adam)) return null;
    const layers = model.layers;
    if (layers.length % 2 !== 0) return null;
    const denses: Dense[] = [];
    for (let l = 0; l < layers.length; l += 2) {
      const dense = layers[l], activation = layers[l + 1];
      const last = l === layers.length - 2;
      if (!(dense instanceof Dense) || dense.b === null) return null;
      if (!(last ? activation instanceof Sigmoid : activation instanceof Relu)) return null;
      if (denses.length > 0 && denses[denses.length - 1].nOut !== dense.nIn) return null;
      denses.push(dense);
    }
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
    private readonly optimizer: Adam,
  ) {
    this.heap = new Float64Array(kernels.memory.buffer);
    this.top = Math.ceil(kernels.heapBase() / 16) * 2;
    this.layers = denses.map((dense) => {
      const size = dense.nOut * dense.nIn;
      return {
        dense,
        w: this.allocate(size), wT: this.allocate(size), b: this.allocate(dense.nOut),
        dW: this.allocate(size), db: this.allocate(dense.nOut),
        mW: this.allocate(size), vW: this.allocate(size), mb: this.allocate(dense.nOut), vb: this.allocate(dense.nOut),
      };
    });
    this.load();
  }

  /** Copies the model's weights and the optimizer's state (moments, t, βᵗ) into wasm memory. */
  private load(): void {
    const state = this.optimizer.getState();
    const slot = (name: string, key: string, length: number) => state.slots[name]?.[key] ?? new Array<number>(length).fill(0);
    for (const s of this.layers) {
      const { W, b } = s.dense;
      this.heap.set(W.value, s.w);
      this.heap.set(b!.value, s.b);
      this.heap.set(slot('firstMoment', W.name, W.value.length), s.mW);
      this.heap.set(slot('secondMoment', W.name, W.value.length), s.vW);
      this.heap.set(slot('firstMoment', b!.name, b!.value.length), s.mb);
      this.heap.set(slot('secondMoment', b!.name, b!.value.length), s.vb);
    }
    this.t = state.scalars.t ?? 0;
    this.beta1Power = state.scalars.beta1Power ?? Math.pow(this.optimizer.beta1, this.t);
    this.beta2Power = state.scalars.beta2Power ?? Math.pow(this.optimizer.beta2, this.t);
  }

  /** `count` doubles of fresh memory (rounded up to whole v128s), growing it when needed. */
  private allocate(count: number): number {
    const offset = this.top;
    this.top += count + (count & 1);
    const memory = this.kernels.memory;
    const needed = this.top * 8;
    if (memory.buffer.byteLength < needed) {
      memory.grow(Math.ceil((needed - memory.buffer.byteLength) / 65536));
      this.heap = new Float64Array(memory.buffer); // growing detached the old view
    }
    return offset;
  }

  /** The per-batch arrays for `rows` examples, laid out again (above everything else) only when a batch is bigger. */
  private batchFor(rows: number): BatchSlots {
    if (this.batch !== null && this.batch.rows >= rows) return this.batch;
    const nx = this.layers[0].dense.nIn, ny = this.layers[this.layers.length - 1].dense.nOut;
    this.batch = {
      rows,
      x: this.allocate(rows * nx),
      y: this.allocate(rows * ny),
      z: this.layers.map((s) => this.allocate(rows * s.dense.nOut)),
      a: this.layers.map((s) => this.allocate(rows * s.dense.nOut)),
      dZ: this.layers.map((s) => this.allocate(rows * s.dense.nOut)),
      dA: this.layers.map((s) => this.allocate(rows * s.dense.nIn)),
    };
    return this.batch;
  }

  /** One Adam step on the batch (x, y); returns its loss before the update (as `loss.value` would). */
  step(x: Tensor, y: Tensor): number {
    const rows = this.loadBatch(x, y, null, 0, x.shape[0]);
    const cost = this.forwardLoss(rows);
    this.backwardUpdate(rows);
    return cost;
  }

  /**
   * One epoch of mini-batches in the order `rng.permutation(m)`, the last one partial, exactly as
   * `miniBatches(x, y, batchSize, rng)`; returns the batches' losses weighted by their sizes, over m.
   */
  epoch(x: Tensor, y: Tensor, batchSize: number, rng: Rng): number {
    const m = x.shape[0], order = rng.permutation(m);
    let total = 0;
    for (let start = 0; start < m; start += batchSize) {
      const rows = this.loadBatch(x, y, order, start, Math.min(batchSize, m - start));
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
   * Copies rows `order[start ...]` (or `start ...` when order is null) of x and y into the batch
   * arrays; returns the number of rows.
   */
  loadBatch(x: Tensor, y: Tensor, order: ArrayLike<number> | null, start: number, rows: number): number {
    const batch = this.batchFor(rows);
    const heap = this.heap, xd = x.data, yd = y.data;
    const nx = this.layers[0].dense.nIn, ny = this.layers[this.layers.length - 1].dense.nOut;
    if (order === null) {
      heap.set(xd.subarray(start * nx, (start + rows) * nx), batch.x);
      heap.set(yd.subarray(start * ny, (start + rows) * ny), batch.y);
      return rows;
    }
    for (let k = 0; k < rows; k++) {
      const row = order[start + k];
      for (let j = 0; j < nx; j++) heap[batch.x + k * nx + j] = xd[row * nx + j];
      for (let j = 0; j < ny; j++) heap[batch.y + k * ny + j] = yd[row * ny + j];
    }
    return rows;
  }

  /** The loaded batch's ŷ (after {@link forwardLoss}) and y, as tensors viewing wasm memory until the next call. */
  batchViews(rows: number): { yHat: Tensor; y: Tensor } {
    const batch = this.batch!, L = this.layers.length, ny = this.layers[L - 1].dense.nOut;
    const view = (offset: number) => new Tensor(this.heap.subarray(offset, offset + rows * ny), [rows, ny]);
    return { yHat: view(batch.a[L - 1]), y: view(batch.y) };
  }

  /** Forward pass and loss on the first `rows` loaded examples (nothing is updated yet). */
  forwardLoss(rows: number): number {
    const k = this.kernels, batch = this.batch!, layers = this.layers, L = layers.length;
    let prev = batch.x;
    for (let l = 0; l < L; l++) {
      const s = layers[l], { nIn, nOut } = s.dense;
      k.transpose(byte(s.w), byte(s.wT), nOut, nIn);
      k.matmul(byte(prev), byte(s.wT), byte(batch.z[l]), rows, nIn, nOut, byte(s.b));
      if (l < L - 1) k.reluForward(byte(batch.z[l]), byte(batch.a[l]), rows * nOut);
      prev = batch.a[l];
    }
    // The output layer and the loss in JavaScript, with the very functions the layer path uses.
    const heap = this.heap, z = batch.z[L - 1], a = batch.a[L - 1];
    for (let i = 0; i < rows * layers[L - 1].dense.nOut; i++) heap[a + i] = sigmoidValue(heap[z + i]);
    const { yHat, y } = this.batchViews(rows);
    return binaryCrossEntropy.value(yHat, y);
  }

  /** Backward pass and Adam update after {@link forwardLoss} on the same rows. */
  backwardUpdate(rows: number): void {
    const k = this.kernels, batch = this.batch!, layers = this.layers, L = layers.length;
    const ny = layers[L - 1].dense.nOut;
    k.sigmoidCrossEntropyGradient(byte(batch.a[L - 1]), byte(batch.y), byte(batch.dZ[L - 1]), rows * ny, 1 / rows);
    for (let l = L - 1; l >= 0; l--) {
      const s = layers[l], { nIn, nOut } = s.dense;
      const input = l === 0 ? batch.x : batch.a[l - 1];
      k.matmulTransA(byte(batch.dZ[l]), byte(input), byte(s.dW), rows, nOut, nIn);
      k.columnSums(byte(batch.dZ[l]), byte(s.db), rows, nOut);
      if (l > 0) {
        k.matmul(byte(batch.dZ[l]), byte(s.w), byte(batch.dA[l]), rows, nOut, nIn, 0);
        k.reluBackward(byte(batch.a[l - 1]), byte(batch.dA[l]), byte(batch.dZ[l - 1]), rows * nIn);
      }
    }
    // Adam, with the running products β1ᵗ, β2ᵗ kept as adam.ts keeps them.
    const opt = this.optimizer;
    this.t += 1;
    this.beta1Power *= opt.beta1;
    this.beta2Power *= opt.beta2;
    const correction1 = opt.biasCorrection ? 1 - this.beta1Power : 1;
    const correction2 = opt.biasCorrection ? 1 - this.beta2Power : 1;
    const update = (w: number, g: number, m: number, v: number, length: number) =>
      k.adam(byte(w), byte(g), byte(m), byte(v), length, opt.beta1, opt.beta2, correction1, correction2, opt.learningRate, opt.epsilon);
    for (const s of layers) {
      update(s.w, s.dW, s.mW, s.vW, s.dense.nOut * s.dense.nIn);
      update(s.b, s.db, s.mb, s.vb, s.dense.nOut);
    }
  }

  /** Copies the model's weights into wasm memory again (after code that may have changed them). */
  reload(): void {
    for (const s of this.layers) {
      this.heap.set(s.dense.W.value, s.w);
      this.heap.set(s.dense.b!.value, s.b);
    }
  }

  /** Writes the weights, the last gradients and Adam's state back into the model and the optimizer. */
  sync(): void {
    const heap = this.heap;
    const firstMoment: Record<string, number[]> = {}, secondMoment: Record<string, number[]> = {};
    const copy = (into: Float64Array, offset: number) => into.set(heap.subarray(offset, offset + into.length));
    const values = (offset: number, length: number) => Array.from(heap.subarray(offset, offset + length));
    for (const s of this.layers) {
      const { W, b } = s.dense;
      copy(W.value, s.w);
      copy(W.grad, s.dW);
      copy(b!.value, s.b);
      copy(b!.grad, s.db);
      firstMoment[W.name] = values(s.mW, W.value.length);
      secondMoment[W.name] = values(s.vW, W.value.length);
      firstMoment[b!.name] = values(s.mb, b!.value.length);
      secondMoment[b!.name] = values(s.vb, b!.value.length);
    }
    this.optimizer.setState({ scalars: { t: this.t, beta1Power: this.beta1Power, beta2Power: this.beta2Power }, slots: { firstMoment, secondMoment } });
  }
}
