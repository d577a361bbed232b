/**
 * The model contract shared by layers, losses and the training loop, and
 * {@link Sequential}, a stack of layers.
 * @module
 */
import type { Tensor } from './tensor';
import type { Parameter } from './parameter';
import { InputError } from './errors';
import { checkBatch, checkFinite, checkOptions } from './validate';
import { kernelPath } from './ops/kernel-path';
import { DenseStackPass } from './wasm/dense-stack-pass';

/**
 * One step of a network: forward computes the output of a batch (one example
 * per row), backward turns dCost/dOutput into dCost/dInput and fills the
 * `grad` of its parameters.
 */
export interface Layer {
  readonly name: string;
  /**
   * The output of the last forward pass (e.g. for a histogram of activations),
   * null before the first one. It belongs to the layer and is overwritten by the
   * next forward pass of the same batch size: copy it (`clone()`) to keep it.
   * Every built-in layer has it; a layer of your own may leave it out.
   *
   * ```ts
   * model.forward(x);
   * const hidden = model.layers[1].output; // A^[1] after relu1
   * ```
   */
  readonly output?: Tensor | null;
  /** Output for batch `x`; `training` selects batch statistics (batch norm) over running ones. */
  forward(x: Tensor, training: boolean): Tensor;
  /**
   * dCost/dInput from dCost/dOutput of the last forward pass; overwrites the
   * parameters' `grad`. With `needInputGradient` false a layer may skip dX
   * (the first layer's) and return an empty tensor.
   */
  backward(dOut: Tensor, needInputGradient?: boolean): Tensor;
  parameters(): Parameter[];
}

/** Options of {@link Sequential.forward}. */
export interface ForwardOptions {
  /** Training mode (default true): batch norm uses and updates batch statistics. */
  readonly training?: boolean;
}

/**
 * Layers applied in order: A^[l] = layer_l(A^[l-1]). Unnamed layers are
 * numbered by kind (`dense1`, `relu1`, `dense2`, ...), so parameter names
 * such as `dense1/W` are stable.
 *
 * ```ts
 * const model = new Sequential([dense(2, 5), relu(), dense(5, 1), sigmoid()]);
 * const yHat = model.forward(x, { training: true });
 * model.backward(binaryCrossEntropy.grad(yHat, y)); // fills every p.grad
 * ```
 */
export class Sequential {
  readonly layers: readonly Layer[];
  /** The fused pass for a dense ReLU stack with a sigmoid output (made on first use; null for other models). */
  private pass: DenseStackPass | null | undefined;

  constructor(layers: readonly Layer[]) {
    if (layers.length === 0) throw new InputError('Sequential: needs at least one layer.');
    this.layers = [...layers];
    const counts = new Map<string, number>();
    for (const layer of this.layers) {
      const named = layer as Partial<{ kind: string; hasGivenName: boolean; setDefaultName(n: string): void }>;
      if (named.setDefaultName && named.kind && !named.hasGivenName) {
        const k = (counts.get(named.kind) ?? 0) + 1;
        counts.set(named.kind, k);
        named.setDefaultName(`${named.kind}${k}`);
      }
    }
    const seen = new Set<string>();
    for (const layer of this.layers) {
      if (seen.has(layer.name)) throw new InputError(`Sequential: two layers are named "${layer.name}"; names must be unique.`);
      seen.add(layer.name);
    }
  }

  /**
   * Output Ŷ of batch `x` `[m, nx]`, in training mode unless `{ training: false }`.
   * The result is a fresh tensor; layers keep their own buffers for backward.
   */
  forward(x: Tensor, options: ForwardOptions = {}): Tensor {
    checkOptions('Sequential.forward', options, ['training']);
    checkBatch('Sequential.forward', 'x', x.shape);
    checkFinite('Sequential.forward', 'x', x.data);
    const fused = this.fusedPass()?.forward(x);
    if (fused) return fused;
    const training = options.training ?? true;
    let a = x;
    for (const layer of this.layers) a = layer.forward(a, training);
    return a.clone();
  }

  /**
   * Backpropagates dCost/dŶ (from `loss.grad(yHat, y)`) through every layer,
   * last to first, overwriting each parameter's `grad` with dCost/dParameter.
   */
  backward(dLoss: Tensor): void {
    if (this.fusedPass()?.backward(dLoss)) return;
    let d = dLoss;
    for (let l = this.layers.length - 1; l >= 0; l--) d = this.layers[l].backward(d, l > 0);
  }

  /**
   * The course's kind of network (Dense, ReLU, ..., Dense, Sigmoid) runs forward and backward in
   * WebAssembly on the wasm kernel path, with the layers left as their own passes leave them and
   * bit-identical numbers (see `wasm/dense-stack-pass.ts`); null for other models and on the ts path.
   */
  private fusedPass(): DenseStackPass | null {
    if (kernelPath() !== 'wasm') return null;
    if (this.pass === undefined) this.pass = DenseStackPass.for(this);
    return this.pass !== null && this.pass.stillFits() ? this.pass : null;
  }

  /** Every trainable parameter, first layer first (W before b). */
  parameters(): Parameter[] {
    // A loop, not flatMap: hand-written training loops call this once per mini-batch.
    const all: Parameter[] = [];
    for (const layer of this.layers) for (const p of layer.parameters()) all.push(p);
    return all;
  }

  /** Ŷ in inference mode (batch norm uses its running statistics). */
  predict(x: Tensor): Tensor {
    return this.forward(x, { training: false });
  }

  /** E.g. `Sequential(dense1(2→5), relu1, dense2(5→1), sigmoid1)`. */
  toString(): string {
    return `Sequential(${this.layers.map((l) => String(l)).join(', ')})`;
  }
}
