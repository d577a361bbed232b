/**
 * The course notebook's own randomness, reproduced with {@link NumpyRandom}:
 * its two-moons data, its He initialisation, its mini-batch order and its
 * learning-rate update timing. These exist only so a chapter can print the
 * notebook's numbers; everywhere else the engine's own `Rng` is the default.
 * @module
 */
import { Tensor } from '../tensor';
import type { Schedule } from '../schedules';
import type { Sequential } from '../model';
import { mlp } from '../layers/mlp';
import { takeRows, type Dataset } from '../data/dataset';
import { checkInteger, checkNonNegative, checkOptions } from '../validate';
import { NumpyRandom } from './numpy-random';

/** np.linspace(start, stop, count): start + i·step, with the last value exactly stop. */
function linspace(start: number, stop: number, count: number): number[] {
  const step = (stop - start) / (count - 1);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? stop : i * step + start));
}

/**
 * scikit-learn's `make_moons(n_samples, noise)` on numpy's global generator
 * after `np.random.seed(seed)`; the defaults give the notebook's data set
 * (`np.random.seed(3); make_moons(300, noise=.2)`). Layout: ⌊n/2⌋ outer points
 * (cos θ, sin θ) with label 0, then the inner ones (1 − cos θ, 1 − sin θ − ½)
 * with label 1; rows shuffled by `shuffle(arange(n))`; then
 * `normal(scale=noise)` added in row-major order. One example per row.
 *
 * ```ts
 * const { x, y } = makeMoonsSklearn(); // the notebook's train_X.T, train_Y.T
 * ```
 */
export function makeMoonsSklearn(options: { n?: number; noise?: number; seed?: number } = {}): Dataset {
  checkOptions('makeMoonsSklearn', options, ['n', 'noise', 'seed']);
  const { n = 300, noise = 0.2, seed = 3 } = options;
  checkInteger('makeMoonsSklearn', 'n', n, 2);
  checkNonNegative('makeMoonsSklearn', 'noise', noise);
  const np = new NumpyRandom(seed);
  const outer = Math.floor(n / 2), inner = n - outer;
  const points = [
    ...linspace(0, Math.PI, outer).map((t) => [Math.cos(t), Math.sin(t)]),
    ...linspace(0, Math.PI, inner).map((t) => [1 - Math.cos(t), 1 - Math.sin(t) - 0.5]),
  ];
  const order = np.shuffle(Array.from({ length: n }, (_, i) => i));
  const x = new Float64Array(2 * n), y = new Float64Array(n);
  order.forEach((from, i) => {
    y[i] = from < outer ? 0 : 1;
    x[2 * i] = points[from][0];
    x[2 * i + 1] = points[from][1];
  });
  if (noise > 0) for (let k = 0; k < 2 * n; k++) x[k] += np.normal(0, noise);
  return { x: new Tensor(x, [n, 2]), y: new Tensor(y, [n, 1]) };
}

/**
 * The notebook's He initialisation: `np.random.seed(3)` once, then for each
 * layer W^[l] = randn(n^[l], n^[l−1]) · √(2 / n^[l−1]) (row-major) and b^[l] = 0.
 *
 * ```ts
 * const [{ W: W1 }] = courseHeInit([2, 5, 2, 1]); // W1 is [5, 2]
 * ```
 */
export function courseHeInit(sizes: readonly number[], seed = 3): { W: Tensor; b: Tensor }[] {
  const np = new NumpyRandom(seed);
  return sizes.slice(1).map((nOut, l) => {
    const nIn = sizes[l], scale = Math.sqrt(2 / nIn);
    const W = new Float64Array(nOut * nIn);
    for (let i = 0; i < W.length; i++) W[i] = np.randn() * scale;
    return { W: new Tensor(W, [nOut, nIn]), b: Tensor.zeros([nOut]) };
  });
}

/**
 * The notebook's network, [2, 5, 2, 1] with ReLU, ReLU, sigmoid, initialised
 * exactly as {@link courseHeInit} (the engine's `mlp` drawing from a `NumpyRandom(3)`).
 *
 * ```ts
 * const model = courseModel(); // Sequential(dense1(2→5), relu1, dense2(5→2), relu2, dense3(2→1), sigmoid1)
 * ```
 */
export function courseModel(sizes: readonly number[] = [2, 5, 2, 1]): Sequential {
  return mlp(sizes, { hidden: 'relu', output: 'sigmoid', init: 'he', rng: new NumpyRandom(3) });
}

/**
 * The notebook's `random_mini_batches(X, Y, 64, seed)`: `np.random.seed(seed)`,
 * `permutation(m)`, then consecutive slices of `batchSize` (300 examples: 4 × 64 and 44).
 *
 * ```ts
 * const batches = courseMiniBatches(x, y, 11); // the first epoch's batches
 * ```
 */
export function courseMiniBatches(x: Tensor, y: Tensor, seed: number, batchSize = 64): Dataset[] {
  checkInteger('courseMiniBatches', 'batchSize', batchSize, 1);
  const order = new NumpyRandom(seed).permutation(x.rows);
  const batches: Dataset[] = [];
  for (let start = 0; start < order.length; start += batchSize) {
    const rows = order.slice(start, start + batchSize);
    batches.push({ x: takeRows(x, rows), y: takeRows(y, rows) });
  }
  return batches;
}

/**
 * The notebook's mini-batch order for `train({ batchOrder })`: epoch 0 (the
 * first) uses seed 11, epoch 1 seed 12, ... (its `seed = seed + 1` before each epoch).
 *
 * ```ts
 * train(courseModel(), data, { ..., batchSize: 64, batchOrder: courseBatchOrder() });
 * ```
 */
export function courseBatchOrder(firstSeed = 11): (epoch: number, m: number) => number[] {
  return (epoch, m) => new NumpyRandom(firstSeed + epoch).permutation(m);
}

/**
 * The notebook's timing of learning-rate decay: it computes α after epoch i
 * from i and uses it for the NEXT epoch, so epoch 0 and epoch 1 both run at
 * α0 and epoch e ≥ 1 runs at schedule(e − 1).
 *
 * ```ts
 * train(model, data, { ..., schedule: courseSchedule(inverseTimeDecay(0.1, 1)) });
 * ```
 */
export function courseSchedule(schedule: Schedule): Schedule {
  return (epoch) => schedule(Math.max(0, epoch - 1));
}
