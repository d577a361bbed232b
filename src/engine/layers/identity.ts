import type { Tensor } from '../tensor';
import { BaseLayer } from './base';

/** The `'linear'` activation: passes Z and dA through unchanged. */
export class Identity extends BaseLayer {
  readonly kind = 'linear';
  forward(z: Tensor, _training: boolean): Tensor {
    return (this.output = z);
  }
  backward(dOut: Tensor): Tensor {
    return dOut;
  }
}
