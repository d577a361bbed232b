import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./optimization-exercise.ts', import.meta.url);

type Acc = { gd: number; momentum: number; adam: number };

describe('optimization-exercise', () => {
  it('at α = 0.0007 after 2000 epochs GD and momentum are still around 0.73 while Adam is above 0.95', async () => {
    const run = await runSnippetFile(snippet);
    const acc = run.exports.trainAccuracy as Acc;
    expect(acc.gd).toBeGreaterThan(0.7);
    expect(acc.gd).toBeLessThan(0.8);
    expect(Math.abs(acc.momentum - acc.gd)).toBeLessThan(0.02); // momentum barely helps at this tiny α
    expect(acc.adam).toBeGreaterThan(0.95);
    const cost = run.exports.finalCost as Acc;
    expect(cost.adam).toBeLessThan(cost.gd / 2);
    expect(Object.keys(run.figures)).toEqual(['accuracy', 'boundary-gd', 'boundary-momentum', 'boundary-adam']);
    const curves = run.figures.accuracy.data as { x: number[] }[];
    expect(curves).toHaveLength(3);
    expect(curves[0].x).toHaveLength(21); // epoch 1, then every 100 epochs
    expect(run.drawCount.accuracy).toBe(21); // streamed: redrawn every 100 epochs, plus the final draw
    const map = run.figures['boundary-adam'].data[0] as { type: string; z: number[][] };
    expect(map.type).toBe('heatmap');
    expect(map.z).toHaveLength(41);
    expect(map.z[0]).toHaveLength(61);
    expect(run.progress).toBe(1);
  });

  it('at the notebook\'s 5000 epochs GD creeps on (about 0.85) and Adam stays far ahead', async () => {
    const run = await runSnippetFile(snippet, { knobs: { epochs: 5000 } });
    const acc = run.exports.trainAccuracy as Acc;
    expect(acc.gd).toBeGreaterThan(0.8);
    expect(acc.gd).toBeLessThan(0.9);
    expect(acc.adam).toBeGreaterThan(acc.gd + 0.08);
  });

  it('with a 10x larger α plain GD catches up: the gap comes from the step size, not from the network', async () => {
    const run = await runSnippetFile(snippet, { knobs: { learningRate: 0.007, epochs: 2000 } });
    const acc = run.exports.trainAccuracy as Acc;
    expect(acc.gd).toBeGreaterThan(0.85);
  });
});
