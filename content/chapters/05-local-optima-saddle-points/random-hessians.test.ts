import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./random-hessians.ts', import.meta.url);

type Exports = { dimensions: number[]; fractionMinimum: number[]; fractionSaddle: number[]; coinFlip: number[]; minimumAt1: number; minimumAt10: number; saddleAt10: number };

describe('random-hessians', () => {
  it('the fraction of random symmetric Hessians that are minima collapses as n grows', async () => {
    const run = await runSnippetFile(snippet);
    const e = run.exports as unknown as Exports;
    expect(e.dimensions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(e.minimumAt1).toBeGreaterThan(0.45); // one direction: a fair coin
    expect(e.minimumAt1).toBeLessThan(0.55);
    // Never increasing, strictly falling while it is still above zero.
    for (let i = 1; i < e.fractionMinimum.length; i++) {
      expect(e.fractionMinimum[i]).toBeLessThanOrEqual(e.fractionMinimum[i - 1]);
      if (e.fractionMinimum[i - 1] > 0) expect(e.fractionMinimum[i]).toBeLessThan(e.fractionMinimum[i - 1]);
    }
    expect(e.minimumAt10).toBe(0); // none of 4000 ten-dimensional ones
    expect(e.saddleAt10).toBeGreaterThan(0.99);
    // Coupled directions make minima even rarer than independent coin flips.
    expect(e.fractionMinimum[2]).toBeLessThan(e.coinFlip[2]);
    expect(run.figures.fractions.data).toHaveLength(3);
    // Streamed: redrawn as each dimension is counted, the last draw holding all twelve.
    expect(run.drawCount.fractions).toBe(12);
    expect((run.figures.fractions.data[0] as { x: number[] }).x).toEqual(e.dimensions);
  });

  it('with independent directions (coupling 0) the fraction follows 0.5^n', async () => {
    const run = await runSnippetFile(snippet, { knobs: { coupling: 0, samples: 20000 } });
    const e = run.exports as unknown as Exports;
    for (let n = 1; n <= 5; n++) {
      const expected = 0.5 ** n, se = Math.sqrt((expected * (1 - expected)) / 20000);
      expect(Math.abs(e.fractionMinimum[n - 1] - expected)).toBeLessThan(4 * se);
    }
    expect(e.minimumAt10).toBeLessThan(0.003); // 0.5^10 ≈ 0.001
    for (let i = 1; i < 8; i++) expect(e.fractionMinimum[i]).toBeLessThan(e.fractionMinimum[i - 1]);
  });

  it('draws what the text says: at coupling 1 the off-diagonal entries spread as much as the diagonal ones', async () => {
    const run = await runSnippetFile(snippet);
    const { diagonal, offDiagonal } = run.exports.spread as { diagonal: number; offDiagonal: number };
    expect(Math.abs(diagonal - 1)).toBeLessThan(0.05);
    expect(Math.abs(offDiagonal / diagonal - 1)).toBeLessThan(0.05);
  });
});
