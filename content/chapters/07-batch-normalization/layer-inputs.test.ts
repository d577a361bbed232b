import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./layer-inputs.ts', import.meta.url);


describe('layer-inputs', () => {
  it.each([
    ['default', {}],
    ['another unit', { unit: 5 }],
    ['a smaller α', { learningRate: 0.03 }],
  ] as const)('the values a deep layer receives drift much less with batch norm (%s)', async (_name, knobs) => {
    const run = await runSnippetFile(snippet, { knobs });
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
