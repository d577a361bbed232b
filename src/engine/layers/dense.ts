import { Tensor } from '../tensor';
import { Rng } from '../random';
import type { Parameter } from '../parameter';
import { InputError } from '../errors';
import { checkBatch, checkInteger, checkOptions, checkSameShape, unknownName } from '../validate';
import { initialize, initNames, type InitName, type NormalSource } from '../init';
import { matmulInto, matmulTransAInto, matmulTransBInto } from '../ops/matmul';
import { BaseLayer, LayerParameter, NO_GRADIENT } from './base';

/** Options of {@link dense}. */
export interface DenseOptions {
  /** Weight initialisation (default `'he'`): see `initScale`. */
  readonly init?: InitName;
  /** Where the random weights come from; shared across layers to reproduce a whole network. */
  readonly rng?: NormalSource;
  /** Seed for a fresh `Rng` when no `rng` is given (default 1). */
  readonly seed?: number;
  /** Layer name (default: numbered by `Sequential`, e.g. `dense1`). */
  readonly name?: string;
  /** Add the bias b (default true). With batch norm after the layer, b is redundant. */
  readonly useBias?: boolean;
}
const denseOptionNames = ['init', 'rng', 'seed', 'name', 'useBias'] as const;

/**
 * A fully connected layer: Z = X·Wᵀ + b for a batch X `[m, n^[l-1]]`.
 * Backward: dW = dZᵀ·X, db = Σᵢ dZᵢ, dX = dZ·W (gradients of the mean cost,
 * since the loss's dZ is already divided by m).
 */
export class Dense extends BaseLayer {
  readonly kind = 'dense';
  /** Weights `[nOut, nIn]`. */
  readonly W: LayerParameter;
  /** Bias `[nOut]` (null with `useBias: false`). */
  readonly b: LayerParameter | null;
  private input: Tensor | null = null;
  private dx: Tensor | null = null;

  constructor(
    readonly nIn: number,
    readonly nOut: number,
    options: DenseOptions = {},
  ) {
    super(options.name);
    checkOptions('dense', options, denseOptionNames);
    for (const [what, n] of [['nIn', nIn], ['nOut', nOut]] as const) {
      checkInteger('dense', what, n, 1);
    }
    const init = options.init ?? 'he';
    if (!initNames.includes(init)) unknownName('dense', 'init', init, initNames);
    this.W = new LayerParameter(this, 'W', [nOut, nIn]);
    this.b = options.useBias === false ? null : new LayerParameter(this, 'b', [nOut]);
    initialize(this.W.value, init, nIn, options.rng ?? new Rng(options.seed ?? 1));
  }

  forward(x: Tensor, _training: boolean): Tensor {
    checkBatch(this.name, 'input', x.shape, this.nIn);
    const m = x.shape[0];
    const z = this.buffer('output', m, this.nOut);
    matmulTransBInto(x.data, this.W.value, z.data, m, this.nIn, this.nOut, this.b?.value);
    this.input = x;
    this.output = z;
    return z;
  }

  /** The input of the last forward pass (what backward's dW = dZᵀ·X uses), null before the first. */
  get lastInput(): Tensor | null {
    return this.input;
  }

  /** @internal As {@link BaseLayer.adoptOutput}, keeping `input` for backward as forward does. */
  adoptForward(input: Tensor): Float64Array {
    this.input = input;
    return this.adoptOutput(input.shape[0], this.nOut);
  }

  backward(dOut: Tensor, needInputGradient = true): Tensor {
    const x = this.input;
    if (x === null) throw new InputError(`${this.name}: backward called before forward.`);
    const m = x.shape[0];
    checkSameShape(`${this.name}.backward`, 'dZ', dOut.shape, 'the last output', [m, this.nOut]);
    matmulTransAInto(dOut.data, x.data, this.W.grad, m, this.nOut, this.nIn);
    if (this.b !== null) {
      const db = this.b.grad, d = dOut.data, n = this.nOut;
      db.fill(0);
      for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) db[j] += d[i * n + j];
    }
    if (!needInputGradient) return NO_GRADIENT;
    const dx = (this.dx = this.buffer('dx', m, this.nIn));
    matmulInto(dOut.data, this.W.value, dx.data, m, this.nOut, this.nIn);
    return dx;
  }

  override parameters(): Parameter[] {
    return this.b === null ? [this.W] : [this.W, this.b];
  }

  override toString(): string {
    return `${this.name}(${this.nIn}→${this.nOut})`;
  }
}

/**
 * A dense layer with W `[nOut, nIn]` (initialised N(0, σ²), σ = √(2/nIn) for He)
 * and b `[nOut]` (zeros), exposed as parameters `dense1/W`, `dense1/b`.
 *
 * Z = X·Wᵀ + b, for X `[m, nIn]` with one example per row.
 *
 * ```ts
 * const layer = dense(2, 5, { init: 'he', seed: 3 });
 * layer.forward(Tensor.from([[1, 2]]), true); // Tensor[1,5]
 * ```
 */
export function dense(nIn: number, nOut: number, options: DenseOptions = {}): Dense {
  return new Dense(nIn, nOut, options);
}
