import { binaryCrossEntropy, makeMoons, miniBatches, mlp, Rng, sgd } from '@engine';
import { knob, label, plot, progress } from '@snippet';

// Every power of two from 1 to m, the same number of epochs each: noise, progress and time per epoch.
const learningRate = knob('learningRate', 0.5, { min: 0.001, max: 3, log: true, label: 'α' });
const epochs = knob('epochs', 10, { min: 1, max: 50, step: 1, label: label({ en: 'epochs', zh: '轮数' }) });
const data = makeMoons({ n: 1024, noise: 0.2, seed: 2 });
const sizes = Array.from({ length: 11 }, (_, i) => 2 ** i); // 1, 2, 4, ..., 1024

const results = sizes.map((size, k) => {
  const model = mlp([2, 16, 8, 1], { seed: 1 });
  const optimizer = sgd(learningRate);
  const rng = new Rng(5);
  let iterations = 0;
  let fastestEpoch = Infinity; // the fastest epoch is the least disturbed by anything else the machine does
  for (let epoch = 0; epoch < epochs; epoch++) {
    const started = performance.now();
    for (const batch of miniBatches(data.x, data.y, size, rng)) {
      model.backward(binaryCrossEntropy.grad(model.forward(batch.x), batch.y));
      iterations++;
      optimizer.step(model.parameters());
    }
    fastestEpoch = Math.min(fastestEpoch, performance.now() - started);
  }
  progress((k + 1) / sizes.length);
  // Noise: at the shared starting weights, how much the cost seen by one mini-batch varies between batches.
  const start = mlp([2, 16, 8, 1], { seed: 1 });
  const seen = miniBatches(data.x, data.y, size, new Rng(9)).map((b) => binaryCrossEntropy.value(start.forward(b.x), b.y));
  const mean = seen.reduce((a, b) => a + b, 0) / seen.length;
  const noise = Math.sqrt(seen.reduce((s, c) => s + (c - mean) ** 2, 0) / seen.length);
  const cost = binaryCrossEntropy.value(model.forward(data.x), data.y);
  return { size, iterations, noise, cost, msPerEpoch: fastestEpoch };
});

const layout = (y: string) => ({ xaxis: { title: { text: label({ en: 'mini-batch size (log scale)', zh: '小批量大小（对数坐标）' }) }, type: 'log' as const }, yaxis: { title: { text: y } } });
const xs = sizes;
plot('cost', [{ x: xs, y: results.map((r) => r.cost), name: label({ en: `cost after ${epochs} epochs`, zh: `${epochs} 轮后的代价` }), mode: 'lines+markers' }],
  layout(label({ en: 'training-set cost J', zh: '训练集上的代价 J' })));
// The whole batch (one batch, no spread) is left off the log-scale noise plot.
plot('noise', [{ x: xs.slice(0, -1), y: results.slice(0, -1).map((r) => r.noise), name: label({ en: 'spread of the batch cost', zh: '批量代价的离散程度' }), mode: 'lines+markers' }],
  { ...layout(''), yaxis: { title: { text: label({ en: 'std of J over mini-batches', zh: 'J 在各小批量间的标准差' }) }, type: 'log' } });
const msAxis = label({ en: 'ms per epoch (this machine)', zh: '每轮毫秒数（本机）' });
plot('time', [{ x: xs, y: results.map((r) => r.msPerEpoch), name: label({ en: 'fastest epoch', zh: '最快的一轮' }), mode: 'lines+markers' }],
  { ...layout(msAxis), yaxis: { title: { text: msAxis }, type: 'log' } });

export const iterations = results.map((r) => r.iterations);
export const noise = results.map((r) => r.noise);
export const finalCost = results.map((r) => r.cost);
export const msPerEpoch = results.map((r) => r.msPerEpoch);
/** Spread of the batch cost at size 1 over size 64; √64 = 8 for independent examples. */
export const noiseRatio1To64 = noise[0] / noise[6];
/** How many mini-batches of 64 the spread at 64 was measured on, and the relative uncertainty of that spread, 1/√(2(n − 1)). */
export const batchesAt64 = Math.ceil(data.x.rows / 64);
export const spreadUncertaintyAt64 = 1 / Math.sqrt(2 * (batchesAt64 - 1));
export const bestSize = results.reduce((best, r) => (r.cost < best.cost ? r : best)).size;
for (const r of results) {
  console.log(label({
    en: `size ${r.size}: ${r.iterations} iterations, cost ${r.cost.toFixed(3)}, ${r.msPerEpoch.toFixed(1)} ms/epoch`,
    zh: `大小 ${r.size}：${r.iterations} 次迭代，代价 ${r.cost.toFixed(3)}，每轮 ${r.msPerEpoch.toFixed(1)} 毫秒`,
  }));
}
