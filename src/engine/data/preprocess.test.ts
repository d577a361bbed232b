import { describe, expect, it } from 'vitest';
import { InputError, ShapeError } from '../errors';
import { Rng } from '../random';
import { Tensor } from '../tensor';
import { normalizeInputs } from './normalize';
import { oneHot } from './one-hot';
import { trainTestSplit } from './split';

describe('trainTestSplit', () => {
  const x = new Tensor(Float64Array.from({ length: 100 }, (_, i) => i), [50, 2]);
  const y = new Tensor(Float64Array.from({ length: 50 }, (_, i) => i), [50, 1]);

  it('holds out round(m · testFraction) examples, disjoint from the rest, rows kept together', () => {
    const { train, test } = trainTestSplit(x, y, { testFraction: 0.3, seed: 4 });
    expect([train.x.rows, test.x.rows]).toEqual([35, 15]);
    const ids = [...train.y.column(0), ...test.y.column(0)].sort((a, b) => a - b);
    expect(ids).toEqual(Array.from({ length: 50 }, (_, i) => i));
    for (let r = 0; r < test.x.rows; r++) expect(test.x.get(r, 0)).toBe(2 * test.y.get(r));
  });

  it('is reproducible from a seed or an rng and rejects bad options', () => {
    expect(trainTestSplit(x, y, { seed: 9 }).test.y.column(0)).toEqual(trainTestSplit(x, y, { rng: new Rng(9) }).test.y.column(0));
    expect(() => trainTestSplit(x, y, { testFraction: 1 })).toThrow(/testFraction must be in \[0, 1\)/);
    // @ts-expect-error misspelt option
    expect(() => trainTestSplit(x, y, { testSize: 0.2 })).toThrow(/unknown option "testSize"/);
    expect(() => trainTestSplit(x, y, { testFraction: 1 })).toThrow(InputError);
  });
});

describe('oneHot', () => {
  it('puts a 1 in column c of row i for label c', () => {
    expect(oneHot([2, 0, 1], 3).toArray()).toEqual([[0, 0, 1], [1, 0, 0], [0, 1, 0]]);
    expect(oneHot(Tensor.from([[1], [0]])).shape).toEqual([2, 2]);
  });

  it('rejects labels outside [0, C) and fractional labels', () => {
    expect(() => oneHot([0, 3], 3)).toThrow(/label 1 is 3; labels must be whole numbers in \[0, 2\]/);
    expect(() => oneHot([0.5])).toThrow(/label 0 is 0.5/);
    expect(() => oneHot([])).toThrow(/no labels/);
    expect(() => oneHot([0, 3], 3)).toThrow(InputError);
  });
});

describe('normalizeInputs', () => {
  const rng = new Rng(2);
  const x = new Tensor(Float64Array.from({ length: 400 }, (_, k) => (k % 2 === 0 ? 5 + 3 * rng.normal() : -2 + 0.1 * rng.normal())), [200, 2]);

  it('gives each feature mean 0 and variance 1 on the data it measured', () => {
    const { x: z, stats } = normalizeInputs(x);
    for (let j = 0; j < 2; j++) {
      const col = z.column(j);
      const mean = col.reduce((a, b) => a + b, 0) / col.length;
      const variance = col.reduce((a, v) => a + (v - mean) ** 2, 0) / col.length;
      expect(mean).toBeCloseTo(0, 12);
      expect(variance).toBeCloseTo(1, 12);
    }
    expect(stats.mean[0]).toBeCloseTo(5, 0);
    expect(stats.std[1]).toBeCloseTo(0.1, 1);
  });

  it('reuses the training statistics on test data instead of measuring again', () => {
    const { stats } = normalizeInputs(x);
    const test = normalizeInputs(Tensor.from([[stats.mean[0] + stats.std[0], stats.mean[1]]]), stats);
    expect(test.x.get(0, 0)).toBeCloseTo(1, 12);
    expect(test.x.get(0, 1)).toBe(0);
    expect(() => normalizeInputs(Tensor.from([[1, 2, 3]]), stats)).toThrow(/stats are for 2 features but x has 3/);
    expect(() => normalizeInputs(Tensor.from([[1, 2, 3]]), stats)).toThrow(ShapeError);
  });

  it('only centres a constant feature (σ = 0 would divide by zero)', () => {
    expect(normalizeInputs(Tensor.from([[4, 1], [4, 3]])).x.toArray()).toEqual([[0, -1], [0, 1]]);
  });
});
