import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./gradient-check.ts', import.meta.url);


describe('gradient-check', () => {
  it.each([['2'], ['0'], ['3']])('dL/dz = ŷ − y matches finite differences (true class %s)', async (trueClass) => {
    const run = await runSnippetFile(snippet, { knobs: { trueClass } });
    const e = run.exports as { analytic: number[]; numeric: number[]; largestGap: number; lossValue: number; modelDifference: number };
    expect(e.largestGap).toBeLessThan(1e-8);
    expect(e.modelDifference).toBeLessThan(1e-7);
    // ŷ − y sums to 0 (Σŷ = Σy = 1), and only the true class's component is negative.
    expect(Math.abs(e.analytic.reduce((s, v) => s + v, 0))).toBeLessThan(1e-12);
    e.analytic.forEach((g, j) => expect(g < 0).toBe(j === Number(trueClass)));
    expect(e.lossValue).toBeGreaterThan(0);
    expect(run.figures.gradient.data).toHaveLength(2);
  });

  it('a large ε makes the difference quotient inaccurate', async () => {
    const e = (await runSnippetFile(snippet, { knobs: { epsilon: 0.1 } })).exports as Record<string, number>;
    expect(e.largestGap).toBeGreaterThan(1e-5);
    expect(e.largestGap).toBeLessThan(1e-2);
  });
});
