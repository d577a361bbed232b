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
    return mulberry32((this.state = nextState(this.state)));
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

  /** 0..n-1 in random order: the same order, and the same state after, as `shuffle` of 0..n-1. */
  permutation(n: number): number[] {
    // A plain loop and push: train() asks for one permutation per epoch, and Array.from with a
    // callback cost more than the whole shuffle. The state stays in a local while it runs: about
    // two thirds of the time of calling int() per swap, which reads and writes the field each time.
    const order: number[] = [];
    for (let i = 0; i < n; i++) order.push(i);
    let state = this.state;
    for (let i = n - 1; i > 0; i--) {
      state = nextState(state);
      const j = Math.floor(mulberry32(state) * (i + 1));
      const swapped = order[i];
      order[i] = order[j];
      order[j] = swapped;
    }
    this.state = state;
    return order;
  }
}

/** mulberry32's state step (a Weyl sequence over 32 bits). */
function nextState(state: number): number {
  return (state + 0x6d2b79f5) >>> 0;
}

/** mulberry32's output for a state, as a uniform in [0, 1). */
function mulberry32(state: number): number {
  let t = Math.imul(state ^ (state >>> 15), state | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
