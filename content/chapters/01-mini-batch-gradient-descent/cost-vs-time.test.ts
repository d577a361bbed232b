import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./cost-vs-time.ts', import.meta.url);

type PerSize = { stochastic: number; mini: number; batch: number };
type Exports = Record<'iterationsPerEpoch' | 'finalCost' | 'costAfter16Iterations' | 'risesOfCost' | 'msPerEpoch', PerSize>;

describe('cost-vs-time.ts: batch size 1, 64 and 1024 on the same network', () => {
  it('makes 1024, 16 and 1 iterations per epoch; after equal epochs mini-batches are lowest', async () => {
    const r = await runSnippetFile(snippet);
    const e = r.exports as unknown as Exports;
    expect(e.iterationsPerEpoch).toEqual({ stochastic: 1024, mini: 16, batch: 1 });
    expect(e.finalCost.mini).toBeLessThan(e.finalCost.batch);
    expect(e.finalCost.mini).toBeLessThan(e.finalCost.stochastic);
    expect(e.finalCost.mini).toBeLessThan(0.2);
    // Per iteration, one example is the poorest guide: after 16 steps stochastic GD is behind both.
    expect(e.costAfter16Iterations.stochastic).toBeGreaterThan(e.costAfter16Iterations.mini + 0.05);
    expect(e.costAfter16Iterations.stochastic).toBeGreaterThan(e.costAfter16Iterations.batch + 0.05);
    // Batch gradient descent goes down at every step; stochastic and mini-batch steps sometimes go up.
    expect(e.risesOfCost.batch).toBe(0);
    expect(e.risesOfCost.stochastic).toBeGreaterThan(10);
    for (const ms of Object.values(e.msPerEpoch)) expect(Number.isFinite(ms) && ms > 0).toBe(true); // measured, never compared
    const byIteration = r.figures.iterations.data as { x: number[]; y: number[] }[];
    expect(byIteration.map((t) => t.y.length)).toEqual([20 * 16 + 1, 20 * 16 + 1, 20 + 1]);
    // the time plot is on a log axis: it leaves out the starting point at 0 ms
    const byTime = r.figures.time.data as { x: number[]; y: number[] }[];
    expect(byTime.map((t) => t.y.length)).toEqual([20 * 16, 20 * 16, 20]);
    expect(byTime.every((t) => t.x.every((ms, i) => ms > 0 && (i === 0 || ms >= t.x[i - 1])))).toBe(true);
    expect((r.figures.iterations.data[0] as { x: number[] }).x.at(-1)).toBe(20 * 1024);
  });

  it('with a small α stochastic GD gets furthest per epoch: the more updates per pass, the lower the cost', async () => {
    const r = await runSnippetFile(snippet, { knobs: { learningRate: 0.03 } });
    const e = r.exports as unknown as Exports;
    expect(e.finalCost.stochastic).toBeLessThan(e.finalCost.mini);
    expect(e.finalCost.mini).toBeLessThan(e.finalCost.batch);
  });
});
