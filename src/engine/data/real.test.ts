import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadIris } from './iris';
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
