import type { Tensor } from '../tensor';
import { checkBatch, checkSameShape, InputError } from '../errors';
import { BaseLayer } from './base';

/** Tanh layer: A = tanh(Z); backward dZ = dA·(1 - A²). */
export class Tanh extends BaseLayer {
  readonly kind = 'tanh';
  private dz: Tensor | null = null;

  forward(z: Tensor, _training: boolean): Tensor {
    checkBatch(this.name, 'input', z.shape);
    const a = this.buffer('output', z.shape[0], z.shape[1]);
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) ad[i] = Math.tanh(zd[i]);
    return (this.output = a);
  }

  backward(dOut: Tensor): Tensor {
    const a = this.output;
    if (a === null) throw new InputError(`${this.name}: backward called before forward.`);
    checkSameShape(`${this.name}.backward`, 'dA', dOut.shape, 'the last output', a.shape);
    const dz = (this.dz = this.buffer('dz', a.shape[0], a.shape[1]));
    const ad = a.data, d = dOut.data, out = dz.data;
    for (let i = 0; i < ad.length; i++) out[i] = d[i] * (1 - ad[i] * ad[i]);
    return dz;
  }
}

/**
 * Hyperbolic tangent, element-wise: a = tanh(z), da/dz = 1 - a².
 *
 * ```ts
 * tanh().forward(Tensor.from([[0]]), true); // [[0]]
 * ```
 */
export function tanh(options: { name?: string } = {}): Tanh {
  return new Tanh(options.name);
}
