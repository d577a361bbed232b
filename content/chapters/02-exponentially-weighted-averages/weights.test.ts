import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./weights.ts', import.meta.url);

type Exports = { oneOverOneMinusBeta: number; daysForMostWeight: number; shrinkAfterWindow: number; weightBeyondWindow: number; meanAge: number };
type Beta = 0.5 | 0.9 | 0.98 | 0.999;
const run = async (beta: Beta) => {
  // 0.9 is the default: run it without overriding the knob
  const knobs: Record<string, number> = beta === 0.9 ? {} : { oneMinusBeta: Number((1 - beta).toFixed(3)) };
  return runSnippetFile(snippet, { knobs });
};

const shrinkByBeta = new Map<number, number>(); // filled by the first test, read by the second

describe('weights.ts: β averages about 1/(1 - β) values', () => {
  // The claim, with its tolerance: the most recent days that carry 1 - 1/e of the weight
  // number 1/(1 - β) to the nearest day (2, 10, 50, 1000), and within one day for any β.
  it.each([
    [0.5, 2],
    [0.9, 10],
    [0.98, 50],
    [0.999, 1000],
  ] as const)('β = %s: %s days carry 1 - 1/e of the weight', async (beta, days) => {
    const r = await run(beta);
    const e = r.exports as Exports;
    shrinkByBeta.set(beta, e.shrinkAfterWindow);
    expect(e.daysForMostWeight).toBe(days);
    expect((r.exports as { daysForCourseBetas: number[] }).daysForCourseBetas).toEqual([2, 10, 50]);
    expect(Math.abs(e.daysForMostWeight - 1 / (1 - beta))).toBeLessThanOrEqual(1);
    // the weights older than the window add up to β^(1/(1-β)), at most 1/e
    expect(e.weightBeyondWindow).toBeLessThan(1 / Math.E);
    // mean age of the weights is β/(1 - β): 1, 9, 49, 999 days
    expect(e.meanAge).toBeCloseTo(beta / (1 - beta), 6);
    const bars = r.figures.weights.data[0] as { x: number[]; y: number[] };
    expect(bars.y[0]).toBeCloseTo(1 - beta, 12);
    for (let k = 1; k < bars.y.length; k++) expect(bars.y[k] / bars.y[k - 1]).toBeCloseTo(beta, 12);
  });

  it('(1 - ε)^(1/ε) approaches 1/e from below as ε = 1 - β shrinks', async () => {
    const shrink = [0.5, 0.9, 0.98, 0.999].map((b) => shrinkByBeta.get(b)!);
    expect(shrink.every(Number.isFinite)).toBe(true);
    expect(shrink[0]).toBeCloseTo(0.25, 12);
    for (let i = 1; i < shrink.length; i++) expect(shrink[i]).toBeGreaterThan(shrink[i - 1]);
    for (const s of shrink) expect(s).toBeLessThan(1 / Math.E);
    expect(Math.abs(shrink[2] - 1 / Math.E)).toBeLessThan(0.005);
    expect(Math.abs(shrink[3] - 1 / Math.E)).toBeLessThan(0.0002);
  });
});
