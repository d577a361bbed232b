import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./notebook-decay.ts', import.meta.url);

type Acc = { gdEveryEpoch: number; gdInterval: number; momentumInterval: number; adamInterval: number };

describe('notebook-decay', () => {
  it("prints the notebook's accuracies with decay after 5000 epochs: 0.6533, 0.9433, 0.9533, 0.94", async () => {
    const run = await runSnippetFile(snippet);
    const acc = run.exports.trainAccuracy as Acc;
    expect([acc.gdEveryEpoch, acc.gdInterval, acc.momentumInterval, acc.adamInterval].map((a) => a.toFixed(4)))
      .toEqual(['0.6533', '0.9433', '0.9533', '0.9400']);
    expect([acc.gdEveryEpoch, acc.gdInterval, acc.momentumInterval, acc.adamInterval].map((a) => Math.round(a * 300)))
      .toEqual([196, 283, 286, 282]);
    expect(run.logs).toHaveLength(4);
    expect(run.logs[0]).toBe('GD, α0 = 0.1, decay every epoch   Accuracy: 0.6533   (notebook, 5000 epochs: 0.6533)');
    expect(Object.keys(run.figures)).toEqual(['accuracy', 'boundary-gdEveryEpoch', 'boundary-gdInterval', 'boundary-momentumInterval', 'boundary-adamInterval']);
    expect(run.drawCount.accuracy).toBe(20);
    expect(run.progress).toBe(1);
  });
});
