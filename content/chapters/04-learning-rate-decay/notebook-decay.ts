import { accuracy, adam, binaryCrossEntropy, courseMiniBatches, courseModel, courseSchedule, fixedIntervalDecay, inverseTimeDecay, makeMoonsSklearn, momentum, sgd, Tensor } from '@engine';
import { knob, label, plot, progress, tick } from '@snippet';

// THE NOTEBOOK'S SEEDS (numpy's MT19937, not the engine's Rng): data np.random.seed(3) + make_moons(300, noise=.2),
// He init after np.random.seed(3), mini-batches of epoch e from np.random.seed(10 + e). The notebook sets α after
// each epoch for the next one, so epochs 0 and 1 run at α0 and epoch e at schedule(e − 1): courseSchedule does that.
const epochs = knob('epochs', 5000, { min: 100, max: 10000, step: 100, label: label({ en: 'epochs (notebook: 5000)', zh: '训练轮数（编程作业：5000）' }) });
const { x, y } = makeMoonsSklearn({ n: 300, noise: 0.2, seed: 3 });
const runs = [
  { key: 'gdEveryEpoch', name: label({ en: 'GD, α0 = 0.1, decay every epoch', zh: '梯度下降，α0 = 0.1，每轮衰减' }), optimizer: sgd(0.1), schedule: courseSchedule(inverseTimeDecay(0.1, 1)), notebook: 0.6533 },
  { key: 'gdInterval', name: label({ en: 'GD, α0 = 0.1, every 1000 epochs', zh: '梯度下降，α0 = 0.1，每 1000 轮' }), optimizer: sgd(0.1), schedule: courseSchedule(fixedIntervalDecay(0.1, 1, 1000)), notebook: 0.9433 },
  { key: 'momentumInterval', name: label({ en: 'momentum, α0 = 0.1, every 1000', zh: '动量，α0 = 0.1，每 1000 轮' }), optimizer: momentum(0.1, 0.9), schedule: courseSchedule(fixedIntervalDecay(0.1, 1, 1000)), notebook: 0.9533 },
  { key: 'adamInterval', name: label({ en: 'Adam, α0 = 0.01, every 1000', zh: 'Adam，α0 = 0.01，每 1000 轮' }), optimizer: adam(0.01), schedule: courseSchedule(fixedIntervalDecay(0.01, 1, 1000)), notebook: 0.94 },
].map((run) => ({ ...run, model: courseModel([2, 5, 2, 1]), epoch: [] as number[], acc: [] as number[] }));

for (let epoch = 0; epoch < epochs; epoch++) {
  for (const run of runs) {
    run.optimizer.learningRate = run.schedule(epoch);
    for (const batch of courseMiniBatches(x, y, 11 + epoch, 64)) {
      run.model.backward(binaryCrossEntropy.grad(run.model.forward(batch.x), batch.y));
      run.optimizer.step(run.model.parameters());
    }
    if ((epoch + 1) % 100 === 0) { run.epoch.push(epoch + 1); run.acc.push(accuracy(run.model.predict(x), y)); }
  }
  if ((epoch + 1) % 250 === 0 || epoch + 1 === epochs) {
    plot('accuracy', runs.map((r) => ({ x: r.epoch, y: r.acc, name: r.name })), {
      xaxis: { title: { text: label({ en: 'epoch', zh: '轮次' }) }, range: [0, epochs] }, yaxis: { title: { text: label({ en: 'training accuracy', zh: '训练集准确率' }) }, range: [0.4, 1] },
    });
    progress((epoch + 1) / epochs); await tick();
  }
}

const gx = Array.from({ length: 61 }, (_, i) => -1.5 + i * (4 / 60));
const gy = Array.from({ length: 41 }, (_, j) => -1 + j * (2.5 / 40));
const grid = new Tensor(gy.flatMap((b) => gx.flatMap((a) => [a, b])), [gx.length * gy.length, 2]);
const result: Record<string, number> = {};
for (const run of runs) {
  result[run.key] = accuracy(run.model.predict(x), y);
  const printed = result[run.key].toFixed(4);
  console.log(label({
    en: `${run.name.padEnd(33)} Accuracy: ${printed}   (notebook, 5000 epochs: ${run.notebook})`,
    zh: `${run.name}  准确率：${printed}   （编程作业，5000 轮：${run.notebook}）`,
  }));
  const p = run.model.predict(grid).data;
  plot(`boundary-${run.key}`, [
    { type: 'heatmap', x: gx, y: gy, z: gy.map((_, j) => gx.map((_, i) => p[j * gx.length + i])), zmin: 0, zmax: 1, colorscale: [[0, '#2166ac'], [0.5, '#f7f7f7'], [1, '#b2182b']], opacity: 0.6, showscale: false, name: 'ŷ' },
    ...[0, 1].map((cls) => ({
      x: x.column(0).filter((_, i) => y.data[i] === cls), y: x.column(1).filter((_, i) => y.data[i] === cls),
      mode: 'markers' as const, marker: { size: 5, color: cls ? '#b2182b' : '#2166ac', line: { width: 0.5, color: 'white' } }, name: `y = ${cls}`,
    })),
  ], { title: { text: label({ en: `${run.name}: accuracy ${printed}`, zh: `${run.name}：准确率 ${printed}` }) }, xaxis: { title: { text: 'x₁' } }, yaxis: { title: { text: 'x₂' } }, height: 320 });
}

/** Training accuracy per run (the notebook, 5000 epochs: 0.6533, 0.9433, 0.9533, 0.94). */
export const trainAccuracy = result as { gdEveryEpoch: number; gdInterval: number; momentumInterval: number; adamInterval: number };
