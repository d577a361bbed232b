import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./minimize-cost.ts', import.meta.url);


describe('minimize-cost', () => {
  it('automatic differentiation and gradient descent find w = 5', async () => {
    const run = await runSnippetFile(snippet);
    const e = run.exports as { finalW: number; finalCost: number; firstSteps: number[] };
    expect(Math.abs(e.finalW - 5)).toBeLessThan(1e-6);
    expect(e.finalCost).toBeLessThan(1e-10);
    // w := w − 0.1·(2w − 10): 0, 1, 1.8, 2.44, ... (each step closes 20% of the gap to 5).
    e.firstSteps.forEach((w, k) => expect(w).toBeCloseTo(5 - 5 * 0.8 ** k, 12));
    expect((run.figures.w.data[0] as { y: number[] }).y).toHaveLength(101);
    expect((run.figures.cost.data[0] as { y: number[] }).y).toHaveLength(100);
  });

  it('α = 1 jumps between 0 and 10 forever; α = 1.1 diverges', async () => {
    const bouncing = (await runSnippetFile(snippet, { knobs: { learningRate: 1 } })).exports as { finalW: number; firstSteps: number[] };
    expect(bouncing.firstSteps).toEqual([0, 10, 0, 10, 0, 10]);
    expect(bouncing.finalW).toBe(0);
    const diverging = (await runSnippetFile(snippet, { knobs: { learningRate: 1.1, steps: 50 } })).exports as { finalW: number };
    expect(Math.abs(diverging.finalW - 5)).toBeGreaterThan(100);
  });
});
