import { accuracy, adam, binaryCrossEntropy, courseMiniBatches, courseModel, courseSchedule, fixedIntervalDecay, inverseTimeDecay, makeMoonsSklearn, momentum, sgd, Tensor } from '@engine';
import { knob, plot, progress, tick } from '@snippet';

// THE NOTEBOOK'S SEEDS (numpy's MT19937, not the engine's Rng): data np.random.seed(3) + make_moons(300, noise=.2),
// He init after np.random.seed(3), mini-batches of epoch e from np.random.seed(10 + e). The notebook sets α after
// each epoch for the next one, so epochs 0 and 1 run at α0 and epoch e at schedule(e − 1): courseSchedule does that.
const epochs = knob('epochs', 5000, { min: 100, max: 10000, step: 100, label: 'epochs (notebook: 5000)' });
const { x, y } = makeMoonsSklearn({ n: 300, noise: 0.2, seed: 3 });
const runs = [
  { key: 'gdEveryEpoch', name: 'GD, α0 = 0.1, decay every epoch', optimizer: sgd(0.1), schedule: courseSchedule(inverseTimeDecay(0.1, 1)), notebook: 0.6533 },
  { key: 'gdInterval', name: 'GD, α0 = 0.1, every 1000 epochs', optimizer: sgd(0.1), schedule: courseSchedule(fixedIntervalDecay(0.1, 1, 1000)), notebook: 0.9433 },
  { key: 'momentumInterval', name: 'momentum, α0 = 0.1, every 1000', optimizer: momentum(0.1, 0.9), schedule: courseSchedule(fixedIntervalDecay(0.1, 1, 1000)), notebook: 0.9533 },
  { key: 'adamInterval', name: 'Adam, α0 = 0.01, every 1000', optimizer: adam(0.01), schedule: courseSchedule(fixedIntervalDecay(0.01, 1, 1000)), notebook: 0.94 },
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
      xaxis: { title: { text: 'epoch' }, range: [0, epochs] }, yaxis: { title: { text: 'training accuracy' }, range: [0.4, 1] },
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
  console.log(`${run.name.padEnd(33)} Accuracy: ${result[run.key].toFixed(4)}   (notebook, 5000 epochs: ${run.notebook})`);
  const p = run.model.predict(grid).data;
  plot(`boundary-${run.key}`, [
    { type: 'heatmap', x: gx, y: gy, z: gy.map((_, j) => gx.map((_, i) => p[j * gx.length + i])), zmin: 0, zmax: 1, colorscale: [[0, '#2166ac'], [0.5, '#f7f7f7'], [1, '#b2182b']], opacity: 0.6, showscale: false, name: 'ŷ' },
    ...[0, 1].map((label) => ({
      x: x.column(0).filter((_, i) => y.data[i] === label), y: x.column(1).filter((_, i) => y.data[i] === label),
      mode: 'markers' as const, marker: { size: 5, color: label ? '#b2182b' : '#2166ac', line: { width: 0.5, color: 'white' } }, name: `y = ${label}`,
    })),
  ], { title: { text: `${run.name}: accuracy ${result[run.key].toFixed(4)}` }, xaxis: { title: { text: 'x₁' } }, yaxis: { title: { text: 'x₂' } }, height: 320 });
}

/** Training accuracy per run (the notebook, 5000 epochs: 0.6533, 0.9433, 0.9533, 0.94). */
export const trainAccuracy = result as { gdEveryEpoch: number; gdInterval: number; momentumInterval: number; adamInterval: number };
