import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./caviar.ts', import.meta.url);

type Result = { alpha: number; devAccuracy: number };
type Exports = { coarseBest: Result; fineBest: Result; coarseAlphas: number[]; fineAlphas: number[]; coarseAccuracies: number[]; fineAccuracies: number[] };

describe('caviar', () => {
  it('a coarse random search finds the good learning rates, the fine round zooms in around them', async () => {
    const run = await runSnippetFile(snippet);
    const e = run.exports as unknown as Exports;
    expect(e.coarseAlphas).toHaveLength(16);
    expect(e.fineAlphas).toHaveLength(16);
    for (const a of e.coarseAlphas) expect(a >= 1e-4 && a <= 1).toBe(true);
    // The learning rate decides everything here: the worst coarse models are near chance, the best learn.
    expect(Math.min(...e.coarseAccuracies)).toBeLessThan(0.7);
    expect(e.coarseBest.devAccuracy).toBeGreaterThan(0.85);
    // The tiny learning rates cannot learn in 30 epochs.
    const tiny = e.coarseAlphas.map((a, i) => [a, e.coarseAccuracies[i]]).filter(([a]) => a < 1e-3);
    expect(tiny.length).toBeGreaterThan(0);
    for (const [, acc] of tiny) expect(acc).toBeLessThan(0.8);
    // The fine round stays within a factor of 4 of the coarse best and does at least as well.
    for (const a of e.fineAlphas) expect(Math.abs(Math.log10(a / e.coarseBest.alpha))).toBeLessThanOrEqual(0.6 + 1e-12);
    expect(e.fineBest.devAccuracy).toBeGreaterThanOrEqual(e.coarseBest.devAccuracy - 0.02);
    const fineMean = e.fineAccuracies.reduce((s, v) => s + v, 0) / 16, coarseMean = e.coarseAccuracies.reduce((s, v) => s + v, 0) / 16;
    expect(fineMean).toBeGreaterThan(coarseMean);
    // Too large is as bad as too small: the largest α of the fine round falls far below the best.
    const all = [...e.coarseAlphas, ...e.fineAlphas], accs = [...e.coarseAccuracies, ...e.fineAccuracies];
    const largest = all.indexOf(Math.max(...all));
    expect(all[largest]).toBeGreaterThan(0.5);
    expect(accs[largest]).toBeLessThan(e.fineBest.devAccuracy - 0.2);
    expect(run.figures.search.data).toHaveLength(2);
    expect(run.drawCount.search).toBe(32); // redrawn as each model finishes
    expect(run.progress).toBe(1);
  });

  it('runs with other knob values', async () => {
    const run = await runSnippetFile(snippet, { knobs: { models: 6, epochs: 10 } });
    const e = run.exports as unknown as Exports;
    expect(e.coarseAlphas).toHaveLength(6);
    expect(run.drawCount.search).toBe(12);
    // Same learning rates (the draws do not depend on epochs), three times the training:
    // the small learning rates catch up.
    const longer = await runSnippetFile(snippet, { knobs: { models: 6, epochs: 30 } });
    const l = longer.exports as unknown as Exports;
    expect(l.coarseAlphas).toEqual(e.coarseAlphas);
    const smallest = e.coarseAlphas.indexOf(Math.min(...e.coarseAlphas));
    expect(l.coarseAccuracies[smallest]).toBeGreaterThan(e.coarseAccuracies[smallest]);
  });
});
