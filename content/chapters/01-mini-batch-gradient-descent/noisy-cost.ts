import { binaryCrossEntropy, makeMoons, miniBatches, mlp, Rng, sgd } from '@engine';
import { knob, label, plot } from '@snippet';

// The cost of each iteration's own batch: smooth for batch GD, noisy for mini-batches.
const batchSize = knob('batchSize', 64, { min: 1, max: 1024, step: 1, label: label({ en: 'mini-batch size', zh: '小批量大小' }) });
const learningRate = knob('learningRate', 0.3, { min: 0.001, max: 3, log: true, label: 'α' });
const iterations = 300;
const data = makeMoons({ n: 1024, noise: 0.2, seed: 2 });

/** Trains a fresh copy of the same network; returns J{t} of the batch used at each step t. */
function costPerIteration(size: number): number[] {
  const model = mlp([2, 16, 8, 1], { seed: 1 }); // same initial weights every time
  const optimizer = sgd(learningRate);
  const rng = new Rng(5);
  const costs: number[] = [];
  while (costs.length < iterations) {
    for (const batch of miniBatches(data.x, data.y, size, rng)) {
      if (costs.length === iterations) break;
      const yHat = model.forward(batch.x);
      costs.push(binaryCrossEntropy.value(yHat, batch.y));
      model.backward(binaryCrossEntropy.grad(yHat, batch.y));
      optimizer.step(model.parameters());
    }
  }
  return costs;
}

/** How jumpy a curve is, once past the first plunge: the spread of the change from one step to the next. */
function jitter(all: number[]): number {
  const costs = all.slice(all.length / 2);
  const steps = costs.slice(1).map((c, t) => c - costs[t]);
  const mean = steps.reduce((a, b) => a + b, 0) / steps.length;
  return Math.sqrt(steps.reduce((a, d) => a + (d - mean) ** 2, 0) / steps.length);
}
const upsShare = (costs: number[]) => costs.slice(1).filter((c, t) => c > costs[t]).length / (costs.length - 1);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

const whole = costPerIteration(data.x.rows);
const mini = costPerIteration(batchSize);
const t = whole.map((_, i) => i + 1);
plot('cost', [
  { x: t, y: mini, name: label({ en: `mini-batch of ${batchSize}`, zh: `小批量（${batchSize}）` }), mode: 'lines', line: { width: 1 } },
  { x: t, y: whole, name: label({ en: 'whole batch (1024)', zh: '整批（1024）' }), mode: 'lines' },
], {
  xaxis: { title: { text: label({ en: 'iteration t', zh: '第 t 次迭代' }) } },
  yaxis: { title: { text: label({ en: 'cost J of that iteration\'s batch', zh: '该次迭代所用批量的代价 J' }) } },
});

export const jitterWhole = jitter(whole);
export const jitterMini = jitter(mini);
export const jitterRatio = jitterMini / jitterWhole;
export const upsWhole = upsShare(whole);
export const upsMini = upsShare(mini);
export const firstCostsMini = mean(mini.slice(0, 30));
export const lastCostsMini = mean(mini.slice(-30));
export const lastCostWhole = whole[whole.length - 1];
console.log(label({
  en: `cost went up at ${(100 * upsMini).toFixed(0)}% of mini-batch steps and ${(100 * upsWhole).toFixed(0)}% of whole-batch steps`,
  zh: `代价上升的步数：小批量占 ${(100 * upsMini).toFixed(0)}%，整批占 ${(100 * upsWhole).toFixed(0)}%`,
}));
