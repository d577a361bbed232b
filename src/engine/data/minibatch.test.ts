import { describe, expect, it } from 'vitest';
import { InputError, ShapeError } from '../errors';
import { Rng } from '../random';
import { Tensor } from '../tensor';
import { miniBatches } from './minibatch';

/** 300 examples whose x row i is [i, -i] and y is i, so rows can be traced. */
const m = 300;
const x = new Tensor(Float64Array.from({ length: 2 * m }, (_, k) => (k % 2 === 0 ? k / 2 : -(k - 1) / 2)), [m, 2]);
const y = new Tensor(Float64Array.from({ length: m }, (_, i) => i), [m, 1]);

describe('miniBatches', () => {
  it('cuts 300 examples into 64, 64, 64, 64 and a last partial batch of 44', () => {
    const batches = miniBatches(x, y, 64, new Rng(11));
    expect(batches.map((b) => b.x.rows)).toEqual([64, 64, 64, 64, 44]);
    expect(batches.map((b) => b.y.shape)).toEqual([[64, 1], [64, 1], [64, 1], [64, 1], [44, 1]]);
  });

  it('keeps every example exactly once and each x row with its own y', () => {
    const batches = miniBatches(x, y, 64, new Rng(11));
    const seen = batches.flatMap((b) => b.y.column(0));
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: m }, (_, i) => i));
    for (const b of batches) for (let r = 0; r < b.x.rows; r++) {
      expect(b.x.get(r, 0)).toBe(b.y.get(r));
      expect(b.x.get(r, 1)).toBe(-b.y.get(r));
    }
  });

  it('shuffles the same way for the same seed, differently for another, and not at all without an rng', () => {
    const order = (rng?: Rng) => miniBatches(x, y, 64, rng).flatMap((b) => b.y.column(0));
    expect(order(new Rng(5))).toEqual(order(new Rng(5)));
    expect(order(new Rng(5))).not.toEqual(order(new Rng(6)));
    expect(order()).toEqual(Array.from({ length: m }, (_, i) => i));
  });

  it('gives batches that do not share values with each other or with x and y', () => {
    const batches = miniBatches(x, y, 64, new Rng(11));
    const before = batches.map((b) => b.x.toArray());
    batches[1].x.data.fill(-1);
    batches[1].y.data.fill(-1);
    expect(batches[0].x.toArray()).toEqual(before[0]);
    expect(batches[2].x.toArray()).toEqual(before[2]);
    expect(batches[1].x.size).toBe(128);
    expect(x.get(0, 0)).toBe(0);
    expect(y.column(0).every((v, i) => v === i)).toBe(true);
  });

  it('gives one batch when batchSize >= m and m batches when it is 1', () => {
    expect(miniBatches(x, y, 1000).length).toBe(1);
    expect(miniBatches(x, y, 1).length).toBe(m);
  });

  it.each([0, -3, 2.5, NaN])('rejects batchSize %s', (size) => {
    expect(() => miniBatches(x, y, size)).toThrow(/miniBatches: batchSize must be a whole number >= 1/);
  });

  it('rejects empty data, mismatched rows and non-finite values, saying where', () => {
    expect(() => miniBatches(Tensor.zeros([0, 2]), Tensor.zeros([0, 1]), 4)).toThrow(/x is empty/);
    expect(() => miniBatches(x, Tensor.zeros([10, 1]), 4)).toThrow(/x has 300 rows \(shape \[300,2\]\) but y has 10 \(shape \[10,1\]\)/);
    expect(() => miniBatches(Tensor.from([[1, NaN]]), Tensor.from([[0]]), 1)).toThrow(/x holds a non-finite value \(NaN\) at flat index 1/);
  });

  it('throws the engine\'s error classes: InputError for bad values and options, ShapeError for mismatched rows', () => {
    expect(() => miniBatches(x, y, 0)).toThrow(InputError);
    expect(() => miniBatches(Tensor.zeros([0, 2]), Tensor.zeros([0, 1]), 4)).toThrow(InputError);
    expect(() => miniBatches(Tensor.from([[1, NaN]]), Tensor.from([[0]]), 1)).toThrow(InputError);
    expect(() => miniBatches(x, Tensor.zeros([10, 1]), 4)).toThrow(ShapeError);
  });
});
