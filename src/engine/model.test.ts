import { describe, expect, it } from 'vitest';
import { Tensor } from './tensor';
import { Sequential } from './model';
import { mlp } from './layers/mlp';
import { dense } from './layers/dense';
import { relu } from './layers/relu';
import { sigmoid } from './layers/sigmoid';
import { BatchNorm, batchNorm } from './layers/batch-norm';
import { binaryCrossEntropy } from './losses/binary-cross-entropy';
import { softmaxCrossEntropy } from './losses/softmax-cross-entropy';
import { meanSquaredError } from './losses/mean-squared-error';
import { checkModelGradients } from './gradcheck';
import { randomTensor } from './layers/test-helpers';
import { InputError } from './errors';

const x = randomTensor(6, 2, 1);
const y = Tensor.from([[1], [0], [1], [1], [0], [0]]);
const oneHot = Tensor.from([[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 0, 0], [0, 1, 0], [0, 0, 1]]);

describe('mlp', () => {
  it('builds the course network with numbered layers and parameter names', () => {
    const model = mlp([2, 5, 2, 1], { hidden: 'relu', output: 'sigmoid', init: 'he', seed: 3 });
    expect(String(model)).toBe('Sequential(dense1(2→5), relu1, dense2(5→2), relu2, dense3(2→1), sigmoid1)');
    expect(model.parameters().map((p) => `${p.name}[${p.shape}]`)).toEqual([
      'dense1/W[5,2]', 'dense1/b[5]', 'dense2/W[2,5]', 'dense2/b[2]', 'dense3/W[1,2]', 'dense3/b[1]',
    ]);
  });

  it('is deterministic from its seed', () => {
    const a = mlp([2, 5, 1], { seed: 7 }).predict(x);
    expect(mlp([2, 5, 1], { seed: 7 }).predict(x).data).toEqual(a.data);
    expect(mlp([2, 5, 1], { seed: 8 }).predict(x).data).not.toEqual(a.data);
  });

  it('with batchNorm puts BN before each hidden activation and drops the redundant b', () => {
    const model = mlp([2, 4, 3], { batchNorm: true });
    expect(String(model)).toBe('Sequential(dense1(2→4), batchNorm1(4), relu1, dense2(4→3), softmax1)');
    expect(model.parameters().map((p) => p.name)).toEqual(['dense1/W', 'batchNorm1/gamma', 'batchNorm1/beta', 'dense2/W', 'dense2/b']);
  });

  it('passes batch-norm options to every batch-norm layer', () => {
    const model = mlp([2, 4, 3, 1], { batchNorm: { momentum: 0.5, epsilon: 1e-3 } });
    const norms = model.layers.filter((l): l is BatchNorm => l instanceof BatchNorm);
    expect(norms.map((l) => [l.name, l.momentum, l.epsilon])).toEqual([['batchNorm1', 0.5, 1e-3], ['batchNorm2', 0.5, 1e-3]]);
    expect(mlp([2, 4, 1], { batchNorm: {} }).layers.map(String)).toEqual(mlp([2, 4, 1], { batchNorm: true }).layers.map(String));
    expect(mlp([2, 4, 1], { batchNorm: false }).layers.some((l) => l instanceof BatchNorm)).toBe(false);
    expect(() => mlp([2, 4, 1], { batchNorm: { name: 'bn' } as never })).toThrow(/mlp batchNorm: unknown option "name" \(allowed: momentum, epsilon\)/);
    expect(() => mlp([2, 4, 1], { batchNorm: { momentum: 1 } })).toThrow(/batchNorm: momentum must be in \[0, 1\), got 1/);
  });

  it('exposes each layer\'s last output on the Layer interface (no cast needed)', () => {
    const model = mlp([2, 5, 2, 1], { seed: 3 });
    expect(model.layers[1].output).toBeNull();
    model.forward(x);
    const z1 = model.layers[0].output!, a1 = model.layers[1].output!;
    expect(a1.shape).toEqual([6, 5]);
    for (let i = 0; i < a1.size; i++) expect(a1.data[i]).toBe(Math.max(0, z1.data[i]));
    expect(Array.from(model.layers[5].output!.data)).toEqual(Array.from(model.predict(x).data));
  });

  it('rejects unknown options and activation names', () => {
    expect(() => mlp([2, 1], { hiden: 'relu' } as never)).toThrow(/unknown option "hiden"/);
    expect(() => mlp([2, 1], { hidden: 'gelu' as never })).toThrow(/unknown activation "gelu" \(allowed: relu, leakyRelu, tanh, sigmoid, softmax, linear\)/);
    expect(() => mlp([2])).toThrow(InputError);
  });
});

describe('Sequential gradient checks', () => {
  it.each([
    ['relu/sigmoid + BCE', () => mlp([2, 5, 2, 1], { seed: 3 }), binaryCrossEntropy, y],
    ['tanh/softmax + softmax CE', () => mlp([2, 4, 3], { hidden: 'tanh', seed: 4 }), softmaxCrossEntropy, oneHot],
    ['leakyRelu/linear + MSE', () => mlp([2, 4, 1], { hidden: 'leakyRelu', output: 'linear', seed: 5 }), meanSquaredError, y],
    ['batch norm (training mode) + softmax CE', () => mlp([2, 4, 4, 3], { batchNorm: true, seed: 6 }), softmaxCrossEntropy, oneHot],
  ] as const)('%s', (_name, make, loss, target) => {
    const result = checkModelGradients(make(), loss, x, target, { tolerance: 1e-7 });
    expect(result.count).toBeGreaterThan(10);
    expect(result.difference).toBeLessThan(1e-7);
  });
});

describe('Sequential', () => {
  it('forward returns a fresh tensor, so earlier results are not overwritten', () => {
    const model = mlp([2, 3, 1], { seed: 1 });
    const first = model.forward(x);
    const copy = first.data.slice();
    model.forward(randomTensor(6, 2, 2));
    expect(first.data).toEqual(copy);
  });

  it('predict uses running statistics (inference mode), forward uses the batch', () => {
    const bn = batchNorm(2);
    const model = new Sequential([bn]);
    const z = Tensor.from([[1, 10], [3, 30]]);
    expect(Array.from(model.forward(z).data).map((v) => Math.round(v * 1e4) / 1e4)).toEqual([-1, -1, 1, 1]);
    const p = model.predict(z);
    expect(p.data[0]).toBeCloseTo((1 - bn.runningMean[0]) / Math.sqrt(bn.runningVariance[0] + 1e-5), 12);
  });

  it('rejects non-finite inputs, bad shapes, unknown options and duplicate names', () => {
    const model = mlp([2, 3, 1]);
    expect(() => model.forward(Tensor.from([[1, NaN]]))).toThrow(/x holds a non-finite value \(NaN\) at index 1/);
    expect(() => model.forward(Tensor.zeros([4, 3]))).toThrow(/\[4,3\].*\[m,2\]/);
    expect(() => model.forward(Tensor.from([1, 2]))).toThrow(/must be 2-D/);
    expect(() => model.forward(x, { trainig: true } as never)).toThrow(/unknown option "trainig"/);
    expect(() => new Sequential([dense(2, 2, { name: 'a' }), relu({ name: 'a' })])).toThrow(/two layers are named "a"/);
    expect(() => new Sequential([])).toThrow(InputError);
  });

  it('keeps given names and numbers the rest', () => {
    const model = new Sequential([dense(2, 2, { name: 'hidden' }), relu(), dense(2, 1), sigmoid()]);
    expect(model.parameters().map((p) => p.name)).toEqual(['hidden/W', 'hidden/b', 'dense1/W', 'dense1/b']);
  });
});
