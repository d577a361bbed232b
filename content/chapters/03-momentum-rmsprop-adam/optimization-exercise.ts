import { accuracy, adam, binaryCrossEntropy, makeMoons, mlp, momentum, Rng, sgd, Tensor, train } from '@engine';
import { knob, label, plot, progress, tick } from '@snippet';

// The course's exercise: a [2, 5, 2, 1] ReLU/sigmoid network, 300 two-moons points (noise 0.2), mini-batches of 64.
const learningRate = knob('learningRate', 0.0007, { min: 0.0001, max: 0.1, log: true, label: 'α' });
const epochs = knob('epochs', 2000, { min: 500, max: 10000, step: 500, label: label({ en: 'epochs', zh: '轮数' }) });
const { x, y } = makeMoons({ n: 300, noise: 0.2, seed: 3 });

// Same initial weights (seed 3) and the same mini-batches (seed 10) for all three; only the update differs.
const runs = [
  { name: label({ en: 'mini-batch GD', zh: '小批量梯度下降' }), key: 'gd', optimizer: sgd(learningRate) },
  { name: label({ en: 'momentum (β = 0.9)', zh: '动量（β = 0.9）' }), key: 'momentum', optimizer: momentum(learningRate, 0.9) },
  { name: label({ en: 'Adam', zh: 'Adam 算法' }), key: 'adam', optimizer: adam(learningRate, { beta1: 0.9, beta2: 0.999, epsilon: 1e-8 }) },
].map((run) => ({ ...run, model: mlp([2, 5, 2, 1], { hidden: 'relu', output: 'sigmoid', init: 'he', seed: 3 }), shuffle: new Rng(10), epoch: [] as number[], acc: [] as number[], cost: [] as number[] }));

const drawCurves = () => plot('accuracy', runs.map((r) => ({ x: r.epoch, y: r.acc, name: r.name })), {
  xaxis: { title: { text: label({ en: 'epoch', zh: '轮次' }) }, range: [0, epochs] },
  yaxis: { title: { text: label({ en: 'training accuracy', zh: '训练集准确率' }) }, range: [0.4, 1] },
});

// train() runs each epoch's mini-batches (shuffled by run.shuffle): forward, backward, optimizer step.
// We call it from checkpoint to checkpoint (epoch 1, then every 100 epochs) and measure there.
for (let done = 0; done < epochs; ) {
  const upTo = done === 0 ? 1 : Math.min((Math.floor(done / 100) + 1) * 100, epochs);
  for (const run of runs) {
    train(run.model, { x, y }, { loss: binaryCrossEntropy, optimizer: run.optimizer, epochs: upTo - done, batchSize: 64, rng: run.shuffle, accuracy: false });
    if (upTo % 100 === 0 || upTo === 1) {
      const yHat = run.model.predict(x);
      run.epoch.push(upTo); run.acc.push(accuracy(yHat, y)); run.cost.push(binaryCrossEntropy.value(yHat, y));
    }
  }
  done = upTo;
  if (done % 100 === 0) { drawCurves(); progress(done / epochs); await tick(); }
}
drawCurves();

// Decision boundaries: the network's ŷ over a grid, with the training points on top.
const gx = Array.from({ length: 61 }, (_, i) => -1.5 + i * (4 / 60));
const gy = Array.from({ length: 41 }, (_, j) => -1 + j * (2.5 / 40));
const grid = new Tensor(gy.flatMap((b) => gx.flatMap((a) => [a, b])), [gx.length * gy.length, 2]);
for (const run of runs) {
  const p = run.model.predict(grid).data;
  plot(`boundary-${run.key}`, [
    { type: 'heatmap', x: gx, y: gy, z: gy.map((_, j) => gx.map((_, i) => p[j * gx.length + i])), zmin: 0, zmax: 1, colorscale: [[0, '#2166ac'], [0.5, '#f7f7f7'], [1, '#b2182b']], opacity: 0.6, showscale: false, name: 'ŷ' },
    ...[0, 1].map((label) => ({
      x: x.column(0).filter((_, i) => y.data[i] === label), y: x.column(1).filter((_, i) => y.data[i] === label),
      mode: 'markers' as const, marker: { size: 5, color: label ? '#b2182b' : '#2166ac', line: { width: 0.5, color: 'white' } }, name: `y = ${label}`,
    })),
  ], { title: { text: label({ en: `${run.name}: accuracy ${run.acc.at(-1)!.toFixed(4)}`, zh: `${run.name}：准确率 ${run.acc.at(-1)!.toFixed(4)}` }) }, xaxis: { title: { text: 'x₁' } }, yaxis: { title: { text: 'x₂' } }, height: 320 });
}

const final = (pick: (r: (typeof runs)[number]) => number[]) => Object.fromEntries(runs.map((r) => [r.key, pick(r).at(-1)!]));
/** Training accuracy after the last epoch, per optimizer (keys gd, momentum, adam). */
export const trainAccuracy = final((r) => r.acc) as { gd: number; momentum: number; adam: number };
/** Cost over the whole training set after the last epoch, per optimizer. */
export const finalCost = final((r) => r.cost) as { gd: number; momentum: number; adam: number };
/** Accuracy at epoch 1000 (or the last epoch, if fewer), per optimizer. */
export const accuracyAt1000 = Object.fromEntries(runs.map((r) => [r.key, r.acc[r.epoch.findIndex((e) => e >= Math.min(1000, epochs))]])) as { gd: number; momentum: number; adam: number };
console.log(label({ en: 'training accuracy:', zh: '训练集准确率：' }), trainAccuracy);
