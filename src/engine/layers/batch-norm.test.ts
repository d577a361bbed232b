import { describe, expect, it } from 'vitest';
import { Tensor } from '../tensor';
import { batchNorm } from './batch-norm';
import { checkLayer, randomTensor } from './test-helpers';

function columnStats(t: Tensor, j: number): { mean: number; variance: number } {
  const col = t.column(j);
  const mean = col.reduce((a, b) => a + b, 0) / col.length;
  return { mean, variance: col.reduce((a, b) => a + (b - mean) ** 2, 0) / col.length };
}

describe('batchNorm', () => {
  it('training mode: ẑ has per-feature mean 0 and variance 1, before γ and β', () => {
    const bn = batchNorm(3, { epsilon: 1e-12 });
    bn.gamma.value.set([2, 0.5, -1]);
    bn.beta.value.set([1, -3, 0.25]);
    const z = randomTensor(16, 3, 4, 5);
    const out = bn.forward(z, true);
    for (let j = 0; j < 3; j++) {
      const s = columnStats(bn.normalized!, j);
      expect(s.mean).toBeCloseTo(0, 12);
      expect(s.variance).toBeCloseTo(1, 10);
      const o = columnStats(out, j); // then γ, β set the scale and shift
      expect(o.mean).toBeCloseTo(bn.beta.value[j], 12);
      expect(o.variance).toBeCloseTo(bn.gamma.value[j] ** 2, 9);
    }
  });

  it('running statistics: running = momentum·running + (1 - momentum)·batch, biased variance, from μ=0, σ²=1', () => {
    const bn = batchNorm(2, { momentum: 0.8 });
    const mean = [0, 0];
    const variance = [1, 1];
    for (let step = 0; step < 3; step++) {
      const z = randomTensor(5, 2, 20 + step, 3);
      bn.forward(z, true);
      for (let j = 0; j < 2; j++) {
        const s = columnStats(z, j); // divides by m: the biased variance
        expect(bn.batchMean[j]).toBeCloseTo(s.mean, 14);
        expect(bn.batchVariance[j]).toBeCloseTo(s.variance, 13);
        mean[j] = 0.8 * mean[j] + 0.2 * s.mean;
        variance[j] = 0.8 * variance[j] + 0.2 * s.variance;
      }
      for (let j = 0; j < 2; j++) {
        expect(bn.runningMean[j]).toBeCloseTo(mean[j], 13);
        expect(bn.runningVariance[j]).toBeCloseTo(variance[j], 13);
      }
    }
  });

  it('inference mode uses the running statistics, so one example gets a stable output, and changes nothing', () => {
    const bn = batchNorm(2, { momentum: 0.9, epsilon: 1e-5 });
    bn.gamma.value.set([1.5, 2]);
    bn.beta.value.set([0.1, -0.2]);
    for (let step = 0; step < 5; step++) bn.forward(randomTensor(8, 2, step, 2), true);
    const runningMean = bn.runningMean.slice();
    const runningVariance = bn.runningVariance.slice();
    const one = Tensor.from([[0.3, -1.2]]);
    const out = bn.forward(one, false);
    for (let j = 0; j < 2; j++) {
      const expected = bn.gamma.value[j] * ((one.data[j] - runningMean[j]) / Math.sqrt(runningVariance[j] + 1e-5)) + bn.beta.value[j];
      expect(out.data[j]).toBeCloseTo(expected, 14);
    }
    expect(bn.runningMean).toEqual(runningMean);
    expect(bn.runningVariance).toEqual(runningVariance);
  });

  it('gradient check in training mode (batch statistics depend on every row)', () => {
    const bn = batchNorm(3);
    bn.gamma.value.set([1.5, -0.7, 2]);
    bn.beta.value.set([0.3, 0.1, -1]);
    expect(checkLayer(bn, randomTensor(6, 3, 12, 2), true).difference).toBeLessThan(1e-7);
  });

  it('gradient check in inference mode', () => {
    const bn = batchNorm(3);
    bn.forward(randomTensor(6, 3, 13), true);
    expect(checkLayer(bn, randomTensor(4, 3, 14), false).difference).toBeLessThan(1e-7);
  });

  it('rejects bad options', () => {
    expect(() => batchNorm(2, { momentun: 0.9 } as never)).toThrow(/unknown option "momentun" \(allowed: momentum, epsilon, name\)/);
    expect(() => batchNorm(2, { momentum: 1 })).toThrow(/momentum must be in \[0, 1\), got 1/);
    expect(() => batchNorm(2).forward(Tensor.zeros([3, 4]), true)).toThrow(/\[3,4\].*\[m,2\]/);
  });
});
