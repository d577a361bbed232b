import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./forward-pass.ts', import.meta.url);


describe('forward-pass', () => {
  it('matches the engine, normalizes to mean 0 / variance 1, can be undone, and makes b redundant', async () => {
    const run = await runSnippetFile(snippet);
    const e = run.exports as Record<string, number>;
    expect(e.engineGap).toBeLessThan(1e-12);
    expect(Math.abs(e.normalizedMean)).toBeLessThan(1e-12);
    // σ²/(σ² + ε) with ε = 1e-5: one, to within ε/σ².
    expect(e.normalizedVariance).toBeCloseTo(1, 5);
    expect(e.normalizedVariance).toBeLessThan(1);
    expect(e.undoGap).toBeLessThan(1e-12);
    expect(e.biasEffect).toBeLessThan(1e-12);
    expect(e.scaleEffect).toBeLessThan(1e-5);
    expect(e.batchMean).toBeGreaterThan(4);
    expect(run.figures.steps.data).toHaveLength(3);
  });

  it('γ and β set the spread and the mean of the output', async () => {
    const run = await runSnippetFile(snippet, { knobs: { gamma: 2, beta: 3 } });
    expect(run.exports.engineGap as number).toBeLessThan(1e-12);
    const zTilde = (run.figures.steps.data[2] as { x: number[] }).x;
    const mean = zTilde.reduce((s, v) => s + v, 0) / zTilde.length;
    const variance = zTilde.reduce((s, v) => s + (v - mean) ** 2, 0) / zTilde.length;
    expect(mean).toBeCloseTo(3, 10);
    expect(variance).toBeCloseTo(4, 4);
  });
});
