import { describe, expect, it, vi } from 'vitest';
import type { KnobValue } from '../../../src/runtime/snippet';

/** A fresh run of the snippet (fresh modules, so it runs again) with some knobs set. */
async function runWith(knobs: Record<string, KnobValue> = {}) {
  vi.resetModules();
  const { runSnippet } = await import('../../../src/runtime/node-host');
  return runSnippet(() => import('./with-and-without.ts'), { knobs });
}

type Exports = { finalLoss: Record<string, number>; finalAccuracy: Record<string, number>; learningRates: number[]; chanceLoss: number };

describe('with-and-without', () => {
  it('8 hidden layers: batch norm ends lower at every α, and plain gradient descent stalls at α = 1', async () => {
    const run = await runWith();
    const e = run.exports as Exports;
    for (const alpha of e.learningRates) expect(e.finalLoss[`BN, α = ${alpha}`]).toBeLessThan(e.finalLoss[`plain, α = ${alpha}`]);
    // Stalled: the cost of answering 1/3 everywhere, and chance accuracy.
    expect(Math.abs(e.finalLoss['plain, α = 1'] - e.chanceLoss)).toBeLessThan(0.01);
    expect(e.finalAccuracy['plain, α = 1']).toBeLessThan(0.4);
    expect(e.finalLoss['BN, α = 1']).toBeLessThan(0.2);
    expect(e.finalAccuracy['BN, α = 1']).toBeGreaterThan(0.9);
    expect(run.figures.loss.data).toHaveLength(6);
    for (const trace of run.figures.loss.data) expect((trace as { y: number[] }).y).toHaveLength(60);
  });

  it('4 hidden layers: batch norm still ends lower at every α', async () => {
    const run = await runWith({ hiddenLayers: 4, epochs: 40 });
    const e = run.exports as Exports;
    for (const alpha of e.learningRates) expect(e.finalLoss[`BN, α = ${alpha}`]).toBeLessThan(e.finalLoss[`plain, α = ${alpha}`]);
    for (const trace of run.figures.loss.data) expect((trace as { y: number[] }).y).toHaveLength(40);
  });
});
