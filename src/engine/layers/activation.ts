import { unknownName } from '../validate';
import type { BaseLayer } from './base';
import { Identity } from './identity';
import { leakyRelu } from './leaky-relu';
import { relu } from './relu';
import { sigmoid } from './sigmoid';
import { softmax } from './softmax';
import { tanh } from './tanh';

/** Activation names accepted by {@link activation} and `mlp`. */
export const activationNames = ['relu', 'leakyRelu', 'tanh', 'sigmoid', 'softmax', 'linear'] as const;
/** One of {@link activationNames}. */
export type ActivationName = (typeof activationNames)[number];

/**
 * An activation layer by name (`'linear'` is the identity). Unknown names throw,
 * listing the allowed ones.
 *
 * ```ts
 * activation('tanh'); // same as tanh()
 * ```
 */
export function activation(name: ActivationName): BaseLayer {
  switch (name) {
    case 'relu':
      return relu();
    case 'leakyRelu':
      return leakyRelu();
    case 'tanh':
      return tanh();
    case 'sigmoid':
      return sigmoid();
    case 'softmax':
      return softmax();
    case 'linear':
      return new Identity();
    default:
      return unknownName('activation', 'activation', name, activationNames);
  }
}
