import type { Tensor } from '../tensor';
import { checkBatch, checkFinite, checkSameShape } from '../validate';

/** Shared input checks of the losses: same 2-D shape, finite targets. */
export function checkLossInputs(where: string, yHat: Tensor, y: Tensor): void {
  checkBatch(where, 'yHat', yHat.shape);
  checkSameShape(where, 'yHat', yHat.shape, 'y', y.shape);
  checkFinite(where, 'y', y.data);
}
