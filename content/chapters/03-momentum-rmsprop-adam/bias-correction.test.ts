import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./bias-correction.ts', import.meta.url);

describe('bias-correction', () => {
  it('with a constant gradient, corrected Adam steps exactly α; uncorrected steps start 3.16α long and grow before settling', async () => {
    const run = await runSnippetFile(snippet);
    const e = run.exports as Record<string, number>;
    expect(e.correctedDeviation).toBeLessThan(1e-6); // only ε = 1e-8 keeps it from exactly 1
    expect(e.firstRawStep).toBeCloseTo(0.1 / Math.sqrt(0.001), 4); // (1 − β1)/√(1 − β2) ≈ 3.162
    expect(e.largestRawStep).toBeGreaterThan(6); // (1 − 0.9^t)/√(1 − 0.999^t) peaks near t = 20
    expect(e.largestRawStepAt).toBeGreaterThan(10);
    expect(e.largestRawStepAt).toBeLessThan(40);
    const [raw, corrected] = run.figures.steps.data as { y: number[] }[];
    expect(raw.y).toHaveLength(2000);
    expect(raw.y[1999]).toBeGreaterThan(1); // still too long after 2000 updates: √(1 − 0.999^2000) ≈ 0.93
    expect(raw.y[1999]).toBeLessThan(1.2);
    expect(corrected.y.every((s) => Math.abs(s - 1) < 1e-6)).toBe(true);
  });

  it('when β2 forgets as fast as β1, correction matters little; a slower β1 makes uncorrected first steps short', async () => {
    const even = await runSnippetFile(snippet, { knobs: { oneMinusBeta2: 0.1 } });
    expect(even.exports.firstRawStep as number).toBeCloseTo(0.1 / Math.sqrt(0.1), 6);
    expect(even.exports.largestRawStep as number).toBeLessThan(1.01);
    const slow = await runSnippetFile(snippet, { knobs: { beta1: 0.99, oneMinusBeta2: 0.5 } });
    expect(slow.exports.firstRawStep as number).toBeLessThan(0.02); // 0.01/√0.5
  });
});
