import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./epochs.ts', import.meta.url);
const run = (knobs: Record<string, number> = {}) => runSnippetFile(snippet, { knobs });

describe('epochs.ts: iterations and epochs', () => {
  it('splits 1000 examples into 16 mini-batches of 64, the last keeping the 40 left over', async () => {
    const r = await run();
    expect(r.exports.batchesPerEpoch).toBe(16);
    expect(r.exports.lastBatchSize).toBe(1000 - 15 * 64);
    expect(r.exports.totalIterations).toBe(3 * 16);
    expect(r.exports.everyExampleOncePerEpoch).toBe(true);
    expect(r.exports.firstBatchChanges).toBe(true);
    const sizes = r.figures.sizes.data[0] as { y: number[] };
    expect(sizes.y.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(r.figures.shuffle.data).toHaveLength(3);
  });

  it('batch size 1 makes one iteration per example (stochastic); batch size m one per epoch (batch)', async () => {
    const sgd = await run({ batchSize: 1 });
    expect(sgd.exports.batchesPerEpoch).toBe(1000);
    expect(sgd.exports.totalIterations).toBe(3000);
    const batch = await run({ batchSize: 1000 });
    expect(batch.exports.batchesPerEpoch).toBe(1);
    expect(batch.exports.totalIterations).toBe(3);
    expect(batch.exports.everyExampleOncePerEpoch).toBe(true);
  });

  it('counts ⌈m / batch size⌉ iterations per epoch for other sizes', async () => {
    const r = await run({ examples: 5000, batchSize: 512 });
    expect(r.exports.batchesPerEpoch).toBe(Math.ceil(5000 / 512));
    expect(r.exports.lastBatchSize).toBe(5000 % 512);
  });
});
