// Runs in a blob: worker (see ../chromium-course.ts): the chapter 3 course exercise on each kernel
// path, both as its snippet runs it (each optimizer through train(), in chunks between the
// accuracy checkpoints) and as the hand-written forward / backward / step loop, plus the Adam run
// through train() in one call; timed with the worker's clock.
import { adam, binaryCrossEntropy, makeMoons, miniBatches, mlp, momentum, Rng, sgd, accuracy, train } from '../../src/engine/index';
import { kernelPath, setKernelPath, type KernelPath } from '../../src/engine/ops/kernel-path';

const EPOCHS = 5000;
const { x, y } = makeMoons({ n: 300, noise: 0.2, seed: 3 });
const net = () => mlp([2, 5, 2, 1], { hidden: 'relu', output: 'sigmoid', init: 'he', seed: 3 });
const exerciseRuns = () => [sgd(0.0007), momentum(0.0007, 0.9), adam(0.0007)].map((optimizer) => ({ optimizer, model: net(), shuffle: new Rng(10) }));
type ExerciseRun = ReturnType<typeof exerciseRuns>[number];

/** Accuracy and cost on the whole training set, as the snippet records them at each checkpoint. */
function checkpoint(run: ExerciseRun): number {
  const yHat = run.model.predict(x);
  binaryCrossEntropy.value(yHat, y);
  return accuracy(yHat, y);
}

/** The exercise as its snippet runs it: train() from checkpoint to checkpoint (epoch 1, then every 100). */
function exerciseThroughTrain(): number {
  const runs = exerciseRuns();
  let last = 0;
  for (let done = 0; done < EPOCHS; ) {
    const upTo = done === 0 ? 1 : Math.min(done - (done % 100) + 100, EPOCHS);
    for (const run of runs) {
      train(run.model, { x, y }, { loss: binaryCrossEntropy, optimizer: run.optimizer, epochs: upTo - done, batchSize: 64, rng: run.shuffle, accuracy: false });
      last = checkpoint(run);
    }
    done = upTo;
  }
  return last;
}

/** The same exercise by a hand-written loop over the mini-batches. */
function exerciseByHand(): number {
  const runs = exerciseRuns();
  let last = 0;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    for (const run of runs) {
      for (const batch of miniBatches(x, y, 64, run.shuffle)) {
        const yHat = run.model.forward(batch.x);
        run.model.backward(binaryCrossEntropy.grad(yHat, batch.y));
        run.optimizer.step(run.model.parameters());
      }
      if (epoch % 100 === 0 || epoch === 1) last = checkpoint(run);
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

const workloads: [string, () => number][] = [
  ['exercise via train()', exerciseThroughTrain],
  ['exercise, hand loop', exerciseByHand],
  ['Adam through train()', adamThroughTrain],
];
const results = [];
const defaultPath = kernelPath();
for (let round = 0; round < 2; round++) {
  for (const [workload, fn] of workloads) for (const path of ['ts', 'wasm'] as const) results.push({ workload, ...time(path, fn) });
}
postMessage({ defaultPath, results });
