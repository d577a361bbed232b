import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./grid-vs-random.ts', import.meta.url);

type Exports = { distinctAlphaGrid: number; distinctAlphaRandom: number; bestGrid: number; bestRandom: number; epsilonEffect: number; randomWinsFraction: number };

describe('grid-vs-random', () => {
  it('25 grid trials try 5 learning rates, 25 random trials try 25', async () => {
    const run = await runSnippetFile(snippet);
    const e = run.exports as unknown as Exports;
    expect(e.distinctAlphaGrid).toBe(5);
    expect(e.distinctAlphaRandom).toBe(25);
    expect(e.epsilonEffect).toBeLessThan(1.01); // ε changes the cost by less than 1%
    expect(e.randomWinsFraction).toBeGreaterThan(0.9); // over 100 seeds, random search almost always does better
    expect(e.bestRandom).toBeLessThan(e.bestGrid);
    expect(run.figures.trials.data).toHaveLength(2);
    expect((run.figures.scores.data[0] as { x: number[] }).x).toHaveLength(25);
  });

  it('with 100 trials the grid tries 10 learning rates, random search 100', async () => {
    const run = await runSnippetFile(snippet, { knobs: { trials: 100 } });
    const e = run.exports as unknown as Exports;
    expect(e.distinctAlphaGrid).toBe(10);
    expect(e.distinctAlphaRandom).toBe(100);
    expect((run.figures.scores.data[1] as { x: number[] }).x).toHaveLength(100);
  });
});
