import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./mnist.ts', import.meta.url);


describe('mnist', () => {
  it('softmax regression reaches about 90% on 1000 unseen test digits', async () => {
    const run = await runSnippetFile(snippet);
    const e = run.exports as { testAccuracy: number; trainAccuracy: number; confusion: number[][]; mistakes: number[] };
    expect(e.testAccuracy).toBeGreaterThan(0.88);
    expect(e.testAccuracy).toBeLessThan(0.95);
    const total = e.confusion.flat().reduce((s, v) => s + v, 0);
    const diagonal = e.confusion.reduce((s, row, d) => s + row[d], 0);
    expect(total).toBe(1000);
    expect(diagonal / total).toBeCloseTo(e.testAccuracy, 12);
    expect(e.mistakes).toHaveLength(total - diagonal);
    // The commonest confusion is the largest count off the diagonal.
    const [actual, predicted, count] = (run.exports as { commonestMistake: number[] }).commonestMistake;
    expect(actual).not.toBe(predicted);
    expect(count).toBe(e.confusion[actual][predicted]);
    e.confusion.forEach((row, i) => row.forEach((n, j) => i !== j && expect(n).toBeLessThanOrEqual(count)));
    const strip = run.figures.mistakes.data[0] as { z: number[][] };
    expect(strip.z).toHaveLength(28);
    expect(strip.z[0]).toHaveLength(4 * 29);
    expect((run.figures.cost.data[0] as { y: number[] }).y).toHaveLength(5 * Math.ceil(3000 / 64));
    // The slider's largest setting must fit the bundled subset (8630 images can be drawn balanced).
    const slider = run.knobs.find((k) => k.name === 'trainSize');
    expect(slider?.kind === 'number' && slider.options.max + 1000).toBeLessThanOrEqual(8630);
  });

  it('less data and less training give a worse model', async () => {
    const e = (await runSnippetFile(snippet, { knobs: { trainSize: 500, epochs: 1 } })).exports as { testAccuracy: number };
    expect(e.testAccuracy).toBeLessThan(0.88);
    expect(e.testAccuracy).toBeGreaterThan(0.5);
  });
});
