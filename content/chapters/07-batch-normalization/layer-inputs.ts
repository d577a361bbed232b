import { Rng, makeSpirals, miniBatches, mlp, oneHot, sgd, softmaxCrossEntropy, type BatchNorm, type Dense } from '@engine';
import { knob, label, plot, progress, tick } from '@snippet';

const learningRate = knob('learningRate', 0.1, { min: 0.001, max: 1, log: true, label: 'α' });
const unit = knob('unit', 0, { min: 0, max: 15, step: 1, label: label({ en: 'unit of hidden layer 4', zh: '第 4 隐藏层的单元' }) });
const snapshots = [1, 5, 20, 60];

const data = makeSpirals({ n: 300, classes: 3, seed: 1 });
const y = oneHot(data.y, 3);

/** Trains an 8-hidden-layer network and records, per snapshot epoch, every value that one
 *  unit of hidden layer 4 passed to its ReLU during that epoch (z, or γ·z_norm + β with BN). */
async function record(withBatchNorm: boolean): Promise<number[][]> {
  const model = mlp([2, ...Array(8).fill(16), 3], { batchNorm: withBatchNorm, seed: 2 });
  const relus = model.layers.filter((layer) => layer.name.startsWith('relu'));
  const probe = model.layers[model.layers.indexOf(relus[3]) - 1] as Dense | BatchNorm; // just before the 4th ReLU
  const optimizer = sgd(learningRate);
  const rng = new Rng(3);
  const seen: number[][] = [];
  for (let epoch = 1; epoch <= snapshots[snapshots.length - 1]; epoch++) {
    const values: number[] = [];
    for (const batch of miniBatches(data.x, y, 64, rng)) {
      const yHat = model.forward(batch.x);
      values.push(...probe.output!.column(unit));
      model.backward(softmaxCrossEntropy.grad(yHat, batch.y));
      optimizer.step(model.parameters());
    }
    if (snapshots.includes(epoch)) seen.push(values);
    if (epoch % 10 === 0) { progress((epoch + (withBatchNorm ? 60 : 0)) / 120); await tick(); }
  }
  return seen;
}

/** Mean and standard deviation of a list of numbers. */
const moments = (xs: number[]) => {
  const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
  return { mean, std: Math.sqrt(xs.reduce((s, v) => s + (v - mean) ** 2, 0) / xs.length) };
};
/** How far the distribution moved from the first snapshot, in units of its first spread. */
const drift = (seen: number[][]) => {
  const first = moments(seen[0]);
  return Math.max(...seen.map((xs) => { const now = moments(xs); return (Math.abs(now.mean - first.mean) + Math.abs(now.std - first.std)) / first.std; }));
};

const plain = await record(false);
const normalized = await record(true);
for (const [id, seen] of [['plain', plain], ['batchNorm', normalized]] as const) {
  const withBatchNorm = id === 'batchNorm';
  plot(id, seen.map((xs, k) => ({ type: 'histogram', x: xs, name: label({ en: `epoch ${snapshots[k]}`, zh: `第 ${snapshots[k]} 轮` }), opacity: 0.55, nbinsx: 40 })), {
    barmode: 'overlay', title: { text: withBatchNorm ? label({ en: 'With batch norm: γ·z_norm + β', zh: '有批归一化：γ·z_norm + β' }) : label({ en: 'Without batch norm: z', zh: '无批归一化：z' }) },
    xaxis: { title: { text: label({ en: 'value fed to the ReLU', zh: '送入 ReLU 的值' }) } }, yaxis: { title: { text: label({ en: 'count in the epoch', zh: '本轮中的次数' }) } },
  });
}

/** Largest move of mean and spread away from epoch 1, relative to the epoch-1 spread. */
export const driftPlain = drift(plain);
export const driftWithBatchNorm = drift(normalized);
console.log(label({
  en: `drift without BN ${driftPlain.toFixed(2)}, with BN ${driftWithBatchNorm.toFixed(2)}`,
  zh: `漂移：无批归一化 ${driftPlain.toFixed(2)}，有批归一化 ${driftWithBatchNorm.toFixed(2)}`,
}));
