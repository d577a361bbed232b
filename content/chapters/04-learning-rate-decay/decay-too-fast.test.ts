import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./decay-too-fast.ts', import.meta.url);
type Acc = { fixed: number; everyEpoch: number; fixedInterval: number };

describe('decay-too-fast', () => {
  it('decaying every epoch from α0 = 0.1 stalls near 0.7; decaying every 500 epochs trains like a fixed α', async () => {
    const run = await runSnippetFile(snippet);
    const acc = run.exports.trainAccuracy as Acc;
    expect(acc.everyEpoch).toBeLessThan(0.75);
    expect(acc.fixedInterval).toBeGreaterThan(0.95);
    expect(acc.fixed).toBeGreaterThan(0.95);
    const alpha = run.exports.finalAlpha as Acc;
    expect(alpha.everyEpoch).toBeCloseTo(0.1 / 2000, 12); // α0/(1 + 1999)
    expect(alpha.fixedInterval).toBeCloseTo(0.1 / 4, 12); // α0/(1 + ⌊1999/500⌋)
    expect(Object.keys(run.figures)).toEqual(['accuracy', 'alpha']);
    expect((run.figures.accuracy.data[0] as { x: number[] }).x).toHaveLength(41); // epoch 1, then every 50
    expect(run.drawCount.accuracy).toBe(21); // streamed every 100 epochs, plus the final draw
  });

  it('with a 100x slower decay, decaying every epoch works again', async () => {
    const run = await runSnippetFile(snippet, { knobs: { decayRate: 0.01 } });
    expect((run.exports.trainAccuracy as Acc).everyEpoch).toBeGreaterThan(0.9);
  });
});
