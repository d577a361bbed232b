import { describe, expect, it, vi } from 'vitest';
import type { KnobValue } from '../../../src/runtime/snippet';

/** A fresh run of the snippet (fresh modules, so it runs again) with some knobs set. */
async function runWith(knobs: Record<string, KnobValue> = {}) {
  vi.resetModules();
  const { runSnippet } = await import('../../../src/runtime/node-host');
  return runSnippet(() => import('./with-and-without.ts'), { knobs });
}

type PerRun = { plain: number[]; batchNorm: number[] };
type Exports = { finalLoss: PerRun; finalAccuracy: PerRun; learningRates: number[]; chanceLoss: number };

describe('with-and-without', () => {
  it('8 hidden layers: batch norm ends lower at every α, and plain gradient descent stalls at α = 1', async () => {
    const run = await runWith();
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
    const run = await runWith({ hiddenLayers: 4, epochs: 40 });
    const e = run.exports as Exports;
    expect(e.learningRates).toEqual([0.01, 0.1, 1]);
    e.learningRates.forEach((_, i) => expect(e.finalLoss.batchNorm[i]).toBeLessThan(e.finalLoss.plain[i]));
    for (const trace of run.figures.loss.data) expect((trace as { y: number[] }).y).toHaveLength(40);
  });
});
