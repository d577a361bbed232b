import { describe, expect, it } from 'vitest';
import fixture from '../../../test/fixtures/numpy-course.json';
import { NumpyRandom } from './numpy-random';

// Fixture: numpy 1.24 via scripts/fixtures/numpy_course.py (CI has no Python; the JSON is committed).
describe('NumpyRandom (numpy legacy RandomState)', () => {
  it('gives the values the issue lists for seed 3 and seed 11', () => {
    const np = new NumpyRandom(3);
    expect([np.random(), np.random()]).toEqual([0.5507979025745755, 0.7081478226181048]);
    np.seed(3);
    expect([np.randn(), np.randn()]).toEqual([1.7886284734303186, 0.43650985051198943]);
    expect(new NumpyRandom(11).permutation(10)).toEqual([7, 8, 2, 6, 4, 5, 1, 3, 0, 9]);
  });

  it('matches numpy for random(), including across the 624-word state refresh', () => {
    const np = new NumpyRandom(3);
    expect(Array.from({ length: 5 }, () => np.random())).toEqual(fixture.seed3_random);
    const big = new NumpyRandom(12345), draws = Array.from({ length: 2000 }, () => big.random());
    for (const [i, value] of Object.entries(fixture.seed12345_random_at)) expect(draws[Number(i)]).toBe(value);
    const max = new NumpyRandom(4294967295);
    expect(Array.from({ length: 3 }, () => max.random())).toEqual(fixture.seedmax_random);
  });

  it('matches numpy for randn() (odd count: the cached second value) and normal(loc, scale)', () => {
    const np = new NumpyRandom(3);
    const ours = Array.from({ length: 7 }, () => np.randn());
    ours.forEach((v, i) => expect(v).toBeCloseTo(fixture.seed3_randn[i], 14));
    const five = new NumpyRandom(5);
    fixture.seed5_normal_loc2_scale3.forEach((v) => expect(five.normal(2, 3)).toBeCloseTo(v, 13));
  });

  it('matches numpy for permutation(300) and shuffle(arange(1000))', () => {
    expect(new NumpyRandom(11).permutation(300)).toEqual(fixture.seed11_permutation300);
    const a = Array.from({ length: 1000 }, (_, i) => i);
    expect(new NumpyRandom(7).shuffle(a).slice(0, 20)).toEqual(fixture.seed7_shuffle1000_head);
  });

  it('forgets a cached normal when reseeded, as np.random.seed does', () => {
    const np = new NumpyRandom(3);
    np.randn();                      // leaves 0.4365... cached
    np.seed(3);
    expect(np.randn()).toBe(1.7886284734303186);
  });

  it.each([-1, 1.5, 2 ** 32])('rejects seed %s', (seed) => {
    expect(() => new NumpyRandom(seed)).toThrow(/seed must be a whole number in \[0, 2\^32 - 1\]/);
  });
});
