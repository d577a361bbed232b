import { afterEach, describe, expect, it } from 'vitest';
import { DenseStackTrainer } from './dense-stack';
import { setKernelPath, type KernelPath } from '../ops/kernel-path';
import { mlp } from '../layers/mlp';
import { binaryCrossEntropy } from '../losses/binary-cross-entropy';
import { meanSquaredError } from '../losses/mean-squared-error';
import { Adam } from '../optimizers/adam';
import { GradientDescent } from '../optimizers/gradient-descent';
import { Momentum } from '../optimizers/momentum';
import { Nesterov } from '../optimizers/nesterov';
import { RMSprop } from '../optimizers/rmsprop';
import type { Optimizer } from '../optimizers/optimizer';
import { miniBatches } from '../data/minibatch';
import { makeMoons } from '../data/moons';
import { Rng } from '../random';
import { train } from '../train';
import { instantiateKernels } from './kernels';

const moons = makeMoons({ n: 300, noise: 0.2, seed: 3 });
const course = () => mlp([2, 5, 2, 1], { hidden: 'relu', output: 'sigmoid', init: 'he', seed: 3 });

/** The layer-by-layer loop on kernel path `path`: every weight and every batch loss after `epochs`. */
function layerByLayer(path: KernelPath, epochs: number, optimizer: Optimizer = new Adam({ learningRate: 0.0007 })) {
  setKernelPath(path);
  const model = course(), rng = new Rng(1), losses: number[] = [];
  for (let e = 0; e < epochs; e++) {
    let total = 0;
    for (const batch of miniBatches(moons.x, moons.y, 64, rng)) {
      const yHat = model.forward(batch.x, { training: true });
      total += binaryCrossEntropy.value(yHat, batch.y) * batch.x.rows;
      model.backward(binaryCrossEntropy.grad(yHat, batch.y));
      optimizer.step(model.parameters());
    }
    losses.push(total / moons.x.rows);
  }
  return { weights: model.parameters().map((p) => Array.from(p.value)), losses, state: optimizer.getState() };
}

afterEach(() => setKernelPath('wasm'));

describe('DenseStackTrainer', () => {
  it('gives bit-identical weights, losses and Adam state to the layer-by-layer loop (course network, 30 epochs)', () => {
    const model = course(), optimizer = new Adam({ learningRate: 0.0007 }), rng = new Rng(1);
    const trainer = DenseStackTrainer.for(model, binaryCrossEntropy, optimizer)!;
    expect(trainer).not.toBeNull();
    const losses = Array.from({ length: 30 }, () => trainer.epoch(moons.x, moons.y, 64, rng));
    trainer.sync();
    for (const path of ['ts', 'wasm'] as const) {
      const reference = layerByLayer(path, 30);
      expect(losses).toEqual(reference.losses);
      expect(model.parameters().map((p) => Array.from(p.value))).toEqual(reference.weights);
      expect(optimizer.getState()).toEqual(reference.state);
    }
  });

  // Every fused rule against its own class's step, with settings off the defaults (the sum form of
  // momentum; RMSprop's ε where it matters), over 30 epochs.
  const otherRules: [string, () => Optimizer][] = [
    ['gradient descent', () => new GradientDescent({ learningRate: 0.05 })],
    ['momentum, average form', () => new Momentum({ learningRate: 0.05, beta: 0.9 })],
    ['momentum, sum form', () => new Momentum({ learningRate: 0.01, beta: 0.8, form: 'sum' })],
    ['RMSprop', () => new RMSprop({ learningRate: 0.002, beta: 0.95, epsilon: 1e-4 })],
    ['Adam without bias correction', () => new Adam({ learningRate: 0.003, biasCorrection: false })],
  ];
  for (const [name, make] of otherRules) {
    it(`fuses ${name} with bit-identical weights, losses and state`, () => {
      const model = course(), optimizer = make(), rng = new Rng(1);
      const trainer = DenseStackTrainer.for(model, binaryCrossEntropy, optimizer)!;
      expect(trainer).not.toBeNull();
      const losses = Array.from({ length: 30 }, () => trainer.epoch(moons.x, moons.y, 64, rng));
      trainer.sync();
      const reference = layerByLayer('ts', 30, make());
      expect(losses).toEqual(reference.losses);
      expect(model.parameters().map((p) => Array.from(p.value))).toEqual(reference.weights);
      expect(optimizer.getState()).toEqual(reference.state);
    });
  }

  it('step() on a fixed batch matches forward/backward/step, and picks up a state saved earlier', () => {
    const batch = miniBatches(moons.x, moons.y, 64, new Rng(2))[0];
    const reference = course(), refOptimizer = new Adam({ learningRate: 0.01 });
    const referenceLosses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const yHat = reference.forward(batch.x);
      referenceLosses.push(binaryCrossEntropy.value(yHat, batch.y));
      reference.backward(binaryCrossEntropy.grad(yHat, batch.y));
      refOptimizer.step(reference.parameters());
    }
    // Two steps on one trainer, synced, then three on a second trainer built from the synced state.
    const model = course(), optimizer = new Adam({ learningRate: 0.01 });
    const first = DenseStackTrainer.for(model, binaryCrossEntropy, optimizer)!;
    const losses = [first.step(batch.x, batch.y), first.step(batch.x, batch.y)];
    first.sync();
    const second = DenseStackTrainer.for(model, binaryCrossEntropy, optimizer)!;
    for (let i = 0; i < 3; i++) losses.push(second.step(batch.x, batch.y));
    second.sync();
    expect(losses).toEqual(referenceLosses);
    expect(model.parameters().map((p) => Array.from(p.value))).toEqual(reference.parameters().map((p) => Array.from(p.value)));
    expect(optimizer.getState()).toEqual(refOptimizer.getState());
  });

  it('train() takes the fused path on wasm and records exactly what the layer path records, callbacks included', () => {
    const run = (path: KernelPath) => {
      setKernelPath(path);
      const model = course(), optimizer = new Adam({ learningRate: 0.0007 });
      const seenWeights: number[] = [], seenT: number[] = [];
      const history = train(model, moons, {
        loss: binaryCrossEntropy, optimizer, epochs: 12, batchSize: 64, seed: 4,
        schedule: (epoch) => 0.0007 / (1 + epoch),
        // Callbacks see the current model and optimizer; a change they make to a weight is kept.
        onStep: ({ step }) => {
          seenWeights.push(model.parameters()[0].value[0]);
          if (step === 7) model.parameters()[2].value[1] += 0.5;
        },
        onEpoch: () => void seenT.push(optimizer.getState().scalars.t),
      });
      const layersRan = model.layers[0].output !== null;
      return { layersRan, result: { history, seenWeights, seenT, weights: model.parameters().map((p) => Array.from(p.value)), state: optimizer.getState() } };
    };
    const fused = run('wasm'), layered = run('ts');
    expect([fused.layersRan, layered.layersRan]).toEqual([false, true]);
    expect(fused.result.history.stepLoss.length).toBe(60);
    expect(fused.result).toEqual(layered.result);
  });

  it('runs ReLU as the layer does, NaN, -0 and an odd length included', () => {
    const k = instantiateKernels()!, base = Math.ceil(k.heapBase() / 16) * 2;
    k.memory.grow(1); // room above the module's own data
    const heap = () => new Float64Array(k.memory.buffer);
    const z = [Number.NaN, -0, -1, 2, 0, 3.5, -Infinity];
    const dA = [1, 2, 3, 4, 5, 6, 7];
    heap().set(z, base);
    heap().set(dA, base + 8);
    k.reluForward(base * 8, (base + 16) * 8, z.length);
    const a = Array.from(heap().subarray(base + 16, base + 16 + z.length));
    expect(a).toEqual(z.map((v) => (v > 0 ? v : 0)));
    expect(a.map((v) => Object.is(v, -0))).toEqual(z.map(() => false));
    k.reluBackward((base + 16) * 8, (base + 8) * 8, (base + 24) * 8, z.length);
    expect(Array.from(heap().subarray(base + 24, base + 24 + z.length))).toEqual(a.map((v, i) => (v > 0 ? dA[i] : 0)));
  });

  it('declines what it does not fuse: other losses, optimizers, activations, layers without bias', () => {
    expect(DenseStackTrainer.for(course(), meanSquaredError, new Adam())).toBeNull();
    expect(DenseStackTrainer.for(course(), binaryCrossEntropy, new Nesterov({ learningRate: 0.1 }))).toBeNull();
    // A subclass, or an instance with its own step, may change the rule: the layer path runs it as written.
    class LoudAdam extends Adam {}
    expect(DenseStackTrainer.for(course(), binaryCrossEntropy, new LoudAdam())).toBeNull();
    const patched = new Adam();
    patched.step = () => {};
    expect(DenseStackTrainer.for(course(), binaryCrossEntropy, patched)).toBeNull();
    expect(DenseStackTrainer.for(course(), { ...binaryCrossEntropy }, new Adam())).toBeNull();
    expect(DenseStackTrainer.for(mlp([2, 4, 1], { hidden: 'tanh', output: 'sigmoid' }), binaryCrossEntropy, new Adam())).toBeNull();
    expect(DenseStackTrainer.for(mlp([2, 4, 3], { output: 'softmax' }), binaryCrossEntropy, new Adam())).toBeNull();
    expect(DenseStackTrainer.for(mlp([2, 4, 1], { batchNorm: true, output: 'sigmoid' }), binaryCrossEntropy, new Adam())).toBeNull();
  });
});
