import { Rng, Sequential, Tensor, accuracy, batchNorm, dense, makeSpirals, miniBatches, oneHot, relu, sgd, softmax, softmaxCrossEntropy, type BatchNorm, type Dense } from '@engine';
import { formulaHover, knob, label, plot } from '@snippet';

const momentum = knob('momentum', 0.9, { min: 0.5, max: 0.99, step: 0.01, label: label({ en: 'β of the running averages', zh: '滑动平均的 β' }) });
const epochs = 40;

// Batch norm fitted in by hand: Z = W·A (no b), then BN's γ, β, then the activation.
const rng = new Rng(2);
const model = new Sequential([
  dense(2, 32, { useBias: false, rng }), batchNorm(32, { momentum }), relu(),
  dense(32, 32, { useBias: false, rng }), batchNorm(32, { momentum }), relu(),
  dense(32, 3, { rng }), softmax(),
]);
const train = makeSpirals({ n: 300, classes: 3, seed: 1 });
const test = makeSpirals({ n: 300, classes: 3, seed: 9, noise: 0.2 });
const yTrain = oneHot(train.y, 3), yTest = oneHot(test.y, 3);
const [watchedDense, watchedNorm] = [model.layers[3] as Dense, model.layers[4] as BatchNorm]; // layer 2

const batchMeans: number[] = [], runningMeans: number[] = [];
const optimizer = sgd(0.1), order = new Rng(3);
for (let epoch = 0; epoch < epochs; epoch++) {
  for (const batch of miniBatches(train.x, yTrain, 64, order)) {
    const yHat = model.forward(batch.x); // training mode: this batch's μ, σ²; updates the running ones
    batchMeans.push(watchedNorm.batchMean[0]);
    runningMeans.push(watchedNorm.runningMean[0]);
    model.backward(softmaxCrossEntropy.grad(yHat, batch.y));
    optimizer.step(model.parameters());
  }
}

// What running the final network over the whole training set would give instead (the other option).
model.predict(train.x);
const z = watchedDense.output!.column(0);
/** The first mini-batch's μ and the running average after it: no bias correction, so (1 − β)·μ, from a start at 0. */
export const firstBatchMean = batchMeans[0];
export const firstRunningMean = runningMeans[0];
/** μ of unit 1 of layer 2 over the whole training set, and its running average kept during training. */
export const trainingSetMean = z.reduce((s, v) => s + v, 0) / z.length;
export const runningMean = watchedNorm.runningMean[0];

// Test time, one example at a time. With running statistics:
const oneAtATime = (training: boolean) => Array.from({ length: test.x.rows }, (_, i) =>
  Array.from(model.forward(new Tensor(test.x.data.slice(2 * i, 2 * i + 2), [1, 2]), { training }).data));
const withRunning = oneAtATime(false);
// With the statistics of a "batch" of one (last: training mode also moves the running averages).
const withBatchOfOne = oneAtATime(true);
/** Test accuracy of single examples: running averages against batch-of-one statistics. */
export const accuracyRunning = accuracy(Tensor.from(withRunning), yTest);
export const accuracyBatchOfOne = accuracy(Tensor.from(withBatchOfOne), yTest);
/** Distinct outputs over all test examples with batch-of-one statistics (σ² = 0, so z_norm = 0 and Z̃ = β). */
export const distinctBatchOfOneOutputs = new Set(withBatchOfOne.map((p) => p.map((v) => v.toFixed(12)).join())).size;

plot('running', [
  { y: batchMeans, name: label({ en: 'μ of each mini-batch', zh: '各小批量的 μ' }), mode: 'markers', marker: { size: 3 } },
  {
    y: runningMeans, name: label({ en: 'running average (test-time μ)', zh: '滑动平均（测试时用的 μ）' }),
    // Hover a step for the running average's update with that step's numbers.
    ...formulaHover(runningMeans.map((r, k) =>
      `μ_run = β·μ_run + (1 − β)·μ_batch = ${momentum} × ${(k === 0 ? 0 : runningMeans[k - 1]).toFixed(3)} + ${(1 - momentum).toFixed(2)} × ${batchMeans[k].toFixed(3)} = ${r.toFixed(3)}`)),
  },
  { x: [0, batchMeans.length - 1], y: [trainingSetMean, trainingSetMean], name: label({ en: 'μ of the whole training set', zh: '整个训练集上的 μ' }), line: { dash: 'dash' } },
], { xaxis: { title: { text: label({ en: 'mini-batch step', zh: '小批量步数' }) } }, yaxis: { title: { text: label({ en: 'μ of unit 1, layer 2', zh: '第 2 层单元 1 的 μ' }) } } });
const shown = Array.from({ length: 24 }, (_, i) => i);
plot('single', [
  { type: 'bar', x: shown, y: shown.map((i) => withRunning[i][test.y.data[i]]), name: label({ en: 'running statistics', zh: '滑动平均统计量' }) },
  { type: 'bar', x: shown, y: shown.map((i) => withBatchOfOne[i][test.y.data[i]]), name: label({ en: 'batch of one', zh: '单样本批' }) },
], { barmode: 'group', xaxis: { title: { text: label({ en: 'test example', zh: '测试样本' }) } }, yaxis: { title: { text: label({ en: 'probability of the right class', zh: '正确类别的概率' }) }, range: [0, 1] } });
console.log(label({
  en: `single-example test accuracy: running ${accuracyRunning.toFixed(3)}, batch of one ${accuracyBatchOfOne.toFixed(3)}`,
  zh: `逐个样本测试的准确率：滑动平均 ${accuracyRunning.toFixed(3)}，单样本批 ${accuracyBatchOfOne.toFixed(3)}`,
}));
