// Runs in a blob: worker (see ../chromium-course.ts): the chapter 3 course exercise's loop on each
// kernel path, and the Adam run through train(), timed with the worker's clock.
import { adam, binaryCrossEntropy, makeMoons, miniBatches, mlp, momentum, Rng, sgd, accuracy, train } from '../../src/engine/index';
import { kernelPath, setKernelPath, type KernelPath } from '../../src/engine/ops/kernel-path';

const EPOCHS = 5000;
const { x, y } = makeMoons({ n: 300, noise: 0.2, seed: 3 });
const net = () => mlp([2, 5, 2, 1], { hidden: 'relu', output: 'sigmoid', init: 'he', seed: 3 });

/** The exercise: three optimizers, same weights and batches, accuracy every 100 epochs. */
function exercise(): number {
  const runs = [sgd(0.0007), momentum(0.0007, 0.9), adam(0.0007)].map((optimizer) => ({ optimizer, model: net(), shuffle: new Rng(10) }));
  let last = 0;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    for (const run of runs) {
      for (const batch of miniBatches(x, y, 64, run.shuffle)) {
        const yHat = run.model.forward(batch.x);
        run.model.backward(binaryCrossEntropy.grad(yHat, batch.y));
        run.optimizer.step(run.model.parameters());
      }
      if (epoch % 100 === 0) last = accuracy(run.model.predict(x), y);
    }
  }
  return last;
}

function adamThroughTrain(): number {
  const history = train(net(), { x, y }, { loss: binaryCrossEntropy, optimizer: adam(0.0007), epochs: EPOCHS, batchSize: 64, seed: 10 });
  return history.epochAccuracy[EPOCHS - 1];
}

const time = (path: KernelPath, fn: () => number) => {
  setKernelPath(path);
  const start = performance.now();
  const result = fn();
  return { path, seconds: (performance.now() - start) / 1000, result };
};

const results = [];
const defaultPath = kernelPath();
for (let round = 0; round < 2; round++) {
  for (const path of ['ts', 'wasm'] as const) results.push({ workload: 'exercise (3 optimizers)', ...time(path, exercise) });
  for (const path of ['ts', 'wasm'] as const) results.push({ workload: 'Adam through train()', ...time(path, adamThroughTrain) });
}
postMessage({ defaultPath, results });
