import { Rng, Sequential, accuracy, adam, confusionMatrix, dense, loadMnist, miniBatches, oneHot, predictedClasses, softmax, softmaxCrossEntropy } from '@engine';
import { knob, label, plot, progress, tick } from '@snippet';

const trainSize = knob('trainSize', 3000, { min: 500, max: 7500, step: 500, label: label({ en: 'training images', zh: '训练图像数' }) });
const epochs = knob('epochs', 5, { min: 1, max: 20, step: 1, label: label({ en: 'epochs', zh: '轮数（epoch）' }) });
const learningRate = knob('learningRate', 0.003, { min: 1e-4, max: 0.1, log: true, label: label({ en: 'α (Adam)', zh: 'α（Adam 的步长）' }) });

// 28×28 grey images as rows of 784 numbers in [0, 1]; labels 0-9 as one-hot rows of 10.
const { train, test } = await loadMnist({ train: trainSize, test: 1000, seed: 1 });
const yTrain = oneHot(train.y, 10), yTest = oneHot(test.y, 10);

// Softmax regression: no hidden layer, z = Wx + b with W of shape [10, 784], then softmax.
const model = new Sequential([dense(784, 10, { init: 'zeros' }), softmax()]);
const optimizer = adam(learningRate);
const rng = new Rng(2);
const costs: number[] = [];
for (let epoch = 1; epoch <= epochs; epoch++) {
  for (const batch of miniBatches(train.x, yTrain, 64, rng)) {
    const yHat = model.forward(batch.x);
    costs.push(softmaxCrossEntropy.value(yHat, batch.y));
    model.backward(softmaxCrossEntropy.grad(yHat, batch.y)); // dZ = (ŷ − y)/m
    optimizer.step(model.parameters());
  }
  plot('cost', [{ y: costs, name: label({ en: 'mini-batch cost', zh: '小批量上的代价' }) }], {
    xaxis: { title: { text: label({ en: 'mini-batch step', zh: '小批量步数' }) } }, yaxis: { title: { text: label({ en: 'cost J', zh: '代价 J' }) } },
  });
  progress(epoch / epochs);
  await tick();
}

const yHatTest = model.predict(test.x);
/** Accuracy on 1000 test images the model never saw, and on the training images. */
export const testAccuracy = accuracy(yHatTest, yTest);
export const trainAccuracy = accuracy(model.predict(train.x), yTrain);
/** counts[actual][predicted] on the test set. */
export const confusion = confusionMatrix(yHatTest, yTest);
/** The commonest confusion: digit `commonestMistake[0]` taken for `commonestMistake[1]`, `commonestMistake[2]` times. */
export const commonestMistake = confusion.flatMap((row, i) => row.map((n, j) => [i, j, i === j ? -1 : n]))
  .reduce((a, b) => (b[2] > a[2] ? b : a));
const digits = Array.from({ length: 10 }, (_, d) => String(d));
plot('confusion', [{ type: 'heatmap', z: confusion, x: digits, y: digits, colorscale: 'Blues', reversescale: true, name: label({ en: 'test images', zh: '测试图像' }) }], {
  xaxis: { title: { text: label({ en: 'predicted digit', zh: '预测的数字' }) } },
  yaxis: { title: { text: label({ en: 'actual digit', zh: '实际的数字' }) }, autorange: 'reversed' },
});

// The first four test images it gets wrong, drawn from their 784 pixels each.
const predicted = predictedClasses(yHatTest);
/** Indices of the test images classified wrongly. */
export const mistakes = predicted.flatMap((p, i) => (p !== test.y.data[i] ? [i] : []));
// Side by side in one picture, with a blank column between images.
const shown = mistakes.slice(0, 4);
const strip = Array.from({ length: 28 }, (_, r) => shown.flatMap((i) => [...test.x.data.slice(i * 784 + r * 28, i * 784 + r * 28 + 28), 0]));
plot('mistakes', [{ type: 'heatmap', z: strip, colorscale: 'Greys', reversescale: true, showscale: false, name: label({ en: 'wrongly classified', zh: '分错的图像' }) }], {
  title: { text: shown.map((i) => label({ en: `a ${test.y.data[i]} taken for a ${predicted[i]}`, zh: `${test.y.data[i]} 被认成 ${predicted[i]}` })).join(' · ') },
  yaxis: { autorange: 'reversed', scaleanchor: 'x', showticklabels: false }, xaxis: { showticklabels: false }, height: 260,
});
const testPercent = (100 * testAccuracy).toFixed(1), trainPercent = (100 * trainAccuracy).toFixed(1);
console.log(label({
  en: `test accuracy ${testPercent}% (${mistakes.length} of 1000 wrong), training accuracy ${trainPercent}%`,
  zh: `测试准确率 ${testPercent}%（1000 张中错了 ${mistakes.length} 张），训练准确率 ${trainPercent}%`,
}));
