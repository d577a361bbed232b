import { describe, expect, it } from 'vitest';
import fixture from '../../../test/fixtures/numpy-course.json';
import { binaryCrossEntropy } from '../losses/binary-cross-entropy';
import { accuracy } from '../metrics';
import { adam, momentum, sgd } from '../index';
import type { Optimizer } from '../optimizers/optimizer';
import { inverseTimeDecay } from '../schedules';
import { train } from '../train';
import { courseBatchOrder, courseHeInit, courseMiniBatches, courseModel, courseSchedule, makeMoonsSklearn } from './course';

// Fixtures from numpy 1.24 + scikit-learn 1.2 (scripts/fixtures/numpy_course.py). Math.cos/sin/log may
// differ from glibc's by an ulp, so floating values are compared to 1e-12, integers exactly.
const close = (ours: number[], theirs: number[], tolerance: number) =>
  ours.forEach((v, i) => expect(Math.abs(v - theirs[i])).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(theirs[i]))));

describe('makeMoonsSklearn', () => {
  it("equals np.random.seed(3); make_moons(300, noise=.2), the notebook's data", () => {
    const { x, y } = makeMoonsSklearn();
    expect(y.column(0)).toEqual(fixture.moons_y);
    close(Array.from(x.data), fixture.moons_x.flat(), 1e-12);
  });
});

describe('course initialisation and mini-batches', () => {
  it('courseHeInit draws randn(n_out, n_in)·√(2/n_in) per layer after np.random.seed(3)', () => {
    const layers = courseHeInit([2, 5, 2, 1]);
    const expected = [fixture.he_init.W1, fixture.he_init.W2, fixture.he_init.W3];
    layers.forEach(({ W, b }, l) => {
      expect(W.shape).toEqual([expected[l].length, expected[l][0].length]);
      close(Array.from(W.data), expected[l].flat(), 1e-14);
      expect(Array.from(b.data).every((v) => v === 0)).toBe(true);
    });
  });

  it("courseModel's parameters are courseHeInit's", () => {
    const params = courseModel().parameters();
    const layers = courseHeInit([2, 5, 2, 1]);
    expect(params.map((p) => p.name)).toEqual(['dense1/W', 'dense1/b', 'dense2/W', 'dense2/b', 'dense3/W', 'dense3/b']);
    layers.forEach(({ W, b }, l) => {
      expect(Array.from(params[2 * l].value)).toEqual(Array.from(W.data));
      expect(Array.from(params[2 * l + 1].value)).toEqual(Array.from(b.data));
    });
  });

  it('courseMiniBatches(seed 11) takes permutation(300) in slices 64, 64, 64, 64, 44', () => {
    const { x, y } = makeMoonsSklearn();
    const batches = courseMiniBatches(x, y, 11);
    expect(batches.map((b) => b.x.rows)).toEqual([64, 64, 64, 64, 44]);
    const firstRow = fixture.seed11_permutation300[0];
    expect([batches[0].x.get(0, 0), batches[0].x.get(0, 1)]).toEqual([x.get(firstRow, 0), x.get(firstRow, 1)]);
    expect(courseBatchOrder()(0, 300)).toEqual(fixture.seed11_permutation300); // epoch 0, the first
  });

  it('courseSchedule runs epochs 0 and 1 at α0, then epoch e at schedule(e − 1)', () => {
    const s = courseSchedule(inverseTimeDecay(0.1, 1));
    expect([0, 1, 2, 3].map(s)).toEqual([0.1, 0.1, 0.05, 0.1 / 3]);
  });
});

describe("train() with the course helpers retraces the notebook's model() for 30 epochs", () => {
  const data = makeMoonsSklearn();
  it.each<[keyof typeof fixture.runs, () => Optimizer, boolean]>([
    ['gd_30', () => sgd(0.0007), false],
    ['momentum_30', () => momentum(0.0007, 0.9), false],
    ['adam_30', () => adam(0.0007), false],
    ['gd_decay_every_epoch_30', () => sgd(0.1), true],
  ])('%s: epoch costs, final parameters and accuracy', (name, makeOptimizer, decay) => {
    const reference = fixture.runs[name];
    const model = courseModel();
    const history = train(model, data, {
      loss: binaryCrossEntropy, optimizer: makeOptimizer(), epochs: 30, batchSize: 64,
      batchOrder: courseBatchOrder(), schedule: decay ? courseSchedule(inverseTimeDecay(0.1, 1)) : undefined,
    });
    close(history.epochLoss, reference.costs, 1e-9);
    const params = model.parameters();
    (['W1', 'b1', 'W2', 'b2', 'W3', 'b3'] as const).forEach((key, k) => {
      close(Array.from(params[k].value), (reference.params[key] as number[][]).flat(), 1e-9);
    });
    expect(accuracy(model.predict(data.x), data.y)).toBe(reference.accuracy);
  });
});

describe("the notebook's full run", () => {
  it('Adam, α = 0.0007, 5000 epochs: training accuracy 0.9433, as the notebook prints', () => {
    const data = makeMoonsSklearn(), model = courseModel();
    train(model, data, { loss: binaryCrossEntropy, optimizer: adam(0.0007), epochs: 5000, batchSize: 64, batchOrder: courseBatchOrder() });
    expect(accuracy(model.predict(data.x), data.y).toFixed(4)).toBe('0.9433');
  });
});
