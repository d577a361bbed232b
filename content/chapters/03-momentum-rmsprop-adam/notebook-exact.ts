import { accuracy, adam, binaryCrossEntropy, courseMiniBatches, courseModel, makeMoonsSklearn, momentum, sgd, Tensor } from '@engine';
import { knob, label, plot, progress, tick } from '@snippet';

// THE NOTEBOOK'S SEEDS, reproduced with numpy's own generator (MT19937), not the engine's Rng:
// data = np.random.seed(3) + make_moons(300, noise=.2); weights = np.random.seed(3) + He init;
// mini-batches of epoch e = np.random.seed(10 + e) + permutation(300), sliced 64, 64, 64, 64, 44.
const epochs = knob('epochs', 5000, { min: 100, max: 10000, step: 100, label: label({ en: 'epochs (notebook: 5000)', zh: '轮数（课程笔记本：5000）' }) });
const { x, y } = makeMoonsSklearn({ n: 300, noise: 0.2, seed: 3 });
const runs = [
  { name: label({ en: 'mini-batch GD', zh: '小批量梯度下降' }), key: 'gd', optimizer: sgd(0.0007), notebook: 0.7167 },
  { name: label({ en: 'momentum', zh: '动量' }), key: 'momentum', optimizer: momentum(0.0007, 0.9), notebook: 0.7167 },
  { name: label({ en: 'Adam', zh: 'Adam 算法' }), key: 'adam', optimizer: adam(0.0007, { beta1: 0.9, beta2: 0.999, epsilon: 1e-8 }), notebook: 0.9433 },
].map((run) => ({ ...run, model: courseModel([2, 5, 2, 1]), epoch: [] as number[], acc: [] as number[] }));

for (let epoch = 1; epoch <= epochs; epoch++) {
  for (const run of runs) {
    for (const batch of courseMiniBatches(x, y, 10 + epoch, 64)) {
      run.model.backward(binaryCrossEntropy.grad(run.model.forward(batch.x), batch.y)); // dZ3 = (A3 − Y)/64
      run.optimizer.step(run.model.parameters());
    }
    if (epoch % 100 === 0) { run.epoch.push(epoch); run.acc.push(accuracy(run.model.predict(x), y)); }
  }
  if (epoch % 250 === 0 || epoch === epochs) {
    plot('accuracy', runs.map((r) => ({ x: r.epoch, y: r.acc, name: r.name })), {
      xaxis: { title: { text: label({ en: 'epoch', zh: '轮次' }) }, range: [0, epochs] },
      yaxis: { title: { text: label({ en: 'training accuracy', zh: '训练集准确率' }) }, range: [0.4, 1] },
    });
    progress(epoch / epochs); await tick();
  }
}

const gx = Array.from({ length: 61 }, (_, i) => -1.5 + i * (4 / 60));
const gy = Array.from({ length: 41 }, (_, j) => -1 + j * (2.5 / 40));
const grid = new Tensor(gy.flatMap((b) => gx.flatMap((a) => [a, b])), [gx.length * gy.length, 2]);
const result: Record<string, number> = {};
for (const run of runs) {
  result[run.key] = accuracy(run.model.predict(x), y);
  console.log(label({
    en: `${run.name.padEnd(13)} Accuracy: ${result[run.key].toFixed(4)}   (the notebook printed ${run.notebook} after 5000 epochs)`,
    zh: `${run.name}：准确率 ${result[run.key].toFixed(4)}（课程笔记本训练 5000 轮后打印的是 ${run.notebook}）`,
  }));
  const p = run.model.predict(grid).data;
  plot(`boundary-${run.key}`, [
    { type: 'heatmap', x: gx, y: gy, z: gy.map((_, j) => gx.map((_, i) => p[j * gx.length + i])), zmin: 0, zmax: 1, colorscale: [[0, '#2166ac'], [0.5, '#f7f7f7'], [1, '#b2182b']], opacity: 0.6, showscale: false, name: 'ŷ' },
    ...[0, 1].map((label) => ({
      x: x.column(0).filter((_, i) => y.data[i] === label), y: x.column(1).filter((_, i) => y.data[i] === label),
      mode: 'markers' as const, marker: { size: 5, color: label ? '#b2182b' : '#2166ac', line: { width: 0.5, color: 'white' } }, name: `y = ${label}`,
    })),
  ], { title: { text: label({ en: `${run.name} (notebook's seeds): accuracy ${result[run.key].toFixed(4)}`, zh: `${run.name}（课程笔记本的种子）：准确率 ${result[run.key].toFixed(4)}` }) }, xaxis: { title: { text: 'x₁' } }, yaxis: { title: { text: 'x₂' } }, height: 320 });
}

/** Training accuracy per optimizer after the last epoch (the notebook, 5000 epochs: 0.7167, 0.7167, 0.9433). */
export const trainAccuracy = result as { gd: number; momentum: number; adam: number };
/** The same accuracies as counts of the 300 training points classified right. */
export const rightCount = { gd: Math.round(trainAccuracy.gd * x.rows), momentum: Math.round(trainAccuracy.momentum * x.rows), adam: Math.round(trainAccuracy.adam * x.rows) };
