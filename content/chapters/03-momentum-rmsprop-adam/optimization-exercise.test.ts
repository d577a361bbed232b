import { afterEach, describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';
import { accuracy, adam, binaryCrossEntropy, makeMoons, miniBatches, mlp, momentum, Rng, sgd, Tensor } from '@engine';
import { setKernelPath, type KernelPath } from '../../../src/engine/ops/kernel-path';

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

  afterEach(() => setKernelPath('wasm'));

  /**
   * The exercise as a hand-written loop over the mini-batches (forward, backward, step), as the
   * snippet ran it before it called train(): the curves' values at epoch 1 and every 100 epochs,
   * and each network's ŷ over the snippet's grid after the last epoch.
   */
  function byHand(alpha: number, epochs: number) {
    const { x, y } = makeMoons({ n: 300, noise: 0.2, seed: 3 });
    const runs = [sgd(alpha), momentum(alpha, 0.9), adam(alpha, { beta1: 0.9, beta2: 0.999, epsilon: 1e-8 })].map((optimizer) => ({
      optimizer, model: mlp([2, 5, 2, 1], { hidden: 'relu', output: 'sigmoid', init: 'he', seed: 3 }), shuffle: new Rng(10), acc: [] as number[], cost: [] as number[],
    }));
    for (let epoch = 1; epoch <= epochs; epoch++) {
      for (const run of runs) {
        for (const batch of miniBatches(x, y, 64, run.shuffle)) {
          const yHat = run.model.forward(batch.x);
          run.model.backward(binaryCrossEntropy.grad(yHat, batch.y));
          run.optimizer.step(run.model.parameters());
        }
        if (epoch % 100 === 0 || epoch === 1) {
          const yHat = run.model.predict(x);
          run.acc.push(accuracy(yHat, y));
          run.cost.push(binaryCrossEntropy.value(yHat, y));
        }
      }
    }
    const gx = Array.from({ length: 61 }, (_, i) => -1.5 + i * (4 / 60));
    const gy = Array.from({ length: 41 }, (_, j) => -1 + j * (2.5 / 40));
    const grid = new Tensor(gy.flatMap((b) => gx.flatMap((a) => [a, b])), [gx.length * gy.length, 2]);
    return runs.map((run) => ({ acc: run.acc, cost: run.cost, boundary: Array.from(run.model.predict(grid).data) }));
  }

  // 250 epochs: the last 50 run after the last checkpoint, so the boundaries check them too.
  it.each(['ts', 'wasm'] as KernelPath[])('train() between the checkpoints gives exactly the hand-written loop\'s numbers (%s kernels)', async (path) => {
    setKernelPath(path);
    const run = await runSnippetFile(snippet, { knobs: { learningRate: 0.007, epochs: 250 } });
    const expected = byHand(0.007, 250);
    const curves = run.figures.accuracy.data as { y: number[] }[];
    expect(curves.map((c) => c.y)).toEqual(expected.map((e) => e.acc));
    const keys = ['gd', 'momentum', 'adam'] as const;
    expect(run.exports.finalCost).toEqual(Object.fromEntries(keys.map((key, i) => [key, expected[i].cost.at(-1)])));
    expect(run.exports.trainAccuracy).toEqual(Object.fromEntries(keys.map((key, i) => [key, expected[i].acc.at(-1)])));
    keys.forEach((key, i) => {
      const map = run.figures[`boundary-${key}`].data[0] as { z: number[][] };
      expect(map.z.flat()).toEqual(expected[i].boundary);
    });
  });
});
