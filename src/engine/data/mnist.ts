import { Tensor } from '../tensor';
import { InputError } from '../errors';
import { rngFrom, type Dataset, type RandomOptions } from './dataset';
import { greyLevels, mnistImages, mnistPixels } from './mnist-images';
import { checkInteger, checkOptions } from '../validate';

export { mnistPixels };

/** Options of {@link loadMnist}. */
export interface MnistOptions extends RandomOptions {
  /** Training examples wanted, default 1000. */
  readonly train?: number;
  /** Test examples wanted, default 200. */
  readonly test?: number;
}

/** How many of `total` examples digit `d` gets: as even as possible, the remainder to the lowest digits. */
const share = (total: number, d: number) => Math.floor(total / 10) + (d < total % 10 ? 1 : 0);

/**
 * MNIST handwritten digits: 8648 images from the `mnist` package (about 865
 * of each digit; grey levels scaled to [0, 1]), bundled compactly and loaded
 * lazily: the 2.4 MB of data is only downloaded when a snippet awaits this.
 * train + test can be at most 8630 (863 images of digit 5, the rarest).
 * The training and test sets never share an image; each has the digits in
 * near-equal numbers, shuffled by the seed. x is [n, 784] (row-major 28 × 28),
 * y is [n, 1] with the digit.
 *
 * ```ts
 * const { train, test } = await loadMnist({ train: 2000, test: 500, seed: 1 });
 * const y = oneHot(train.y, 10);
 * ```
 */
export async function loadMnist(options: MnistOptions = {}): Promise<{ train: Dataset; test: Dataset }> {
  checkOptions('loadMnist', options, ['train', 'test', 'seed', 'rng']);
  const trainCount = options.train ?? 1000, testCount = options.test ?? 200;
  checkInteger('loadMnist', 'train', trainCount, 1);
  checkInteger('loadMnist', 'test', testCount, 1);
  const { counts, images } = await mnistImages();
  // Every digit holds at least min(counts) images, and that many of each always fits 10·min(counts) in all.
  const maxTotal = 10 * Math.min(...counts);
  // [digit, index of the image among that digit's]: the first images of each digit train, the next ones test.
  const trainImages: [number, number][] = [], testImages: [number, number][] = [];
  counts.forEach((available, d) => {
    const wantTrain = share(trainCount, d), wantTest = share(testCount, d);
    if (wantTrain + wantTest > available) {
      throw new InputError(`loadMnist: train ${trainCount} + test ${testCount} needs ${wantTrain + wantTest} images of digit ${d}, ` +
        `but the bundled MNIST subset has ${available}; keep train + test <= ${maxTotal}.`);
    }
    for (let k = 0; k < wantTrain; k++) trainImages.push([d, k]);
    for (let k = 0; k < wantTest; k++) testImages.push([d, wantTrain + k]);
  });
  const rng = rngFrom(options);
  const build = (picked: [number, number][]): Dataset => {
    rng.shuffle(picked);
    const x = new Float64Array(picked.length * mnistPixels), y = new Float64Array(picked.length);
    picked.forEach(([d, k], i) => {
      const grey = images[d].subarray(k * mnistPixels, (k + 1) * mnistPixels);
      for (let p = 0; p < mnistPixels; p++) x[i * mnistPixels + p] = greyLevels[grey[p]];
      y[i] = d;
    });
    return { x: new Tensor(x, [picked.length, mnistPixels]), y: new Tensor(y, [picked.length, 1]) };
  };
  return { train: build(trainImages), test: build(testImages) };
}
