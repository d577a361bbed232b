import type { Tensor } from '../tensor';
import { BaseLayer } from './base';

/** ReLU layer: A = max(0, Z); backward dZ = dA · [Z > 0]. */
export class Relu extends BaseLayer {
  readonly kind = 'relu';

  forward(z: Tensor, _training: boolean): Tensor {
    const a = this.outputFor(z);
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) ad[i] = zd[i] > 0 ? zd[i] : 0;
    return (this.output = a);
  }

  backward(dOut: Tensor): Tensor {
    const dz = this.gradientFor(dOut, this.output);
    const a = this.output!;
    const ad = a.data, d = dOut.data, out = dz.data;
    for (let i = 0; i < ad.length; i++) out[i] = ad[i] > 0 ? d[i] : 0;
    return dz;
  }
}

/**
 * Rectified linear unit, element-wise: a = max(0, z), da/dz = 1 if z > 0 else 0.
 *
 * ```ts
 * relu().forward(Tensor.from([[-1, 2]]), true); // [[0, 2]]
 * ```
 */
export function relu(options: { name?: string } = {}): Relu {
  return new Relu(options.name);
}
