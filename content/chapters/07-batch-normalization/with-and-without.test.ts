import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./with-and-without.ts', import.meta.url);


type PerRun = { plain: number[]; batchNorm: number[] };
type Exports = { finalLoss: PerRun; finalAccuracy: PerRun; learningRates: number[]; chanceLoss: number };

describe('with-and-without', () => {
  it('8 hidden layers: batch norm ends lower at every α, and plain gradient descent stalls at α = 1', async () => {
    const run = await runSnippetFile(snippet);
    const e = run.exports as Exports;
    expect(e.learningRates).toEqual([0.01, 0.1, 1]);
    e.learningRates.forEach((_, i) => expect(e.finalLoss.batchNorm[i]).toBeLessThan(e.finalLoss.plain[i]));
    // Stalled: the cost of answering 1/3 everywhere, and chance accuracy.
    expect(Math.abs(e.finalLoss.plain[2] - e.chanceLoss)).toBeLessThan(0.01);
    expect(e.finalAccuracy.plain[2]).toBeLessThan(0.4);
    expect(e.finalLoss.batchNorm[2]).toBeLessThan(0.2);
    expect(e.finalAccuracy.batchNorm[2]).toBeGreaterThan(0.9);
    expect(run.figures.loss.data).toHaveLength(6);
    for (const trace of run.figures.loss.data) expect((trace as { y: number[] }).y).toHaveLength(60);
  });

  it('4 hidden layers: batch norm still ends lower at every α', async () => {
    const run = await runSnippetFile(snippet, { knobs: { hiddenLayers: 4, epochs: 40 } });
    const e = run.exports as Exports;
    expect(e.learningRates).toEqual([0.01, 0.1, 1]);
    e.learningRates.forEach((_, i) => expect(e.finalLoss.batchNorm[i]).toBeLessThan(e.finalLoss.plain[i]));
    for (const trace of run.figures.loss.data) expect((trace as { y: number[] }).y).toHaveLength(40);
  });
});
