import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./noisy-cost.ts', import.meta.url);

type Exports = { jitterWhole: number; jitterMini: number; upsWhole: number; upsMini: number; firstCostsMini: number; lastCostsMini: number; lastCostWhole: number };

describe('noisy-cost.ts: the cost per iteration, smooth for the whole batch, noisy for mini-batches', () => {
  it('whole batch falls at every step; mini-batches of 64 go up often yet fall overall', async () => {
    const r = await runSnippetFile(snippet);
    const e = r.exports as Exports;
    expect(e.upsWhole).toBe(0);
    expect(e.upsMini).toBeGreaterThan(0.3);
    expect(e.lastCostsMini).toBeLessThan(0.5 * e.firstCostsMini);
    expect(e.lastCostWhole).toBeLessThan(0.2);
    expect(e.jitterMini).toBeGreaterThan(20 * e.jitterWhole);
    expect(r.exports.jitterRatio).toBeCloseTo(e.jitterMini / e.jitterWhole, 10);
    const traces = r.figures.cost.data as { y: number[] }[];
    expect(traces).toHaveLength(2);
    for (const trace of traces) expect(trace.y).toHaveLength(300);
  });

  it('the smaller the batch, the noisier: size 1 jumps far more than 64, and 256 less than 64', async () => {
    const one = (await runSnippetFile(snippet, { knobs: { batchSize: 1 } })).exports as Exports;
    const big = (await runSnippetFile(snippet, { knobs: { batchSize: 256 } })).exports as Exports;
    const mid = (await runSnippetFile(snippet)).exports as Exports;
    expect(one.jitterMini).toBeGreaterThan(10 * mid.jitterMini);
    expect(big.jitterMini).toBeLessThan(mid.jitterMini);
    expect(big.jitterMini).toBeGreaterThan(big.jitterWhole);
  });

  it('a "mini-batch" as large as the training set is batch gradient descent: the same curve', async () => {
    const all = (await runSnippetFile(snippet, { knobs: { batchSize: 1024 } })).exports as Exports;
    expect(all.jitterMini).toBeCloseTo(all.jitterWhole, 10);
    expect(all.upsMini).toBe(0);
  });
});
