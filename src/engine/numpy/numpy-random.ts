/**
 * numpy's legacy global generator (`np.random.seed`, `np.random.randn`, ...),
 * bit for bit, so that the course notebook's seeds give the notebook's numbers.
 * This exists only to reproduce the course; everything else uses `Rng`.
 * @module
 */
import { InputError } from '../errors';

const N = 624, M = 397;

/**
 * A numpy-compatible random generator: MT19937 seeded like
 * `np.random.seed(seed)` (init_genrand), with numpy's legacy `random`,
 * `randn` (polar method, second value cached), `normal`, `permutation` and
 * `shuffle`. Only for reproducing the course notebook; use `Rng` otherwise.
 *
 * ```ts
 * const np = new NumpyRandom(3);
 * np.random(); // 0.5507979025745755, as np.random.seed(3); np.random.random()
 * ```
 */
export class NumpyRandom {
  private readonly mt = new Uint32Array(N);
  private index = N;
  private cachedGauss: number | null = null;

  constructor(seed: number) {
    this.seed(seed);
  }

  /** Restarts the sequence, like `np.random.seed(seed)`; seed is a whole number in [0, 2³²). */
  seed(seed: number): void {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new InputError(`NumpyRandom: seed must be a whole number in [0, 2^32 - 1], got ${seed}.`);
    }
    const mt = this.mt;
    mt[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      // 1812433253 · prev + i, in 32 bits: split the multiplication to stay exact.
      mt[i] = ((((prev & 0xffff0000) >>> 16) * 1812433253) << 16) + (prev & 0x0000ffff) * 1812433253 + i;
    }
    this.index = N;
    this.cachedGauss = null;
  }

  /** The next raw 32-bit output of MT19937. */
  nextUint32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      for (let k = 0; k < N; k++) {
        const y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
        mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** Uniform in [0, 1) with 53 random bits, like `np.random.random()`: ((a >>> 5)·2²⁶ + (b >>> 6)) / 2⁵³. */
  random(): number {
    const a = this.nextUint32() >>> 5, b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** A standard normal like `np.random.randn()`: Marsaglia's polar method, the second value kept for the next call. */
  randn(): number {
    if (this.cachedGauss !== null) {
      const g = this.cachedGauss;
      this.cachedGauss = null;
      return g;
    }
    let x1: number, x2: number, r2: number;
    do {
      x1 = 2 * this.random() - 1;
      x2 = 2 * this.random() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * Math.log(r2)) / r2);
    this.cachedGauss = f * x1;
    return f * x2;
  }

  /** N(loc, scale²) like `np.random.normal(loc, scale)`: loc + scale · randn(). Also lets layers draw weights from it. */
  normal(loc = 0, scale = 1): number {
    return loc + scale * this.randn();
  }

  /** A whole number in [0, max], numpy's legacy bounded draw: mask to the smallest 2ᵏ − 1 ≥ max, reject above max. */
  private interval(max: number): number {
    if (max === 0) return 0;
    let mask = max;
    mask |= mask >>> 1; mask |= mask >>> 2; mask |= mask >>> 4; mask |= mask >>> 8; mask |= mask >>> 16;
    mask >>>= 0;
    let value: number;
    while ((value = (this.nextUint32() & mask) >>> 0) > max);
    return value;
  }

  /** Shuffles in place like `np.random.shuffle`: i from n − 1 down to 1, swap with j drawn in [0, i]. */
  shuffle<T>(array: T[]): T[] {
    for (let i = array.length - 1; i > 0; i--) {
      const j = this.interval(i);
      [array[i], array[j]] = [array[j], array[i]];
    }
    return array;
  }

  /** 0..n−1 shuffled, like `np.random.permutation(n)`. */
  permutation(n: number): number[] {
    return this.shuffle(Array.from({ length: n }, (_, i) => i));
  }
}
