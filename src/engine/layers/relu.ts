import type { Tensor } from '../tensor';
import { checkBatch, checkSameShape, InputError } from '../errors';
import { BaseLayer } from './base';

/** ReLU layer: A = max(0, Z); backward dZ = dA · [Z > 0]. */
export class Relu extends BaseLayer {
  readonly kind = 'relu';
  private dz: Tensor | null = null;

  forward(z: Tensor, _training: boolean): Tensor {
    checkBatch(this.name, 'input', z.shape);
    const a = this.buffer('output', z.shape[0], z.shape[1]);
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) ad[i] = zd[i] > 0 ? zd[i] : 0;
    return (this.output = a);
  }

  backward(dOut: Tensor): Tensor {
    const a = this.output;
    if (a === null) throw new InputError(`${this.name}: backward called before forward.`);
    checkSameShape(`${this.name}.backward`, 'dA', dOut.shape, 'the last output', a.shape);
    const dz = (this.dz = this.buffer('dz', a.shape[0], a.shape[1]));
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
