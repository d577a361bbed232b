import { Tensor, miniBatches, Rng } from '@engine';
import { knob, label, plot } from '@snippet';

// Iterations vs epochs: split m examples into mini-batches and count the steps.
const m = knob('examples', 1000, { min: 10, max: 5000, step: 10, label: label({ en: 'm (examples)', zh: 'm（样本数）' }) });
const batchSize = knob('batchSize', 64, { min: 1, max: 1024, step: 1, label: label({ en: 'mini-batch size', zh: '小批量大小' }) });
const epochs = 3;

// Each example carries its own number as its only feature, so we can see where it lands.
const ids = Array.from({ length: m }, (_, i) => i);
const x = new Tensor(ids, [m, 1]);
const y = new Tensor(ids.map((i) => i % 2), [m, 1]);
const rng = new Rng(7);

let iterations = 0;
const visits: number[][] = []; // visits[epoch][example] = times the example was used
const firstBatch: number[][] = [];
let sizes: number[] = [];
for (let epoch = 0; epoch < epochs; epoch++) {
  const batches = miniBatches(x, y, batchSize, rng); // a fresh shuffle every epoch
  sizes = batches.map((b) => b.x.rows);
  const count = new Array<number>(m).fill(0);
  for (const batch of batches) {
    for (const id of batch.x.data) count[id]++;
    iterations++; // one gradient step per mini-batch
  }
  visits.push(count);
  firstBatch.push([...batches[0].x.data]);
}

plot('sizes', [{ type: 'bar', x: sizes.map((_, t) => t + 1), y: sizes, name: label({ en: 'examples per mini-batch', zh: '每个小批量的样本数' }) }], {
  title: { text: label({ en: `One epoch = ${sizes.length} iterations`, zh: `一轮 = ${sizes.length} 次迭代` }) },
  xaxis: { title: { text: label({ en: 'mini-batch t', zh: '第 t 个小批量' }) } },
  yaxis: { title: { text: label({ en: 'examples in the mini-batch', zh: '该小批量中的样本数' }) } },
});
plot('shuffle', firstBatch.map((batch, e) => ({
  type: 'scatter', mode: 'markers', x: batch, y: batch.map(() => e + 1), name: label({ en: `epoch ${e + 1}`, zh: `第 ${e + 1} 轮` }),
})), {
  title: { text: label({ en: 'Which examples form the first mini-batch', zh: '第一个小批量由哪些样本组成' }) },
  xaxis: { title: { text: label({ en: 'example number', zh: '样本编号' }) }, range: [0, m] },
  yaxis: { title: { text: label({ en: 'epoch', zh: '轮' }) }, dtick: 1 },
});

export const batchesPerEpoch = sizes.length;
export const lastBatchSize = sizes[sizes.length - 1];
export const totalIterations = iterations;
export const everyExampleOncePerEpoch = visits.every((count) => count.every((c) => c === 1));
export const firstBatchChanges = firstBatch[0].some((id, k) => id !== firstBatch[1][k]);
console.log(label({
  en: `${m} examples, batch size ${batchSize}: ${batchesPerEpoch} iterations per epoch, ${totalIterations} in ${epochs} epochs`,
  zh: `${m} 个样本，小批量大小 ${batchSize}：每轮 ${batchesPerEpoch} 次迭代，${epochs} 轮共 ${totalIterations} 次`,
}));
