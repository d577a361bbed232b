import { describe, expect, it } from 'vitest';
import { Tensor } from '../tensor';
import { gradientCheck } from '../gradcheck';
import { softmax } from '../layers/softmax';
import { sigmoid } from '../layers/sigmoid';
import { randomTensor } from '../layers/test-helpers';
import { binaryCrossEntropy } from './binary-cross-entropy';
import { softmaxCrossEntropy } from './softmax-cross-entropy';
import { meanSquaredError } from './mean-squared-error';
import { lossByName, lossNames } from './by-name';
import { LossGradient } from './loss-gradient';
import type { Loss } from './loss';
import { InputError, ShapeError } from '../errors';

const oneHot = Tensor.from([[1, 0, 0], [0, 0, 1], [0, 1, 0], [0, 0, 1]]);
const labels = Tensor.from([[1], [0], [0], [1]]);
const probs = Tensor.from([[0.7, 0.2, 0.1], [0.1, 0.3, 0.6], [0.25, 0.5, 0.25], [0.3, 0.3, 0.4]]);

function checkLoss(loss: Loss, yHat: Tensor, y: Tensor) {
  const g = loss.grad(yHat, y);
  return gradientCheck(() => loss.value(yHat, y), [{ name: 'yHat', value: yHat.data, grad: g.data.slice() }], { tolerance: 1e-7 });
}

describe('loss values', () => {
  it('binary cross-entropy: -(1/m)Σ[y log ŷ + (1-y) log(1-ŷ)]', () => {
    const yHat = Tensor.from([[0.9], [0.2], [0.4], [0.6]]);
    const expected = -(Math.log(0.9) + Math.log(0.8) + Math.log(0.6) + Math.log(0.6)) / 4;
    expect(binaryCrossEntropy.value(yHat, labels)).toBeCloseTo(expected, 14);
  });
  it('softmax cross-entropy: -(1/m)ΣΣ y log ŷ', () => {
    const expected = -(Math.log(0.7) + Math.log(0.6) + Math.log(0.5) + Math.log(0.4)) / 4;
    expect(softmaxCrossEntropy.value(probs, oneHot)).toBeCloseTo(expected, 14);
  });
  it('mean squared error: (1/m)ΣΣ(ŷ - y)²', () => {
    expect(meanSquaredError.value(Tensor.from([[1], [3]]), Tensor.from([[0], [1]]))).toBe(2.5);
  });
  it('lossByName finds each loss and lists the allowed names otherwise', () => {
    for (const name of lossNames) expect(lossByName(name).name).toBe(name);
    expect(() => lossByName('hinge' as never)).toThrow(/unknown loss "hinge" \(allowed: binaryCrossEntropy, softmaxCrossEntropy, meanSquaredError\)/);
  });
});

describe('loss gradients match finite differences', () => {
  it('binaryCrossEntropy', () => {
    expect(checkLoss(binaryCrossEntropy, Tensor.from([[0.9], [0.2], [0.4], [0.6]]), labels).difference).toBeLessThan(1e-7);
  });
  it('softmaxCrossEntropy (on plain probabilities)', () => {
    expect(checkLoss(softmaxCrossEntropy, probs.clone(), oneHot).difference).toBeLessThan(1e-7);
  });
  it('meanSquaredError', () => {
    expect(checkLoss(meanSquaredError, randomTensor(4, 2, 3), randomTensor(4, 2, 4)).difference).toBeLessThan(1e-7);
  });
});

describe('combined output-layer gradients', () => {
  it('softmax + softmaxCrossEntropy gives dZ = (ŷ - y)/m, matching finite differences in z', () => {
    const layer = softmax();
    const z = randomTensor(4, 3, 8, 2);
    const yHat = layer.forward(z, true);
    const g = softmaxCrossEntropy.grad(yHat, oneHot);
    expect(g).toBeInstanceOf(LossGradient);
    const dz = layer.backward(g).clone();
    for (let i = 0; i < dz.size; i++) expect(dz.data[i]).toBeCloseTo((yHat.data[i] - oneHot.data[i]) / 4, 15);
    const result = gradientCheck(() => softmaxCrossEntropy.value(layer.forward(z, true), oneHot), [{ value: z.data, grad: dz.data }]);
    expect(result.difference).toBeLessThan(1e-8);
  });

  it('the combined softmax gradient equals the chain rule through the Jacobian', () => {
    const layer = softmax();
    const yHat = layer.forward(randomTensor(4, 3, 9), true);
    const fused = layer.backward(softmaxCrossEntropy.grad(yHat, oneHot)).clone();
    const plain = layer.backward(new Tensor(softmaxCrossEntropy.grad(yHat, oneHot).data, yHat.shape));
    for (let i = 0; i < fused.size; i++) expect(plain.data[i]).toBeCloseTo(fused.data[i], 12);
  });

  it('sigmoid + binaryCrossEntropy gives dZ = (a - y)/m, matching finite differences in z', () => {
    const layer = sigmoid();
    const z = randomTensor(4, 1, 10, 2);
    const a = layer.forward(z, true);
    const dz = layer.backward(binaryCrossEntropy.grad(a, labels)).clone();
    for (let i = 0; i < 4; i++) expect(dz.data[i]).toBeCloseTo((a.data[i] - labels.data[i]) / 4, 15);
    expect(gradientCheck(() => binaryCrossEntropy.value(layer.forward(z, true), labels), [{ value: z.data, grad: dz.data }]).difference).toBeLessThan(1e-8);
  });

  it('is stable when logits are far apart: finite, exact cost and gradient', () => {
    const layer = softmax();
    const yHat = layer.forward(Tensor.from([[0, 2000, 0]]), true);
    const y = Tensor.from([[1, 0, 0]]);
    expect(softmaxCrossEntropy.value(yHat, y)).toBe(2000); // -log ŷ₀ = 2000 by log-sum-exp; log(0) would be Infinity
    expect(Array.from(layer.backward(softmaxCrossEntropy.grad(yHat, y)).data)).toEqual([-1, 1, 0]);
    const s = sigmoid();
    const a = s.forward(Tensor.from([[40]]), true); // σ(40) rounds to 1
    expect(binaryCrossEntropy.value(a, Tensor.from([[0]]))).toBeGreaterThan(27); // clipped: large but finite
    expect(s.backward(binaryCrossEntropy.grad(a, Tensor.from([[0]]))).data[0]).toBe(1);
  });
});

describe('loss input errors', () => {
  it('mismatched shapes name both shapes', () => {
    expect(() => meanSquaredError.value(Tensor.zeros([3, 1]), Tensor.zeros([3, 2]))).toThrow(ShapeError);
    expect(() => binaryCrossEntropy.grad(Tensor.zeros([3, 1]), Tensor.zeros([2, 1]))).toThrow(/yHat has shape \[3,1\] but y has shape \[2,1\]/);
  });
  it('non-finite targets are rejected with their index', () => {
    expect(() => softmaxCrossEntropy.value(probs, new Tensor([1, 0, 0, NaN, 0, 1, 0, 1, 0, 0, 0, 1], [4, 3]))).toThrow(InputError);
    expect(() => meanSquaredError.value(Tensor.zeros([2, 1]), Tensor.from([[0], [Infinity]]))).toThrow(/non-finite value \(Infinity\) at index 1/);
  });
});
