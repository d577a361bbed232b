import { describe, expect, it, vi } from 'vitest';
import type { KnobValue } from '../../../src/runtime/snippet';

/** A fresh run of the snippet (fresh modules, so it runs again) with some knobs set. */
async function runWith(knobs: Record<string, KnobValue> = {}) {
  vi.resetModules();
  const { runSnippet } = await import('../../../src/runtime/node-host');
  return runSnippet(() => import('./layer-inputs.ts'), { knobs });
}

describe('layer-inputs', () => {
  it.each([
    ['default', {}],
    ['another unit', { unit: 5 }],
    ['a smaller α', { learningRate: 0.03 }],
  ] as const)('the values a deep layer receives drift much less with batch norm (%s)', async (_name, knobs) => {
    const run = await runWith(knobs);
    const { driftPlain, driftWithBatchNorm } = run.exports as Record<string, number>;
    expect(driftWithBatchNorm).toBeLessThan(0.3);
    expect(driftPlain).toBeGreaterThan(1);
    expect(driftPlain).toBeGreaterThan(5 * driftWithBatchNorm);
    for (const id of ['plain', 'batchNorm']) {
      expect(run.figures[id].data).toHaveLength(4);
      // Every value of the epoch: 300 examples.
      for (const trace of run.figures[id].data) expect((trace as { x: number[] }).x).toHaveLength(300);
    }
  });
});
