import { describe, expect, it } from 'vitest';
import { Tensor } from '../tensor';
import { Rng } from '../random';
import { dense } from './dense';
import { relu } from './relu';
import { leakyRelu } from './leaky-relu';
import { tanh } from './tanh';
import { sigmoid } from './sigmoid';
import { softmax } from './softmax';
import { activation, activationNames } from './activation';
import { InputError, ShapeError } from '../errors';
import { checkLayer, randomTensor } from './test-helpers';

describe('gradient checks (central differences, float64)', () => {
  const cases = [
    ['dense he', () => dense(4, 3, { seed: 2 })],
    ['dense xavier', () => dense(3, 5, { init: 'xavier', seed: 3 })],
    ['dense without bias', () => dense(3, 2, { seed: 4, useBias: false })],
    ['relu', () => relu()],
    ['leakyRelu(0.1)', () => leakyRelu(0.1)],
    ['tanh', () => tanh()],
    ['sigmoid', () => sigmoid()],
    ['softmax', () => softmax()],
    ['linear', () => activation('linear')],
  ] as const;
  it.each(cases)('%s: backward matches finite differences in x and parameters', (_name, make) => {
    const layer = make();
    const nIn = 'nIn' in layer ? (layer.nIn as number) : 4;
    const result = checkLayer(layer, randomTensor(5, nIn, 7));
    expect(result.count).toBeGreaterThan(0);
    expect(result.difference).toBeLessThan(1e-7);
  });

  it('a wrong backward is caught (the check can fail)', () => {
    const layer = tanh();
    const broken = Object.assign(Object.create(Object.getPrototypeOf(layer)), layer);
    const original = layer.backward.bind(layer);
    broken.forward = layer.forward.bind(layer);
    broken.backward = (d: Tensor) => {
      const g = original(d).clone();
      g.data[0] *= 1.01;
      return g;
    };
    broken.parameters = () => [];
    expect(checkLayer(broken, randomTensor(3, 2, 5)).difference).toBeGreaterThan(1e-4);
  });
});

describe('dense', () => {
  it('computes Z = X·Wᵀ + b with W [nOut, nIn]', () => {
    const layer = dense(2, 3, { init: 'zeros' });
    layer.W.value.set([1, 2, 3, 4, 5, 6]);
    layer.b!.value.set([0.5, -1, 0]);
    const z = layer.forward(Tensor.from([[1, 1], [2, 0]]), true);
    expect(z.toArray()).toEqual([[3.5, 6, 11], [2.5, 5, 10]]);
    expect(layer.parameters().map((p) => p.shape)).toEqual([[3, 2], [3]]);
  });

  it('He weights have variance 2/nIn and come from the seed', () => {
    const w = dense(200, 300, { init: 'he', seed: 5 }).W.value;
    const mean = w.reduce((a, b) => a + b, 0) / w.length;
    const variance = w.reduce((a, b) => a + (b - mean) ** 2, 0) / w.length;
    expect(variance).toBeCloseTo(2 / 200, 3);
    expect(dense(200, 300, { seed: 5 }).W.value).toEqual(w);
    expect(dense(200, 300, { seed: 6 }).W.value).not.toEqual(w);
  });

  it('draws W row-major as rng.normal()·σ, so a shared rng reproduces numpy-style init', () => {
    const rng = new Rng(11);
    const expected = Array.from({ length: 6 }, () => rng.normal() * Math.sqrt(1 / 3));
    expect(Array.from(dense(3, 2, { init: 'xavier', rng: new Rng(11) }).W.value)).toEqual(expected);
  });

  it('reuses its output buffer for the same batch size and reallocates for another', () => {
    const layer = dense(2, 2, { seed: 1 });
    const a = layer.forward(randomTensor(4, 2, 1), true);
    expect(layer.forward(randomTensor(4, 2, 2), true)).toBe(a);
    expect(layer.forward(randomTensor(3, 2, 2), true).shape).toEqual([3, 2]);
  });

  it('names both shapes when the input does not fit', () => {
    expect(() => dense(3, 4).forward(Tensor.zeros([2, 5]), true)).toThrow(ShapeError);
    expect(() => dense(3, 4).forward(Tensor.zeros([2, 5]), true)).toThrow(/\[2,5\].*\[m,3\]/);
  });

  it('rejects unknown options and init names, listing the allowed ones', () => {
    expect(() => dense(2, 3, { inti: 'he' } as never)).toThrow(/unknown option "inti".*init, rng, seed/);
    expect(() => dense(2, 3, { init: 'glorot' as never })).toThrow(/unknown init "glorot".*he, xavier, zeros/);
    expect(() => dense(0, 3)).toThrow(InputError);
  });
});

describe('activations', () => {
  it('compute their formulas', () => {
    const z = Tensor.from([[-2, 0.5]]);
    expect(Array.from(relu().forward(z, true).data)).toEqual([0, 0.5]);
    expect(Array.from(leakyRelu(0.1).forward(z, true).data)).toEqual([-0.2, 0.5]);
    expect(tanh().forward(z, true).data[0]).toBeCloseTo(Math.tanh(-2), 15);
    expect(sigmoid().forward(z, true).data[1]).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 15);
  });

  it('sigmoid stays finite and exact for large |z|', () => {
    const a = sigmoid().forward(Tensor.from([[-800, 800]]), true).data;
    expect(a[0]).toBe(0);
    expect(a[1]).toBe(1);
  });

  it('softmax rows sum to 1 and survive huge logits', () => {
    const a = softmax().forward(Tensor.from([[0, Math.log(3)], [1000, 1000 + Math.log(3)]]), true);
    expect(a.data[0]).toBeCloseTo(0.25, 15);
    expect(a.data[3]).toBeCloseTo(0.75, 12); // 1000 + log 3 itself is only exact to ~1e-13
    expect(a.data[2] + a.data[3]).toBeCloseTo(1, 15);
  });

  it('unknown activation names throw, listing the allowed ones', () => {
    expect(() => activation('swish' as never)).toThrow(`unknown activation "swish" (allowed: ${activationNames.join(', ')})`);
  });

  it('backward before forward and mismatched dA are errors', () => {
    expect(() => relu().backward(Tensor.zeros([1, 1]))).toThrow(/before forward/);
    const s = sigmoid();
    s.forward(Tensor.zeros([2, 3]), true);
    expect(() => s.backward(Tensor.zeros([3, 2]))).toThrow(/\[3,2\].*\[2,3\]/);
  });
});
