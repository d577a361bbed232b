import { accuracy, adam, binaryCrossEntropy, makeMoons, miniBatches, mlp, Rng, trainTestSplit } from '@engine';
import { label, liveKnob, plot, progress, tick } from '@snippet';

// Panda: one model, watched epoch by epoch. Move the α slider WHILE it trains: the new value
// is read at the start of every epoch, as a babysitter would nudge it after looking at the curve.
const learningRate = liveKnob('learningRate', 0.01, { min: 1e-4, max: 1, log: true, label: label({ en: 'α (live)', zh: 'α（训练中可调）' }) });
const epochs = 150;

const all = makeMoons({ n: 500, noise: 0.25, seed: 4 });
const { train, test: dev } = trainTestSplit(all.x, all.y, { testFraction: 0.4, seed: 5 });
const model = mlp([2, 16, 16, 1], { seed: 6 });
const optimizer = adam(learningRate());
const shuffle = new Rng(7);

export const alphaHistory: number[] = [];
export const trainCost: number[] = [];
export const devAccuracy: number[] = [];
for (let epoch = 0; epoch < epochs; epoch++) {
  optimizer.learningRate = learningRate();
  for (const batch of miniBatches(train.x, train.y, 32, shuffle)) {
    model.backward(binaryCrossEntropy.grad(model.forward(batch.x), batch.y));
    optimizer.step(model.parameters());
  }
  alphaHistory.push(optimizer.learningRate);
  trainCost.push(binaryCrossEntropy.value(model.predict(train.x), train.y));
  devAccuracy.push(accuracy(model.predict(dev.x), dev.y));
  if (epoch % 5 === 4 || epoch === epochs - 1) {
    const x = trainCost.map((_, k) => k + 1);
    plot('panda', [
      { x, y: trainCost, name: label({ en: 'training cost', zh: '训练集代价' }) },
      { x, y: devAccuracy, name: label({ en: 'dev accuracy', zh: '开发集准确率' }), yaxis: 'y2' },
      { x, y: alphaHistory, name: 'α', yaxis: 'y3', line: { dash: 'dot' } },
    ], {
      xaxis: { title: { text: label({ en: 'epoch', zh: '轮次' }) }, domain: [0, 0.85] },
      yaxis: { title: { text: label({ en: 'cost', zh: '代价' }) } },
      yaxis2: { title: { text: label({ en: 'accuracy', zh: '准确率' }) }, overlaying: 'y', side: 'right', range: [0.4, 1] },
      yaxis3: { title: { text: 'α' }, type: 'log', overlaying: 'y', side: 'right', position: 0.97, anchor: 'free' },
    });
    progress((epoch + 1) / epochs);
  }
  await tick(); // lets a slider move reach this loop
}
export const finalCost = trainCost[epochs - 1];
export const finalDevAccuracy = devAccuracy[epochs - 1];
