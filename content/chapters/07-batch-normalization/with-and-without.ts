import { Rng, accuracy, makeSpirals, miniBatches, mlp, oneHot, sgd, softmaxCrossEntropy } from '@engine';
import { knob, label, plot, progress, tick } from '@snippet';

const hiddenLayers = knob('hiddenLayers', 8, { min: 2, max: 12, step: 1, label: label({ en: 'hidden layers', zh: '隐藏层数' }) });
const epochs = knob('epochs', 60, { min: 10, max: 200, step: 10, label: label({ en: 'epochs', zh: '训练轮数' }) });
/** The learning rates tried, each with and without batch norm. */
export const learningRates = [0.01, 0.1, 1];

// Three interleaved spirals: a task that needs a deep network.
const data = makeSpirals({ n: 300, classes: 3, seed: 1 });
const y = oneHot(data.y, 3);

const traces: { x: number[]; y: number[]; name: string; line: { dash: string } }[] = [];
/** Training cost and accuracy after the last epoch, per learning rate (same order as `learningRates`). */
export const finalLoss = { plain: [] as number[], batchNorm: [] as number[] };
export const finalAccuracy = { plain: [] as number[], batchNorm: [] as number[] };
let run = 0;
for (const alpha of learningRates) {
  for (const withBatchNorm of [false, true]) {
    // Same seed, same sizes: the only difference is batch norm after each hidden Z (and no b there).
    const model = mlp([2, ...Array(hiddenLayers).fill(16), 3], { batchNorm: withBatchNorm, seed: 2 });
    const optimizer = sgd(alpha);
    const rng = new Rng(3);
    const name = withBatchNorm ? label({ en: `BN, α = ${alpha}`, zh: `批归一化，α = ${alpha}` }) : label({ en: `plain, α = ${alpha}`, zh: `无批归一化，α = ${alpha}` });
    const trace = { x: [] as number[], y: [] as number[], name, line: { dash: withBatchNorm ? 'solid' : 'dot' } };
    traces.push(trace);
    for (let epoch = 1; epoch <= epochs; epoch++) {
      for (const batch of miniBatches(data.x, y, 64, rng)) {
        const yHat = model.forward(batch.x);
        model.backward(softmaxCrossEntropy.grad(yHat, batch.y));
        optimizer.step(model.parameters());
      }
      // The cost of the whole training set, in inference mode (running averages for BN).
      trace.x.push(epoch);
      trace.y.push(softmaxCrossEntropy.value(model.predict(data.x), y));
      if (epoch % 10 === 0) {
        plot('loss', traces, { xaxis: { title: { text: label({ en: 'epoch', zh: '轮次' }) } }, yaxis: { title: { text: label({ en: 'training cost', zh: '训练集代价' }) }, type: 'log' } });
        progress((run + epoch / epochs) / (2 * learningRates.length));
        await tick();
      }
    }
    finalLoss[withBatchNorm ? 'batchNorm' : 'plain'].push(trace.y[trace.y.length - 1]);
    finalAccuracy[withBatchNorm ? 'batchNorm' : 'plain'].push(accuracy(model.predict(data.x), y));
    run++;
  }
}

/** ln 3: the cost of always answering 1/3 for each class, where a stalled network sits. */
export const chanceLoss = Math.log(3);
learningRates.forEach((alpha, i) => console.log(label({
  en: `α = ${alpha}: plain ${finalLoss.plain[i].toFixed(3)}, BN ${finalLoss.batchNorm[i].toFixed(3)}`,
  zh: `α = ${alpha}：无批归一化 ${finalLoss.plain[i].toFixed(3)}，有批归一化 ${finalLoss.batchNorm[i].toFixed(3)}`,
})));
