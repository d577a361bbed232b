import { describe, expect, it } from 'vitest';
import { Tensor } from './tensor';
import { Rng } from './random';
import { mlp } from './layers/mlp';
import { binaryCrossEntropy } from './losses/binary-cross-entropy';
import { meanSquaredError } from './losses/mean-squared-error';
import { accuracy } from './metrics';
import { adam, sgd } from './index';
import { inverseTimeDecay } from './schedules';
import { makeMoons } from './data/moons';
import { miniBatches } from './data/minibatch';
import { DivergenceError, train } from './train';

const moons = makeMoons({ n: 300, noise: 0.2, seed: 3 });

describe('train', () => {
  it('does exactly what the hand-written loop does (same batches, same updates)', () => {
    const a = mlp([2, 5, 2, 1], { seed: 3 }), b = mlp([2, 5, 2, 1], { seed: 3 });
    train(a, moons, { loss: binaryCrossEntropy, optimizer: sgd(0.1), epochs: 3, batchSize: 64, seed: 9 });
    const rng = new Rng(9), opt = sgd(0.1);
    for (let epoch = 0; epoch < 3; epoch++) {
      for (const batch of miniBatches(moons.x, moons.y, 64, rng)) {
        const yHat = b.forward(batch.x, { training: true });
        b.backward(binaryCrossEntropy.grad(yHat, batch.y));
        opt.step(b.parameters());
      }
    }
    const values = (model: typeof a) => model.parameters().flatMap((p) => Array.from(p.value));
    expect(values(a)).toEqual(values(b));
  });

  it('records one loss per step, per-example epoch losses, accuracy and the scheduled α per epoch', () => {
    const optimizer = sgd(0.5);
    const history = train(mlp([2, 5, 2, 1], { seed: 3 }), moons, {
      loss: binaryCrossEntropy, optimizer, epochs: 4, batchSize: 64, schedule: inverseTimeDecay(0.5, 1),
    });
    expect(history.stepLoss).toHaveLength(4 * 5);                        // ⌈300/64⌉ = 5 batches per epoch
    const sizes = [64, 64, 64, 64, 44];
    history.epochLoss.forEach((loss, e) => {
      const weighted = sizes.reduce((sum, size, k) => sum + history.stepLoss[5 * e + k] * size, 0) / 300;
      expect(loss).toBeCloseTo(weighted, 12);
    });
    expect(history.learningRates).toEqual([0.5, 0.25, 0.5 / 3, 0.125]);
    expect(optimizer.learningRate).toBe(0.125);
    expect(history.epochAccuracy).toHaveLength(4);
    for (const acc of history.epochAccuracy) expect(acc).toBeGreaterThanOrEqual(0);
  });

  it('learns the moons: Adam reaches > 85% training accuracy and the loss falls', () => {
    const model = mlp([2, 5, 2, 1], { seed: 3 });
    const optimizer = adam(0.01);
    const history = train(model, moons, { loss: binaryCrossEntropy, optimizer, epochs: 300, batchSize: 64 });
    expect(accuracy(model.predict(moons.x), moons.y)).toBeGreaterThan(0.85);
    expect(history.epochLoss[299]).toBeLessThan(history.epochLoss[0] / 2);
    expect(optimizer.updates).toBe(300 * 5);                             // t counts updates, not examples
  });

  it('calls onStep after each update and onEpoch after each epoch, and stops when one returns false', () => {
    const steps: number[] = [], epochs: number[] = [];
    const history = train(mlp([2, 3, 1], { seed: 1 }), moons, {
      loss: binaryCrossEntropy, optimizer: sgd(0.1), epochs: 10, batchSize: 100,
      onStep: ({ step, batch, epoch }) => { steps.push(step); expect(batch).toBe((step - 1) % 3); expect(epoch).toBe(Math.floor((step - 1) / 3)); },
      onEpoch: ({ epoch, loss, accuracy: acc }) => { epochs.push(epoch); expect(Number.isFinite(loss) && Number.isFinite(acc)).toBe(true); return epoch < 3; },
    });
    expect(epochs).toEqual([0, 1, 2, 3]);
    expect(steps).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(history.epochLoss).toHaveLength(4);
  });

  it('throws DivergenceError naming the epoch and step when the loss is not finite', () => {
    // A linear model on large inputs with α = 1: every step multiplies the error, so the loss overflows.
    const x = new Tensor(Float64Array.from({ length: 200 }, (_, i) => 50 + (i % 7)), [100, 2]);
    const y = Tensor.zeros([100, 1]);
    let error: unknown;
    try {
      train(mlp([2, 1], { output: 'linear', seed: 1 }), { x, y }, { loss: meanSquaredError, optimizer: sgd(1), epochs: 100, batchSize: 10 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DivergenceError);
    const { epoch, step, message } = error as DivergenceError;
    expect(step).toBeGreaterThan(1);
    expect(epoch).toBe(Math.floor((step - 1) / 10));                    // epochs count from 0, steps from 1
    expect(message).toBe(`Loss diverged (${(error as DivergenceError).loss}) at epoch ${epoch}, step ${step}: try a smaller learning rate.`);
  });

  it('numbers epochs one way, from 0, in schedule, batchOrder, onStep, onEpoch and the history', () => {
    const seen = { schedule: [] as number[], batchOrder: [] as number[], onStep: new Set<number>(), onEpoch: [] as number[], rateOfEpoch: [] as number[] };
    const history = train(mlp([2, 3, 1], { seed: 1 }), moons, {
      loss: binaryCrossEntropy, optimizer: sgd(0.1), epochs: 3, batchSize: 100,
      schedule: (epoch) => { seen.schedule.push(epoch); return inverseTimeDecay(0.2, 1)(epoch); },
      batchOrder: (epoch, m) => { seen.batchOrder.push(epoch); return Array.from({ length: m }, (_, i) => i); },
      onStep: ({ epoch }) => { seen.onStep.add(epoch); },
      onEpoch: ({ epoch, learningRate }) => { seen.onEpoch.push(epoch); seen.rateOfEpoch.push(learningRate); },
    });
    for (const epochs of [seen.schedule, seen.batchOrder, [...seen.onStep], seen.onEpoch]) expect(epochs).toEqual([0, 1, 2]);
    // The first epoch runs at α0 (the lecture's table, which counts from 1, starts at α0/2).
    expect(seen.rateOfEpoch).toEqual([0.2, 0.1, 0.2 / 3]);
    expect(history.learningRates).toEqual(seen.rateOfEpoch);
  });

  it('rejects bad options and data, saying what is wrong', () => {
    const base = { loss: binaryCrossEntropy, optimizer: sgd(0.1), epochs: 1, batchSize: 64 };
    const model = mlp([2, 1], { seed: 1 });
    expect(() => train(model, moons, { ...base, batchSize: 0 })).toThrow(/train: batchSize must be a whole number >= 1, got 0/);
    // @ts-expect-error misspelt option
    expect(() => train(model, moons, { ...base, epoch: 3 })).toThrow(/train: unknown option "epoch"/);
    expect(() => train(model, { x: moons.x, y: Tensor.zeros([3, 1]) }, base)).toThrow(/x has 300 rows .* but y has 3/);
    expect(() => train(model, moons, { ...base, batchOrder: () => [0, 1] })).toThrow(/batchOrder must return a permutation of 0..299/);
    // Right length, but index 4 twice and 5 missing; and one index past the end.
    const repeated = (_: number, m: number) => Array.from({ length: m }, (_, i) => (i === 5 ? 4 : i));
    expect(() => train(model, moons, { ...base, batchOrder: repeated })).toThrow(/batchOrder must return a permutation of 0..299/);
    expect(() => train(model, moons, { ...base, batchOrder: (_, m) => Array.from({ length: m }, (_, i) => i + 1) })).toThrow(/batchOrder must return a permutation/);
  });
});
