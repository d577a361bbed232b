import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./autodiff-vs-hand.ts', import.meta.url);


describe('autodiff-vs-hand', () => {
  it.each([[{}], [{ from: -100, to: 100 }]])('the automatic gradient equals 2w − 10 (%o)', async (knobs) => {
    const run = await runSnippetFile(snippet, { knobs });
    const e = run.exports as { maxGap: number; zeroAt: number };
    expect(e.maxGap).toBeLessThan(1e-12);
    // The sign change lies within one grid step past w = 5.
    const { from = -5, to = 15 } = knobs as { from?: number; to?: number };
    expect(e.zeroAt).toBeGreaterThanOrEqual(5);
    expect(e.zeroAt - 5).toBeLessThan((to - from) / 100 + 1e-9);
    expect((run.figures.gradient.data[0] as { y: number[] }).y).toHaveLength(101);
  });
});
