import type { Tensor } from '../tensor';
import { checkNumber } from '../validate';
import { BaseLayer } from './base';

/** Leaky ReLU layer: A = Z if Z > 0 else slope·Z. */
export class LeakyRelu extends BaseLayer {
  readonly kind = 'leakyRelu';
  private input: Tensor | null = null;

  constructor(readonly slope: number, name?: string) {
    super(name);
    checkNumber('leakyRelu', 'slope', slope);
  }

  forward(z: Tensor, _training: boolean): Tensor {
    const a = this.outputFor(z);
    const zd = z.data, ad = a.data, s = this.slope;
    for (let i = 0; i < zd.length; i++) ad[i] = zd[i] > 0 ? zd[i] : s * zd[i];
    this.input = z;
    return (this.output = a);
  }

  backward(dOut: Tensor): Tensor {
    const dz = this.gradientFor(dOut, this.input);
    const z = this.input!;
    const zd = z.data, d = dOut.data, out = dz.data, s = this.slope;
    for (let i = 0; i < zd.length; i++) out[i] = zd[i] > 0 ? d[i] : s * d[i];
    return dz;
  }

  override toString(): string {
    return `${this.name}(${this.slope})`;
  }
}

/**
 * Leaky ReLU, element-wise: a = z for z > 0, else slope·z (default slope 0.01),
 * so units never stop learning entirely.
 *
 * ```ts
 * leakyRelu(0.1).forward(Tensor.from([[-1, 2]]), true); // [[-0.1, 2]]
 * ```
 */
export function leakyRelu(slope = 0.01, options: { name?: string } = {}): LeakyRelu {
  return new LeakyRelu(slope, options.name);
}
