import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./panda.ts', import.meta.url);

type Exports = { alphaHistory: number[]; trainCost: number[]; devAccuracy: number[]; finalCost: number; finalDevAccuracy: number };

describe('panda', () => {
  it('one model trains epoch by epoch with the live α, streaming its curves', async () => {
    const run = await runSnippetFile(snippet);
    const e = run.exports as unknown as Exports;
    expect(run.knobs[0]).toMatchObject({ kind: 'number', name: 'learningRate', live: true });
    expect(e.alphaHistory).toHaveLength(150);
    expect(new Set(e.alphaHistory)).toEqual(new Set([0.01]));
    expect(e.finalCost).toBeLessThan(e.trainCost[0] / 2);
    expect(e.finalDevAccuracy).toBeGreaterThan(0.9);
    expect(run.drawCount.panda).toBe(30);
    expect(run.figures.panda.data).toHaveLength(3);
    expect(run.progress).toBe(1);
  });

  it('a learning rate far too small leaves the model untrained', async () => {
    const run = await runSnippetFile(snippet, { knobs: { learningRate: 1e-4 } });
    const e = run.exports as unknown as Exports;
    expect(new Set(e.alphaHistory)).toEqual(new Set([1e-4]));
    expect(e.finalDevAccuracy).toBeLessThan(0.9);
  });
});
