import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

// The answers the chapter's Try boxes reveal, checked with the knob values each box asks for. (The 100 trials of
// grid-vs-random.ts are checked in its own test.)
const run = (file: string, knobs: Record<string, number>) => runSnippetFile(new URL(file, import.meta.url), { knobs });

describe('panda.ts: α dragged to 0.5 during training, then back to 0.01', () => {
  it('the cost jumps from 0.15 to about 0.35 and dev accuracy falls from about 90% to 85%; and back at 0.01 it stays near 0.31 instead of recovering', async () => {
    // A live knob is read once when declared, once for the optimizer, then once per epoch: this getter plays
    // the reader who moves the slider to 0.5 for epochs 50 to 80 (indices 49 to 79) and back.
    let reads = 0;
    const knobs = { get learningRate() { reads++; return reads >= 52 && reads <= 82 ? 0.5 : 0.01; } };
    const e = (await run('panda.ts', knobs)).exports as { alphaHistory: number[]; trainCost: number[]; devAccuracy: number[] };
    expect(e.alphaHistory.indexOf(0.5)).toBe(49);
    expect(e.alphaHistory.lastIndexOf(0.5)).toBe(79);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(e.trainCost[48]).toBeCloseTo(0.15, 1);
    expect(mean(e.devAccuracy.slice(39, 49))).toBeCloseTo(0.9, 1);
    expect(mean(e.trainCost.slice(50, 80))).toBeCloseTo(0.35, 1);
    expect(mean(e.devAccuracy.slice(50, 80))).toBeCloseTo(0.85, 1);
    expect(mean(e.devAccuracy.slice(50, 80))).toBeLessThan(mean(e.devAccuracy.slice(39, 49)) - 0.03);
    for (const cost of e.trainCost.slice(80)) {
      expect(cost).toBeGreaterThan(0.29);
      expect(cost).toBeLessThan(0.33);
    }
  });
});

describe('caviar.ts with 60 epochs each', () => {
  it('the small learning rates catch up, the largest ones gain nothing', async () => {
    type Exports = { coarseAlphas: number[]; coarseAccuracies: number[] };
    const short = (await run('caviar.ts', {})).exports as Exports;
    const long = (await run('caviar.ts', { epochs: 60 })).exports as Exports;
    expect(long.coarseAlphas).toEqual(short.coarseAlphas);
    const at = (test: (alpha: number) => boolean) =>
      short.coarseAlphas.flatMap((alpha, i) => (test(alpha) ? [[short.coarseAccuracies[i], long.coarseAccuracies[i]]] : []));
    const tiny = at((alpha) => alpha < 1e-3).sort(([a], [b]) => a - b);
    expect(tiny.map(([before, after]) => [Math.round(100 * before), Math.round(100 * after)])).toEqual([[66, 81], [77, 85]]);
    for (const [before, after] of at((alpha) => alpha > 4e-3 && alpha < 7e-3)) {
      expect(before).toBeCloseTo(0.87, 1);
      expect(after).toBeCloseTo(0.91, 1);
    }
    const top = at((alpha) => alpha > 0.3);
    expect(top).toHaveLength(3);
    for (const [before, after] of top) {
      expect(after).toBeLessThan(before);
      expect(after).toBeGreaterThanOrEqual(0.84);
      expect(after).toBeLessThanOrEqual(0.92);
    }
  });
});
