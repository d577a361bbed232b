import { afterEach, describe, expect, it, vi } from 'vitest';
import { setKernelPath, type KernelPath } from '../ops/kernel-path';
import { mlp } from '../layers/mlp';
import { Dense } from '../layers/dense';
import { tanh } from '../layers/tanh';
import { binaryCrossEntropy } from '../losses/binary-cross-entropy';
import { meanSquaredError } from '../losses/mean-squared-error';
import { Adam } from '../optimizers/adam';
import { Momentum } from '../optimizers/momentum';
import { miniBatches } from '../data/minibatch';
import { makeMoons } from '../data/moons';
import { Rng } from '../random';
import { Tensor } from '../tensor';
import type { Layer, Sequential } from '../model';

const moons = makeMoons({ n: 300, noise: 0.2, seed: 3 });

/** What a hand-written loop leaves behind: every weight, every gradient, every layer's output and each batch's ŷ. */
function handLoop(path: KernelPath, make: () => Sequential, epochs: number, batchSize: number, x = moons.x, y = moons.y) {
  setKernelPath(path);
  const model = make(), optimizer = new Adam({ learningRate: 0.01 }), rng = new Rng(2), predictions: number[][] = [];
  for (let e = 0; e < epochs; e++) {
    for (const batch of miniBatches(x, y, batchSize, rng)) {
      const yHat = model.forward(batch.x);
      predictions.push(Array.from(yHat.data));
      model.backward(binaryCrossEntropy.grad(yHat, batch.y));
      optimizer.step(model.parameters());
    }
  }
  return {
    predictions,
    weights: model.parameters().map((p) => Array.from(p.value)),
    grads: model.parameters().map((p) => Array.from(p.grad)),
    outputs: model.layers.map((layer) => layer.output!.toArray()),
    predict: Array.from(model.predict(x).data),
  };
}

afterEach(() => setKernelPath('wasm'));

describe('Sequential on the fused dense-stack pass', () => {
  it('gives the layer path\'s numbers bit for bit: ŷ, gradients, weights and every layer\'s output (course network)', () => {
    const course = () => mlp([2, 5, 2, 1], { seed: 3 });
    // The layers' own passes run only on the ts path: on wasm the fused pass does the work.
    const forward = vi.spyOn(Dense.prototype, 'forward'), backward = vi.spyOn(Dense.prototype, 'backward');
    const fused = handLoop('wasm', course, 20, 64);
    expect([forward.mock.calls.length, backward.mock.calls.length]).toEqual([0, 0]);
    const layered = handLoop('ts', course, 20, 64);
    expect(forward.mock.calls.length).toBeGreaterThan(0);
    expect(backward.mock.calls.length).toBeGreaterThan(0);
    vi.restoreAllMocks();
    expect(fused).toEqual(layered);
  });

  it('does so for widths and batch sizes off the 4×4 blocks (3-7-3-1, batches of 13 and a last one of 11)', () => {
    const rng = new Rng(9);
    const x = new Tensor(Float64Array.from({ length: 50 * 3 }, () => rng.normal()), [50, 3]);
    const y = new Tensor(Float64Array.from({ length: 50 }, () => (rng.uniform() > 0.5 ? 1 : 0)), [50, 1]);
    const odd = () => mlp([3, 7, 3, 1], { seed: 5 });
    expect(handLoop('wasm', odd, 6, 13, x, y)).toEqual(handLoop('ts', odd, 6, 13, x, y));
  });

  it('sees what code between forward and backward changes in the layers, as the layer path does', () => {
    const run = (path: KernelPath) => {
      setKernelPath(path);
      const model = mlp([2, 5, 2, 1], { seed: 3 }), batch = miniBatches(moons.x, moons.y, 64, new Rng(1))[0];
      const yHat = model.forward(batch.x);
      (model.layers[2] as Dense).W.value[3] += 0.25; // a weight changed by hand after forward
      model.layers[1].output!.data[7] = 0; // and one hidden activation
      model.backward(binaryCrossEntropy.grad(yHat, batch.y));
      return model.parameters().map((p) => Array.from(p.grad));
    };
    expect(run('wasm')).toEqual(run('ts'));
  });

  it('leaves other gradients, other models and overridden layers to the layer path', () => {
    const batch = miniBatches(moons.x, moons.y, 64, new Rng(1))[0];
    const run = (path: KernelPath, make: () => Sequential, lossName: 'bce' | 'mse') => {
      setKernelPath(path);
      const model = make(), optimizer = new Momentum({ learningRate: 0.1 });
      const loss = lossName === 'bce' ? binaryCrossEntropy : meanSquaredError;
      for (let i = 0; i < 3; i++) {
        model.backward(loss.grad(model.forward(batch.x), batch.y));
        optimizer.step(model.parameters());
      }
      return model.parameters().map((p) => Array.from(p.value));
    };
    // Mean squared error's gradient goes through the sigmoid's own derivative, not (ŷ − y)/m.
    const course = () => mlp([2, 5, 2, 1], { seed: 3 });
    expect(run('wasm', course, 'mse')).toEqual(run('ts', course, 'mse'));
    expect(run('wasm', () => mlp([2, 4, 1], { hidden: 'tanh', seed: 3 }), 'bce')).toEqual(run('ts', () => mlp([2, 4, 1], { hidden: 'tanh', seed: 3 }), 'bce'));
    // A layer given a forward of its own after the first pass is run as written.
    setKernelPath('wasm');
    const patched = course();
    patched.forward(batch.x);
    const first = patched.layers[0] as Dense;
    const ownForward = (x: Tensor, training: boolean) => Dense.prototype.forward.call(first, new Tensor(x.data.map(() => 0), x.shape), training);
    (first as { forward: Layer['forward'] }).forward = ownForward;
    patched.forward(batch.x);
    expect(first.output!.toArray()).toEqual(Array.from({ length: 64 }, () => Array.from(first.b!.value)));
    // A layer swapped in the array is seen too.
    const swapped = course();
    swapped.forward(batch.x);
    (swapped.layers as Layer[])[1] = tanh();
    const viaTanh = swapped.forward(batch.x);
    expect(swapped.layers[1].output).not.toBeNull();
    expect(viaTanh.shape).toEqual([64, 1]);
  });

  it('reports a wrong input width as the layer path does', () => {
    setKernelPath('wasm');
    const model = mlp([2, 5, 2, 1], { seed: 3 });
    expect(() => model.forward(Tensor.zeros([4, 3]))).toThrow(/dense1: input has shape \[4,3\] but the layer expects \[m,2\]/);
    expect(() => model.backward(binaryCrossEntropy.grad(Tensor.zeros([4, 1]), Tensor.zeros([4, 1])))).toThrow(/backward called before forward/);
  });
});
