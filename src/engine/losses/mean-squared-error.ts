import { Tensor } from '../tensor';
import type { Loss } from './loss';
import { checkLossInputs } from './check';

/**
 * Mean squared error for regression: J = (1/m) Σᵢ Σⱼ (ŷᵢⱼ - yᵢⱼ)²
 * (summed over outputs, averaged over examples); dJ/dŷ = 2(ŷ - y)/m.
 *
 * ```ts
 * meanSquaredError.value(Tensor.from([[1], [3]]), Tensor.from([[0], [1]])); // (1 + 4)/2 = 2.5
 * ```
 */
export const meanSquaredError: Loss = {
  name: 'meanSquaredError',
  value(yHat: Tensor, y: Tensor): number {
    checkLossInputs('meanSquaredError', yHat, y);
    const p = yHat.data, t = y.data;
    let sum = 0;
    for (let i = 0; i < p.length; i++) sum += (p[i] - t[i]) ** 2;
    return sum / yHat.shape[0];
  },
  grad(yHat: Tensor, y: Tensor): Tensor {
    checkLossInputs('meanSquaredError', yHat, y);
    const m = yHat.shape[0], p = yHat.data, t = y.data;
    const out = new Float64Array(p.length);
    for (let i = 0; i < p.length; i++) out[i] = (2 * (p[i] - t[i])) / m;
    return new Tensor(out, yHat.shape);
  },
};
