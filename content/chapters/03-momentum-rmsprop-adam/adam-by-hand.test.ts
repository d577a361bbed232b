import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./adam-by-hand.ts', import.meta.url);

describe('adam-by-hand', () => {
  it('the hand-written Adam matches the engine\'s to rounding error over 100 epochs (500 updates)', async () => {
    const run = await runSnippetFile(snippet);
    expect(run.exports.maxDifference as number).toBeLessThan(1e-12);
    expect(run.logs[0]).toMatch(/largest difference from the engine's Adam: \d\.\d\de-1\d/);
    const check = run.figures.check.data[0] as { y: number[] };
    expect(check.y).toHaveLength(100);
    const cost = run.figures.cost.data as { y: number[] }[];
    expect(cost).toHaveLength(2);
    expect(cost[0].y.at(-1)!).toBeLessThan(cost[0].y[0]); // it trains
  });

  it('dropping bias correction is caught at once: the weights differ already after the first epoch', async () => {
    const run = await runSnippetFile(snippet, { knobs: { biasCorrection: false } });
    expect(run.exports.firstEpochDifference as number).toBeGreaterThan(1e-3);
    expect(run.exports.maxDifference as number).toBeGreaterThan(0.1);
  });
});
