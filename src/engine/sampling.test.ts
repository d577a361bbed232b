import { describe, expect, it } from 'vitest';
import { Rng } from './random';
import { betaLogScale, coarseToFine, grid, logUniform, uniform, type ScoredTrial } from './sampling';

const histogram = (values: number[], edges: number[]) =>
  edges.slice(0, -1).map((low, k) => values.filter((v) => v >= low && v < edges[k + 1]).length);

describe('grid', () => {
  it('lists every combination exactly once', () => {
    const trials = grid({ learningRate: [0.1, 0.01, 0.001], beta: [0.9, 0.99] });
    expect(trials).toHaveLength(6);
    expect(new Set(trials.map((t) => `${t.learningRate}/${t.beta}`)).size).toBe(6);
    expect(trials[0]).toEqual({ learningRate: 0.1, beta: 0.9 });
    expect(() => grid({ beta: [] })).toThrow(/axis 'beta' has no values/);
  });
});

describe('uniform', () => {
  it('fills [low, high) evenly: 4 equal bins get 2500 ± 150 of 10 000 draws', () => {
    const rng = new Rng(1);
    const draws = Array.from({ length: 10_000 }, () => uniform(50, 100, rng));
    for (const count of histogram(draws, [50, 62.5, 75, 87.5, 100])) expect(Math.abs(count - 2500)).toBeLessThan(150);
    expect(() => uniform(1, 1, rng)).toThrow(/needs finite low < high/);
  });
});

describe('logUniform', () => {
  it('gives each decade of [1e-4, 1] the same share: 2500 ± 150 of 10 000 draws per decade', () => {
    const rng = new Rng(2);
    const draws = Array.from({ length: 10_000 }, () => logUniform(1e-4, 1, rng));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(1e-4);
    expect(Math.max(...draws)).toBeLessThan(1);
    for (const count of histogram(draws, [1e-4, 1e-3, 1e-2, 1e-1, 1])) expect(Math.abs(count - 2500)).toBeLessThan(150);
  });

  it('would put 90% of uniform draws in the top decade, which is why the course samples on a log scale', () => {
    const rng = new Rng(2);
    const draws = Array.from({ length: 10_000 }, () => uniform(1e-4, 1, rng));
    expect(histogram(draws, [1e-4, 1e-3, 1e-2, 1e-1, 1])[3]).toBeGreaterThan(8800);
  });

  it('rejects low <= 0', () => {
    expect(() => logUniform(0, 1, new Rng(1))).toThrow(/low must be a finite number > 0/);
  });
});

describe('betaLogScale', () => {
  it('samples β in [0.9, 0.999] with 1 − β log-uniform: half in 0.9-0.99, half in 0.99-0.999', () => {
    const rng = new Rng(3);
    const draws = Array.from({ length: 10_000 }, () => betaLogScale(0.9, 0.999, rng));
    expect(Math.min(...draws)).toBeGreaterThan(0.9);
    expect(Math.max(...draws)).toBeLessThanOrEqual(0.999);
    const [low, high] = histogram(draws, [0.9, 0.99, 1]);
    expect(Math.abs(low - 5000)).toBeLessThan(200);
    expect(Math.abs(high - 5000)).toBeLessThan(200);
    expect(() => betaLogScale(0.9, 1, rng)).toThrow(/0 <= low < high < 1/);
  });
});

describe('coarseToFine', () => {
  // A made-up dev score peaking at α = 0.01, hidden units = 60.
  const score = (t: Record<string, number>) => -((Math.log10(t.learningRate) + 2) ** 2) - ((t.units - 60) / 20) ** 2;

  it('narrows the box around the best trials and keeps the optimum inside', () => {
    const rng = new Rng(4);
    const results: ScoredTrial[] = Array.from({ length: 40 }, () => {
      const trial = { learningRate: logUniform(1e-4, 1, rng), units: uniform(10, 110, rng) };
      return { trial, score: score(trial) };
    });
    const box = coarseToFine(results, { keep: 4, logScale: ['learningRate'] });
    expect(box.learningRate[0]).toBeLessThan(0.01);
    expect(box.learningRate[1]).toBeGreaterThan(0.01);
    expect(Math.log10(box.learningRate[1] / box.learningRate[0])).toBeLessThan(2);   // was 4 decades
    expect(box.units[0]).toBeLessThan(60);
    expect(box.units[1]).toBeGreaterThan(60);
    expect(box.units[1] - box.units[0]).toBeLessThan(70);                            // was 100 wide
  });

  it("with goal 'min' keeps the lowest scores, ignores NaN scores, and refuses no finite result", () => {
    const results = [{ trial: { a: 1 }, score: 5 }, { trial: { a: 2 }, score: 1 }, { trial: { a: 3 }, score: NaN }];
    expect(coarseToFine(results, { keep: 1, goal: 'min' }).a).toEqual([1.8, 2.2]);
    expect(() => coarseToFine([{ trial: { a: 1 }, score: NaN }])).toThrow(/no results with a finite score/);
  });
});
