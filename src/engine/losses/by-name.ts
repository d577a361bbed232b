import { unknownName } from '../validate';
import { binaryCrossEntropy } from './binary-cross-entropy';
import type { Loss } from './loss';
import { meanSquaredError } from './mean-squared-error';
import { softmaxCrossEntropy } from './softmax-cross-entropy';

/** Loss names accepted by {@link lossByName}. */
export const lossNames = ['binaryCrossEntropy', 'softmaxCrossEntropy', 'meanSquaredError'] as const;
/** One of {@link lossNames}. */
export type LossName = (typeof lossNames)[number];

/**
 * A loss by name; unknown names throw, listing the allowed ones.
 *
 * ```ts
 * lossByName('meanSquaredError') === meanSquaredError; // true
 * ```
 */
export function lossByName(name: LossName): Loss {
  switch (name) {
    case 'binaryCrossEntropy':
      return binaryCrossEntropy;
    case 'softmaxCrossEntropy':
      return softmaxCrossEntropy;
    case 'meanSquaredError':
      return meanSquaredError;
    default:
      return unknownName('lossByName', 'loss', name, lossNames);
  }
}
