import { describe, expect, it } from 'vitest';
import { Tensor } from './tensor';
import { accuracy, confusionMatrix, predictedClasses } from './metrics';

describe('metrics', () => {
  it('binary accuracy thresholds ŷ at 0.5', () => {
    expect(accuracy(Tensor.from([[0.9], [0.4], [0.51], [0.5]]), Tensor.from([[1], [1], [1], [0]]))).toBe(0.75);
  });
  it('one-hot accuracy compares arg-max', () => {
    const yHat = Tensor.from([[0.2, 0.7, 0.1], [0.5, 0.3, 0.2], [0.1, 0.1, 0.8]]);
    const y = Tensor.from([[0, 1, 0], [0, 0, 1], [0, 0, 1]]);
    expect(predictedClasses(yHat)).toEqual([1, 0, 2]);
    expect(accuracy(yHat, y)).toBeCloseTo(2 / 3, 15);
    expect(confusionMatrix(yHat, y)).toEqual([[0, 0, 0], [0, 1, 0], [1, 0, 1]]);
  });
  it('mismatched shapes name both', () => {
    expect(() => accuracy(Tensor.zeros([3, 1]), Tensor.zeros([3, 2]))).toThrow(/\[3,1\].*\[3,2\]/);
  });
});
