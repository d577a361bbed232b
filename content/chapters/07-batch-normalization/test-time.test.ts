import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./test-time.ts', import.meta.url);


describe('test-time', () => {
  it.each([
    ['default', {}],
    ['a short memory', { momentum: 0.5 }],
  ] as const)('single examples need the running averages (%s)', async (_name, knobs) => {
    const run = await runSnippetFile(snippet, { knobs });
    const e = run.exports as Record<string, number>;
    expect(e.accuracyRunning).toBeGreaterThan(0.9);
    // A batch of one has σ² = 0: every example gets the same output, so one class wins everywhere.
    expect(e.distinctBatchOfOneOutputs).toBe(1);
    expect(e.accuracyBatchOfOne).toBeCloseTo(1 / 3, 10);
    // The running average lands close to the statistics of the whole training set.
    expect(Math.abs(e.runningMean - e.trainingSetMean)).toBeLessThan(0.05 * Math.abs(e.trainingSetMean));
    expect((run.figures.running.data[0] as { y: number[] }).y).toHaveLength(40 * 5);
    expect(run.figures.single.data).toHaveLength(2);
  });

  it('the running averages start at 0 and 1 with no bias correction, as the prose says', async () => {
    const { batchNorm } = await import('@engine');
    const fresh = batchNorm(3);
    expect(Array.from(fresh.runningMean)).toEqual([0, 0, 0]);
    expect(Array.from(fresh.runningVariance)).toEqual([1, 1, 1]);
    for (const momentum of [0.9, 0.5]) {
      const e = (await runSnippetFile(snippet, { knobs: { momentum } })).exports as Record<string, number>;
      // After the first mini-batch: β·0 + (1 − β)·μ, not μ (which a bias correction would give).
      expect(e.firstRunningMean).toBeCloseTo((1 - momentum) * e.firstBatchMean, 12);
      expect(Math.abs(e.firstBatchMean)).toBeGreaterThan(1e-4); // not a trivial 0 = 0
    }
  });
});
