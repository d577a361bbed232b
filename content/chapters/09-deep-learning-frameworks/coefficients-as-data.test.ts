import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./coefficients-as-data.ts', import.meta.url);


describe('coefficients-as-data', () => {
  it.each([
    [{}, 5],
    [{ b: -20, c: 100 }, 10],
    [{ b: 6, c: 0 }, -3],
  ])('the same code minimizes x₀w² + x₁w + x₂ for other data (%o → w = %d)', async (knobs, expected) => {
    const run = await runSnippetFile(snippet, { knobs });
    const e = run.exports as { finalW: number; exactMinimum: number; dataAfter: number[] };
    expect(e.exactMinimum).toBe(expected);
    expect(Math.abs(e.finalW - expected)).toBeLessThan(1e-6);
    const { b = -10, c = 25 } = knobs as { b?: number; c?: number };
    expect(e.dataAfter).toEqual([1, b, c]);
    expect(run.figures.cost.data).toHaveLength(2);
  });
});
