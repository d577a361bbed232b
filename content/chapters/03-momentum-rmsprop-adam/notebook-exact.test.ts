import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./notebook-exact.ts', import.meta.url);
type Acc = { gd: number; momentum: number; adam: number };
const fourDigits = (a: Acc) => [a.gd, a.momentum, a.adam].map((v) => v.toFixed(4));

describe('notebook-exact', () => {
  it("prints the course notebook's own accuracies after 5000 epochs: 0.7167, 0.7167, 0.9433", async () => {
    const run = await runSnippetFile(snippet);
    const acc = run.exports.trainAccuracy as Acc;
    expect(fourDigits(acc)).toEqual(['0.7167', '0.7167', '0.9433']);
    // 300 examples: these are exactly 215, 215 and 283 right
    expect([acc.gd, acc.momentum, acc.adam].map((a) => Math.round(a * 300))).toEqual([215, 215, 283]);
    expect(run.exports.rightCount).toEqual({ gd: 215, momentum: 215, adam: 283 }); // the counts the chapter states
    expect(run.logs).toEqual([
      'mini-batch GD Accuracy: 0.7167   (the notebook printed 0.7167 after 5000 epochs)',
      'momentum      Accuracy: 0.7167   (the notebook printed 0.7167 after 5000 epochs)',
      'Adam          Accuracy: 0.9433   (the notebook printed 0.9433 after 5000 epochs)',
    ]);
    expect(Object.keys(run.figures)).toEqual(['accuracy', 'boundary-gd', 'boundary-momentum', 'boundary-adam']);
    expect((run.figures.accuracy.data[0] as { x: number[] }).x).toHaveLength(50);
    expect(run.drawCount.accuracy).toBe(20); // streamed every 250 epochs
    expect(run.progress).toBe(1);
  });

  it('with the older notebook\'s 10000 epochs it prints that notebook\'s 0.7967, 0.7967, 0.94', async () => {
    const run = await runSnippetFile(snippet, { knobs: { epochs: 10000 } });
    expect(fourDigits(run.exports.trainAccuracy as Acc)).toEqual(['0.7967', '0.7967', '0.9400']);
  });
});
