/**
 * What every built-in layer shares: a name that `Sequential` can number
 * (`dense1`, `relu2`), its last output (for histograms of activations), and
 * buffers reused while the batch size stays the same.
 * @module
 */
import { Tensor } from '../tensor';
import type { Parameter } from '../parameter';
import type { Layer } from '../model';
import { InputError } from '../errors';
import { checkBatch, checkSameShape } from '../validate';

/** A {@link Parameter} whose name follows its layer's name: `dense1/W`. */
export class LayerParameter implements Parameter {
  readonly value: Float64Array;
  readonly grad: Float64Array;
  constructor(
    private readonly layer: { readonly name: string },
    readonly suffix: string,
    readonly shape: readonly number[],
  ) {
    const size = shape.reduce((a, b) => a * b, 1);
    this.value = new Float64Array(size);
    this.grad = new Float64Array(size);
  }
  private nameCache = { layerName: '', name: '' };
  get name(): string {
    // Optimizers key their state by this name on every step: build the string
    // again only when the layer's name has changed (Sequential numbers layers once).
    const layerName = this.layer.name;
    if (layerName !== this.nameCache.layerName) this.nameCache = { layerName, name: `${layerName}/${this.suffix}` };
    return this.nameCache.name;
  }
  /** The value as a tensor sharing its data, e.g. `layer.W.tensor.toArray()`. */
  get tensor(): Tensor {
    return new Tensor(this.value, this.shape);
  }
  toString(): string {
    return `Parameter ${this.name} [${this.shape.join(',')}]`;
  }
}

/** Base class of the built-in layers. */
export abstract class BaseLayer implements Layer {
  /** The layer type, used for default names: `dense`, `relu`, `batchNorm`. */
  abstract readonly kind: string;
  /** The output of the last forward pass (owned by the layer: it is overwritten by the next one). */
  output: Tensor | null = null;
  private givenName: string | undefined;
  private defaultName: string | undefined;

  constructor(name?: string) {
    this.givenName = name;
  }

  get name(): string {
    return this.givenName ?? this.defaultName ?? this.kind;
  }

  /** Whether the name was chosen by the caller (Sequential numbers only the others). */
  get hasGivenName(): boolean {
    return this.givenName !== undefined;
  }

  /** Called by `Sequential` to number unnamed layers (`dense1`, `dense2`, ...). */
  setDefaultName(name: string): void {
    this.defaultName = name;
  }

  abstract forward(x: Tensor, training: boolean): Tensor;
  abstract backward(dOut: Tensor, needInputGradient?: boolean): Tensor;

  parameters(): Parameter[] {
    return [];
  }

  private readonly pool = new Map<string, Tensor[]>();

  /**
   * A `[rows, cols]` work tensor for `slot`, kept per batch size so that a
   * training loop (full batches plus a smaller last one) allocates nothing
   * after its first epoch. Callers overwrite every value.
   */
  protected buffer<T extends Tensor = Tensor>(slot: string, rows: number, cols: number, make?: (rows: number, cols: number) => T): T {
    let list = this.pool.get(slot);
    if (list === undefined) this.pool.set(slot, (list = []));
    for (let i = 0; i < list.length; i++) {
      const t = list[i];
      if (t.shape[0] === rows && t.shape[1] === cols) return t as T;
    }
    if (list.length >= 8) list.length = 0; // many batch sizes (e.g. plotting grids): do not hoard memory
    const t = make ? make(rows, cols) : Tensor.zeros([rows, cols]);
    list.push(t);
    return t as T;
  }

  /**
   * @internal Makes the output buffer for a batch of `rows` this layer's `output` and returns its values for
   * the caller to fill: the fused dense-stack pass of `Sequential` computes a whole forward pass in
   * WebAssembly and leaves every layer as its own forward would have.
   */
  adoptOutput(rows: number, cols: number): Float64Array {
    const out = this.buffer('output', rows, cols);
    this.output = out;
    return out.data;
  }

  /** Checks a forward input (a batch of rows) and returns the output buffer for it; the caller fills it. */
  protected outputFor(z: Tensor): Tensor {
    checkBatch(this.name, 'input', z.shape);
    return this.buffer('output', z.shape[0], z.shape[1]);
  }

  /**
   * Checks dA against `last` (the last output, or input, the layer keeps for its backward pass) and
   * returns the dZ buffer for it; the caller fills it.
   */
  protected gradientFor(dOut: Tensor, last: Tensor | null): Tensor {
    if (last === null) throw new InputError(`${this.name}: backward called before forward.`);
    checkSameShape(`${this.name}.backward`, 'dA', dOut.shape, 'the last output', last.shape);
    return this.buffer('dz', last.shape[0], last.shape[1]);
  }

  toString(): string {
    return this.name;
  }
}

/** Returned by `backward(dOut, false)`, when the caller does not need dX. */
export const NO_GRADIENT = new Tensor([], [0]);
