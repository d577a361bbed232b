/**
 * `Sequential.forward` and `Sequential.backward` of a dense ReLU stack with a sigmoid output (the
 * course's network) in WebAssembly, for hand-written loops over forward / grad / backward / step
 * (the chapter 3 notebook): each call copies the weights and the batch into the shared kernels'
 * scratch memory, runs every layer there with the fused trainer's functions (`dense-stack.ts`),
 * and copies the results back into the layers, so a pass costs a few copies and about twenty
 * short calls instead of every layer's checks, buffers and per-product copies.
 *
 * Nothing stays in wasm memory between calls: forward leaves each layer's `output` (and each dense
 * layer's input) as its own forward would, and backward reads them back from the layers, as the
 * layers' own backward would. So a layer read, changed or run by hand in between is seen, and the
 * numbers are bit-for-bit those of the layer path (dense-stack-pass.test.ts).
 * @module
 */
import { Tensor } from '../tensor';
import type { Layer, Sequential } from '../model';
import type { Dense } from '../layers/dense';
import type { BaseLayer } from '../layers/base';
import { LossGradient } from '../losses/loss-gradient';
import { wasmKernels } from './kernels';
import { backwardStack, denseStackOf, forwardStack, type LayerPlaces, type StackPlaces } from './dense-stack';

/** Layouts kept per pass: a loop uses one or two batch sizes, a page that plots may use a few more. */
const MAX_LAYOUTS = 8;

/** The fused forward and backward of one model; see the module comment. */
export class DenseStackPass {
  /** Layouts by batch size, offsets from the scratch base (the heap view is taken on every call). */
  private readonly layouts = new Map<number, { places: StackPlaces; doubles: number }>();

  /** The model's layers when the pass was made, and the prototype of each (its exact built-in class). */
  private readonly layers: readonly Layer[];
  private readonly prototypes: readonly Layer[];

  private constructor(
    private readonly model: Sequential,
    private readonly denses: readonly Dense[],
  ) {
    this.layers = [...model.layers];
    this.prototypes = this.layers.map((layer) => Object.getPrototypeOf(layer) as Layer);
  }

  /** A pass for `model` when it is a dense ReLU stack with a sigmoid output and WebAssembly SIMD is here; else null. */
  static for(model: Sequential): DenseStackPass | null {
    const denses = denseStackOf(model);
    return denses === null || wasmKernels() === null ? null : new DenseStackPass(model, denses);
  }

  /**
   * Whether the model still holds the same layers, each with its class's own forward and backward
   * (reader code may replace a layer or give one a method of its own). Identity tests only: this
   * runs on every pass.
   */
  stillFits(): boolean {
    const now = this.model.layers, then = this.layers, prototypes = this.prototypes;
    if (now.length !== then.length) return false;
    for (let l = 0; l < now.length; l++) {
      const layer = now[l];
      if (layer !== then[l] || layer.forward !== prototypes[l].forward || layer.backward !== prototypes[l].backward) return false;
    }
    return true;
  }

  /**
   * Ŷ for batch `x` (already checked by `Sequential.forward`) as a fresh tensor, with every
   * layer's output kept; null when x does not have the first layer's width (the layer path then
   * reports it).
   */
  forward(x: Tensor): Tensor | null {
    const denses = this.denses, L = denses.length;
    if (x.shape[1] !== denses[0].nIn) return null;
    const rows = x.shape[0];
    const { heap, places } = this.scratch(rows);
    copyIn(x.data, heap, places.x);
    this.copyWeightsIn(heap, places);
    forwardStack(wasmKernels()!.exports, heap, places, rows);
    const layers = this.model.layers;
    let input = x;
    for (let l = 0; l < L; l++) {
      const s = places.layers[l], n = rows * s.nOut;
      copyOut(heap, s.z, denses[l].adoptForward(input), n);
      const activation = layers[2 * l + 1] as BaseLayer; // a Relu, or the Sigmoid last
      copyOut(heap, s.a, activation.adoptOutput(rows, s.nOut), n);
      input = activation.output!;
    }
    return input.clone();
  }

  /**
   * Fills every parameter's `grad` from dLoss, when it is binary cross-entropy's gradient and every
   * layer holds a forward pass of its batch size; returns false otherwise (the layer path then runs,
   * and reports what does not fit).
   */
  backward(dLoss: Tensor): boolean {
    if (!(dLoss instanceof LossGradient) || dLoss.loss !== 'binaryCrossEntropy') return false;
    const denses = this.denses, L = denses.length, layers = this.model.layers;
    const rows = dLoss.shape[0], ny = denses[L - 1].nOut;
    const x = denses[0].lastInput;
    if (dLoss.shape.length !== 2 || dLoss.shape[1] !== ny || dLoss.target.size !== rows * ny) return false;
    if (x === null || x.shape[0] !== rows || x.shape[1] !== denses[0].nIn) return false;
    for (let l = 0; l < L; l++) {
      const a = layers[2 * l + 1].output;
      if (a == null || a.shape[0] !== rows || a.shape[1] !== denses[l].nOut) return false;
    }
    const { heap, places } = this.scratch(rows);
    copyIn(x.data, heap, places.x);
    copyIn(dLoss.target.data, heap, places.y);
    this.copyWeightsIn(heap, places);
    for (let l = 0; l < L; l++) copyIn(layers[2 * l + 1].output!.data, heap, places.layers[l].a);
    backwardStack(wasmKernels()!.exports, places, rows, dLoss.scale);
    for (let l = 0; l < L; l++) {
      const s = places.layers[l], dense = denses[l];
      copyOut(heap, s.dW, dense.W.grad, s.nOut * s.nIn);
      copyOut(heap, s.db, dense.b!.grad, s.nOut);
    }
    return true;
  }

  private copyWeightsIn(heap: Float64Array, places: StackPlaces): void {
    for (let l = 0; l < this.denses.length; l++) {
      const dense = this.denses[l], s = places.layers[l];
      copyIn(dense.W.value, heap, s.w);
      copyIn(dense.b!.value, heap, s.b);
    }
  }

  /** The heap, with room for a batch of `rows`, and the layout for it. */
  private scratch(rows: number): { heap: Float64Array; places: StackPlaces } {
    let layout = this.layouts.get(rows);
    if (layout === undefined) {
      if (this.layouts.size >= MAX_LAYOUTS) this.layouts.clear();
      layout = this.layOut(rows);
      this.layouts.set(rows, layout);
    }
    const kernels = wasmKernels()!;
    return { heap: kernels.reserve(layout.doubles), places: layout.places };
  }

  /** Offsets for every array of a pass over `rows` examples, from the scratch base, each 16-byte aligned. */
  private layOut(rows: number): { places: StackPlaces; doubles: number } {
    const base = wasmKernels()!.base;
    let top = base;
    const take = (count: number) => {
      const at = top;
      top += count + (count & 1);
      return at;
    };
    const nx = this.denses[0].nIn, ny = this.denses[this.denses.length - 1].nOut;
    const x = take(rows * nx), y = take(rows * ny);
    const layers: LayerPlaces[] = this.denses.map(({ nIn, nOut }) => ({
      nIn, nOut,
      w: take(nOut * nIn), b: take(nOut), wT: take(nOut * nIn), dW: take(nOut * nIn), db: take(nOut),
      z: take(rows * nOut), a: take(rows * nOut), dZ: take(rows * nOut), dA: take(rows * nIn),
    }));
    return { places: { rows, x, y, layers }, doubles: top - base };
  }
}

/**
 * Below this many values a plain loop copies faster than TypedArray `set` (whose fixed cost is that
 * of a few dozen loop iterations); above it `set` is several times faster.
 */
const BLOCK_COPY_FROM = 32;

/** Copies `count` doubles from `heap[from...]` into the start of `into`. */
function copyOut(heap: Float64Array, from: number, into: Float64Array, count: number): void {
  if (count >= BLOCK_COPY_FROM) into.set(heap.subarray(from, from + count));
  else for (let i = 0; i < count; i++) into[i] = heap[from + i];
}

/** Copies all of `from` into `heap[at...]`. */
function copyIn(from: Float64Array, heap: Float64Array, at: number): void {
  if (from.length >= BLOCK_COPY_FROM) heap.set(from, at);
  else for (let i = 0; i < from.length; i++) heap[at + i] = from[i];
}
