import { accuracy, binaryCrossEntropy, fixedIntervalDecay, inverseTimeDecay, makeMoons, miniBatches, mlp, Rng, sgd, type Schedule } from '@engine';
import { knob, label, plot, progress, tick } from '@snippet';

// The course's network and two-moons data again, trained by mini-batch GD from α0 = 0.1 three ways.
const alpha0 = knob('alpha0', 0.1, { min: 0.001, max: 1, log: true, label: 'α0' });
const decayRate = knob('decayRate', 1, { min: 0.001, max: 10, log: true, label: label({ en: 'decay rate', zh: '衰减率' }) });
const interval = knob('interval', 500, { min: 10, max: 2000, step: 10, label: label({ en: 'decay every N epochs', zh: '每 N 轮衰减一次' }) });
const epochs = knob('epochs', 2000, { min: 200, max: 5000, step: 100, label: label({ en: 'epochs', zh: '训练轮数' }) });
const { x, y } = makeMoons({ n: 300, noise: 0.2, seed: 3 });

const runs: { name: string; schedule: Schedule }[] = [
  { name: label({ en: 'fixed α0', zh: '固定 α0' }), schedule: () => alpha0 },
  { name: label({ en: 'decay every epoch', zh: '每轮衰减' }), schedule: inverseTimeDecay(alpha0, decayRate) }, // α0 / (1 + rate · epoch)
  { name: label({ en: `decay every ${interval} epochs`, zh: `每 ${interval} 轮衰减` }), schedule: fixedIntervalDecay(alpha0, decayRate, interval) }, // α0 / (1 + rate · ⌊epoch / N⌋)
];
const state = runs.map(() => ({ model: mlp([2, 5, 2, 1], { seed: 3 }), optimizer: sgd(alpha0), shuffle: new Rng(10), epoch: [] as number[], acc: [] as number[], alpha: [] as number[] }));

const epochAxis = label({ en: 'epoch', zh: '轮次' });
const draw = () => {
  plot('accuracy', runs.map((r, k) => ({ x: state[k].epoch, y: state[k].acc, name: r.name })), {
    xaxis: { title: { text: epochAxis }, range: [0, epochs] }, yaxis: { title: { text: label({ en: 'training accuracy', zh: '训练集准确率' }) }, range: [0.4, 1] },
  });
  plot('alpha', runs.map((r, k) => ({ x: state[k].epoch, y: state[k].alpha, name: r.name })), {
    xaxis: { title: { text: epochAxis }, range: [0, epochs] }, yaxis: { title: { text: label({ en: 'learning rate α', zh: '学习率 α' }) }, type: 'log' },
  });
};
for (let epoch = 0; epoch < epochs; epoch++) {
  runs.forEach((run, k) => {
    const s = state[k];
    s.optimizer.learningRate = run.schedule(epoch);
    for (const batch of miniBatches(x, y, 64, s.shuffle)) {
      s.model.backward(binaryCrossEntropy.grad(s.model.forward(batch.x), batch.y));
      s.optimizer.step(s.model.parameters());
    }
    if ((epoch + 1) % 50 === 0 || epoch === 0) { s.epoch.push(epoch + 1); s.acc.push(accuracy(s.model.predict(x), y)); s.alpha.push(s.optimizer.learningRate); }
  });
  if ((epoch + 1) % 100 === 0) { draw(); progress((epoch + 1) / epochs); await tick(); }
}
draw();

const last = (k: number) => state[k].acc.at(-1)!;
/** Training accuracy after the last epoch: fixed α, decayed every epoch, decayed at fixed intervals. */
export const trainAccuracy = { fixed: last(0), everyEpoch: last(1), fixedInterval: last(2) };
/** α in the last epoch of each run. */
export const finalAlpha = { fixed: alpha0, everyEpoch: runs[1].schedule(epochs - 1), fixedInterval: runs[2].schedule(epochs - 1) };
console.log(label({ en: 'training accuracy:', zh: '训练集准确率：' }), trainAccuracy);
