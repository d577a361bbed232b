import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../../src/runtime/node-host';

/** A fresh instance of the snippet module (a query string makes a new module; non-literal, so tsc does not try to resolve it). */
const again = (n: number) => import(/* @vite-ignore */ `./adam-by-hand.ts?run=${n}`);

describe('adam-by-hand', () => {
  it('the hand-written Adam matches the engine\'s to rounding error over 100 epochs (500 updates)', async () => {
    const run = await runSnippet(() => import('./adam-by-hand.ts'));
    expect(run.exports.maxDifference as number).toBeLessThan(1e-12);
    expect(run.logs[0]).toMatch(/largest difference from the engine's Adam: \d\.\d\de-1\d/);
    const check = run.figures.check.data[0] as { y: number[] };
    expect(check.y).toHaveLength(100);
    const cost = run.figures.cost.data as { y: number[] }[];
    expect(cost).toHaveLength(2);
    expect(cost[0].y.at(-1)!).toBeLessThan(cost[0].y[0]); // it trains
  });

  it('dropping bias correction is caught at once: the weights differ already after the first epoch', async () => {
    const run = await runSnippet(() => again(2), { knobs: { biasCorrection: false } });
    expect(run.exports.firstEpochDifference as number).toBeGreaterThan(1e-3);
    expect(run.exports.maxDifference as number).toBeGreaterThan(0.1);
  });
});
