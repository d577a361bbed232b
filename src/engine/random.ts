import { InputError } from './errors';

/**
 * A small seeded random generator (mulberry32 for uniforms, Box-Muller for
 * normals). The engine never touches Math.random: every source of randomness
 * is an `Rng` passed in, so a seed reproduces a run exactly.
 */
export class Rng {
  private state: number;
  private spareNormal: number | null = null;

  constructor(seed = 1) {
    if (!Number.isFinite(seed)) throw new InputError(`Rng: seed must be a finite number, got ${seed}.`);
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform in [low, high). */
  between(low: number, high: number): number {
    return low + (high - low) * this.uniform();
  }

  /** Whole number in [0, n). */
  int(n: number): number {
    return Math.floor(this.uniform() * n);
  }

  /** Standard normal (mean 0, variance 1), or N(mean, std²). */
  normal(mean = 0, std = 1): number {
    if (this.spareNormal !== null) {
      const z = this.spareNormal;
      this.spareNormal = null;
      return mean + std * z;
    }
    let u = 0;
    while (u === 0) u = this.uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    const angle = 2 * Math.PI * this.uniform();
    this.spareNormal = r * Math.sin(angle);
    return mean + std * r * Math.cos(angle);
  }

  /** Shuffles `array` in place (Fisher-Yates) and returns it. */
  shuffle<T>(array: T[]): T[] {
    for (let i = array.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const swapped = array[i];
      array[i] = array[j];
      array[j] = swapped;
    }
    return array;
  }

  /** 0..n-1 in random order. */
  permutation(n: number): number[] {
    // A plain loop and push: train() asks for one permutation per epoch, and Array.from with a
    // callback cost more than the whole shuffle.
    const order: number[] = [];
    for (let i = 0; i < n; i++) order.push(i);
    return this.shuffle(order);
  }
}
