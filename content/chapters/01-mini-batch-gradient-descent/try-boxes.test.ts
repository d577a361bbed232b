import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

// The answers the chapter's Try boxes reveal, checked with the knob values each box asks for. (What the
// snippets' own tests already check, such as the α = 0.02 sweep, is not repeated here.)
const run = (file: string, knobs: Record<string, number> = {}) => runSnippetFile(new URL(file, import.meta.url), { knobs });

type Three = { batch: number; mini: number; stochastic: number };

describe('paths-on-contours.ts: mini-batch size 2 and 128, then half the learning rate', () => {
  it('size 2 wanders nearly as far as single examples; size 128 settles several times closer than 16, not on the minimum', async () => {
    const at16 = (await run('paths-on-contours.ts')).exports.settleDistance as Three;
    const at2 = (await run('paths-on-contours.ts', { batchSize: 2 })).exports.settleDistance as Three;
    const at128 = (await run('paths-on-contours.ts', { batchSize: 128 })).exports.settleDistance as Three;
    expect(at2.mini).toBeGreaterThan(0.8 * at2.stochastic);
    expect(at128.mini).toBeLessThan(at16.mini / 3);
    expect(at128.mini).toBeGreaterThan(10 * at128.batch);
  });

  it('α = 0.1 brings the noisy paths closer and leaves the batch path short of the minimum, until it gets 160 iterations', async () => {
    const before = (await run('paths-on-contours.ts')).exports.settleDistance as Three;
    const after = (await run('paths-on-contours.ts', { learningRate: 0.1 })).exports.settleDistance as Three;
    expect(after.stochastic).toBeLessThan(before.stochastic);
    expect(after.mini).toBeLessThan(before.mini);
    expect(after.batch).toBeGreaterThan(10 * before.batch);
    const longer = (await run('paths-on-contours.ts', { learningRate: 0.1, iterations: 160 })).exports.settleDistance as Three;
    expect(longer.batch).toBeLessThan(0.01);
  });
});

describe('epochs.ts: the slider at its right end', () => {
  it('a mini-batch size of 1024 leaves one mini-batch of all 1000 examples', async () => {
    const r = await run('epochs.ts', { batchSize: 1024 });
    expect(r.exports.batchesPerEpoch).toBe(1);
    expect(r.exports.lastBatchSize).toBe(1000);
  });
});

describe('noisy-cost.ts: mini-batches of one example, and of the whole set', () => {
  it('size 1 still goes down on average, with single-example costs from near 0 to above 10', async () => {
    const one = await run('noisy-cost.ts', { batchSize: 1 });
    const e = one.exports as { firstCostsMini: number; lastCostsMini: number; jitterMini: number };
    expect(e.lastCostsMini).toBeLessThan(e.firstCostsMini);
    const costs = (one.figures.cost.data[0] as { y: number[] }).y.slice(150);
    expect(Math.min(...costs)).toBeLessThan(0.01);
    expect(Math.max(...costs)).toBeGreaterThan(10);
    const at64 = (await run('noisy-cost.ts')).exports as { jitterMini: number };
    expect(e.jitterMini).toBeGreaterThan(20 * at64.jitterMini); // "dozens of times larger"
  });

  it('size 1024 takes exactly the steps of the whole batch', async () => {
    const all = await run('noisy-cost.ts', { batchSize: 1024 });
    const [mini, whole] = all.figures.cost.data as { y: number[] }[];
    expect(mini.y).toEqual(whole.y);
  });
});

describe('cost-vs-time.ts at α = 0.03', () => {
  it('stochastic GD gets below 0.3 within a third of its first epoch; mini-batches need about ten epochs; the whole batch never', async () => {
    const r = await run('cost-vs-time.ts', { learningRate: 0.03 });
    const [stochastic, mini, batch] = r.figures.iterations.data as { x: number[]; y: number[] }[];
    const firstBelow = (trace: { x: number[]; y: number[] }, cost: number) => trace.x[trace.y.findIndex((c) => c < cost)];
    expect(firstBelow(stochastic, 0.3)).toBeLessThanOrEqual(1024 / 3);
    const miniEpochs = firstBelow(mini, 0.3) / 16;
    expect(miniEpochs).toBeGreaterThan(7);
    expect(miniEpochs).toBeLessThan(14);
    expect(firstBelow(batch, 0.3)).toBeUndefined();
  });
});
