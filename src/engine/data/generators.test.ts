import { describe, expect, it } from 'vitest';
import type { Dataset } from './dataset';
import { makeBlobs } from './blobs';
import { makeCircles } from './circles';
import { makeMoons } from './moons';
import { makeSpirals } from './spirals';

const counts = (d: Dataset) => d.y.column(0).reduce<Record<number, number>>((c, k) => ((c[k] = (c[k] ?? 0) + 1), c), {});
const radius = (d: Dataset, i: number) => Math.hypot(d.x.get(i, 0), d.x.get(i, 1));

describe.each([
  ['makeMoons', makeMoons],
  ['makeCircles', makeCircles],
  ['makeSpirals', makeSpirals],
  ['makeBlobs', makeBlobs],
] as const)('%s', (_name, make) => {
  it('makes n examples, x [n, 2] and y [n, 1], the same for the same seed', () => {
    const d = make({ n: 101, seed: 7 });
    expect(d.x.shape).toEqual([101, 2]);
    expect(d.y.shape).toEqual([101, 1]);
    expect(make({ n: 101, seed: 7 }).x.data).toEqual(d.x.data);
    expect(make({ n: 101, seed: 8 }).x.data).not.toEqual(d.x.data);
  });

  it('rejects n <= 0, negative noise and unknown options', () => {
    expect(() => make({ n: 0 })).toThrow(/n must be a whole number >= 1/);
    expect(() => make({ noise: -1 })).toThrow(/noise must be a finite number >= 0/);
    // @ts-expect-error not an option
    expect(() => make({ samples: 10 })).toThrow(/unknown option "samples"/);
  });
});

describe('shapes of the point clouds (noise 0 shows the exact layout)', () => {
  it('makeMoons: 150 outer points on the unit circle (label 0), 150 on the shifted inner moon (label 1)', () => {
    const d = makeMoons({ n: 300, noise: 0 });
    expect(counts(d)).toEqual({ 0: 150, 1: 150 });
    for (let i = 0; i < 300; i++) {
      const [px, py] = [d.x.get(i, 0), d.x.get(i, 1)];
      if (d.y.get(i) === 0) expect(Math.hypot(px, py)).toBeCloseTo(1, 12);
      else expect(Math.hypot(px - 1, py - 0.5)).toBeCloseTo(1, 12);
    }
    expect(d.y.column(0).slice(0, 20)).not.toEqual(Array(20).fill(0)); // shuffled
  });

  it('makeMoons: noise 0.2 moves points by about 0.2 per coordinate', () => {
    const clean = makeMoons({ noise: 0, seed: 5 }), noisy = makeMoons({ noise: 0.2, seed: 5 });
    let sumSq = 0;
    for (let k = 0; k < 600; k++) sumSq += (noisy.x.data[k] - clean.x.data[k]) ** 2;
    expect(Math.sqrt(sumSq / 600)).toBeGreaterThan(0.17);
    expect(Math.sqrt(sumSq / 600)).toBeLessThan(0.23);
  });

  it('makeCircles: label 0 on radius 1, label 1 on radius factor', () => {
    const d = makeCircles({ n: 100, noise: 0, factor: 0.3 });
    for (let i = 0; i < 100; i++) expect(radius(d, i)).toBeCloseTo(d.y.get(i) === 0 ? 1 : 0.3, 12);
    expect(() => makeCircles({ factor: 1 })).toThrow(/factor must be in \[0, 1\)/);
  });

  it('makeSpirals: K arms of near-equal size, radii in [0, 1]', () => {
    const d = makeSpirals({ n: 301, classes: 3, seed: 2 });
    expect(counts(d)).toEqual({ 0: 101, 1: 100, 2: 100 });
    for (let i = 0; i < 301; i++) expect(radius(d, i)).toBeLessThanOrEqual(1 + 1e-12);
  });

  it('makeBlobs: each class is centred on its centre', () => {
    const centers = [[-4, 0], [4, 1]] as const;
    const d = makeBlobs({ n: 400, centers, noise: 0.5, seed: 3 });
    expect(counts(d)).toEqual({ 0: 200, 1: 200 });
    for (const k of [0, 1]) {
      const rows = d.y.column(0).flatMap((c, i) => (c === k ? [i] : []));
      const mean = [0, 1].map((j) => rows.reduce((a, i) => a + d.x.get(i, j), 0) / rows.length);
      expect(Math.abs(mean[0] - centers[k][0])).toBeLessThan(0.1);
      expect(Math.abs(mean[1] - centers[k][1])).toBeLessThan(0.1);
    }
  });
});
