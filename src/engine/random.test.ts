import { describe, expect, it } from 'vitest';
import { Rng } from '@engine';

describe('Rng', () => {
  it('repeats a sequence from the same seed and differs across seeds', () => {
    const a = new Rng(7), b = new Rng(7), c = new Rng(8);
    const sa = [a.uniform(), a.uniform(), a.normal()];
    expect([b.uniform(), b.uniform(), b.normal()]).toEqual(sa);
    expect(c.uniform()).not.toBe(sa[0]);
  });

  it('draws normals with mean 0 and variance 1', () => {
    const rng = new Rng(1);
    const n = 20000;
    let sum = 0, sumSq = 0;
    for (let i = 0; i < n; i++) { const z = rng.normal(); sum += z; sumSq += z * z; }
    expect(Math.abs(sum / n)).toBeLessThan(0.03);
    expect(Math.abs(sumSq / n - 1)).toBeLessThan(0.05);
  });

  it('permutes without losing or repeating values', () => {
    const p = new Rng(3).permutation(50);
    expect([...p].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('permutation(n) is shuffle of 0..n-1 from the same state, and leaves the same state after', () => {
    const a = new Rng(10), b = new Rng(10);
    a.uniform(); b.uniform(); // mid-sequence, not only from a fresh seed
    for (const n of [300, 1, 2, 64]) expect(a.permutation(n)).toEqual(b.shuffle(Array.from({ length: n }, (_, i) => i)));
    expect([a.uniform(), a.normal()]).toEqual([b.uniform(), b.normal()]);
  });

  it('keeps its published sequence (the shuffles, initial weights and data sets depend on it)', () => {
    const rng = new Rng(42);
    expect([rng.uniform(), rng.uniform(), rng.int(1000)]).toEqual([0.6011037519201636, 0.44829055899754167, 852]);
  });
});
