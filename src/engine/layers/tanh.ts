import type { Tensor } from '../tensor';
import { BaseLayer } from './base';

/** Tanh layer: A = tanh(Z); backward dZ = dA·(1 - A²). */
export class Tanh extends BaseLayer {
  readonly kind = 'tanh';

  forward(z: Tensor, _training: boolean): Tensor {
    const a = this.outputFor(z);
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) ad[i] = Math.tanh(zd[i]);
    return (this.output = a);
  }

  backward(dOut: Tensor): Tensor {
    const dz = this.gradientFor(dOut, this.output);
    const a = this.output!;
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
