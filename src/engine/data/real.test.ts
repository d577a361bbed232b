import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadIris } from './iris';
import { loadMnist, mnistPixels } from './mnist';
import { seattleWeather } from './seattle-weather';

describe('seattleWeather', () => {
  it('matches vega-datasets seattle-weather.csv row for row (the generated module has not drifted)', () => {
    const csv = readFileSync(new URL('../../../node_modules/vega-datasets/data/seattle-weather.csv', import.meta.url), 'utf8');
    const rows = csv.trim().split('\n').slice(1).map((line) => line.split(','));
    const w = seattleWeather();
    expect(w.day.length).toBe(1461);
    expect(w.date).toEqual(rows.map((r) => r[0]));          // also proves one row per day with no gaps
    expect(w.tempMax).toEqual(rows.map((r) => Number(r[2])));
    expect(w.tempMin).toEqual(rows.map((r) => Number(r[3])));
    expect(w.precipitation).toEqual(rows.map((r) => Number(r[1])));
    expect([w.date[0], w.tempMax[0]]).toEqual(['2012-01-01', 12.8]);
  });
});

describe('loadIris', () => {
  it('gives 150 flowers with 4 measurements and 50 of each species', () => {
    const { x, y, classNames } = loadIris();
    expect(x.shape).toEqual([150, 4]);
    expect(x.toArray()[0]).toEqual([5.1, 3.5, 1.4, 0.2]);
    expect(classNames).toEqual(['setosa', 'versicolor', 'virginica']);
    expect([0, 1, 2].map((c) => y.column(0).filter((v) => v === c).length)).toEqual([50, 50, 50]);
  });
});

describe('loadMnist', () => {
  it('loads disjoint, balanced, seeded train and test sets of 28 × 28 images in [0, 1]', async () => {
    const { train, test } = await loadMnist({ train: 205, test: 50, seed: 3 });
    expect(train.x.shape).toEqual([205, mnistPixels]);
    expect(test.y.shape).toEqual([50, 1]);
    const perDigit = (labels: number[]) => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => labels.filter((v) => v === d).length);
    expect(perDigit(train.y.column(0))).toEqual([21, 21, 21, 21, 21, 20, 20, 20, 20, 20]);
    expect(perDigit(test.y.column(0))).toEqual(Array(10).fill(5));
    expect(train.x.data.reduce((a, v) => Math.min(a, v), Infinity)).toBe(0);
    expect(train.x.data.reduce((a, v) => Math.max(a, v), -Infinity)).toBeLessThanOrEqual(1);
    const key = (row: Float64Array) => row.join(',');
    const trainKeys = new Set(Array.from({ length: 205 }, (_, i) => key(train.x.data.subarray(i * 784, (i + 1) * 784))));
    for (let i = 0; i < 50; i++) expect(trainKeys.has(key(test.x.data.subarray(i * 784, (i + 1) * 784)))).toBe(false);
    const again = await loadMnist({ train: 205, test: 50, seed: 3 });
    expect(again.train.y.column(0)).toEqual(train.y.column(0));
  });

  it('rejects bad sizes and unknown options', async () => {
    await expect(loadMnist({ train: 0 })).rejects.toThrow(/train must be a whole number >= 1/);
    // @ts-expect-error misspelt option
    await expect(loadMnist({ training: 10 })).rejects.toThrow(/unknown option 'training'/);
    await expect(loadMnist({ train: 100000 })).rejects.toThrow(/digit 0 has \d+ images, fewer than/);
  });
});
