/**
 * The hand-written reference: the classic course code (forward, manual
 * backprop, Adam) for a ReLU network with a sigmoid or softmax output, on
 * Float64Arrays preallocated per batch size. No engine code is used.
 */
import { Rng } from '../src/engine/random';

interface Buffers {
  x: Float64Array;
  y: Float64Array;
  z: Float64Array[];
  a: Float64Array[];
  dz: Float64Array[];
  da: Float64Array[];
}

export class ManualNetwork {
  readonly W: Float64Array[] = [];
  readonly b: Float64Array[] = [];
  private dW: Float64Array[] = [];
  private db: Float64Array[] = [];
  private mW: Float64Array[] = [];
  private vW: Float64Array[] = [];
  private mb: Float64Array[] = [];
  private vb: Float64Array[] = [];
  private t = 0;
  private buffers = new Map<number, Buffers>();

  constructor(
    readonly sizes: readonly number[],
    readonly output: 'sigmoid' | 'softmax',
    readonly learningRate: number,
    seed: number,
  ) {
    const rng = new Rng(seed);
    for (let l = 1; l < sizes.length; l++) {
      const w = new Float64Array(sizes[l] * sizes[l - 1]);
      for (let i = 0; i < w.length; i++) w[i] = rng.normal() * Math.sqrt(2 / sizes[l - 1]);
      this.W.push(w);
      this.b.push(new Float64Array(sizes[l]));
      for (const list of [this.dW, this.mW, this.vW]) list.push(new Float64Array(w.length));
      for (const list of [this.db, this.mb, this.vb]) list.push(new Float64Array(sizes[l]));
    }
  }

  private buffersFor(m: number): Buffers {
    let buf = this.buffers.get(m);
    if (!buf) {
      const s = this.sizes;
      buf = {
        x: new Float64Array(m * s[0]),
        y: new Float64Array(m * s[s.length - 1]),
        z: s.slice(1).map((n) => new Float64Array(m * n)),
        a: s.slice(1).map((n) => new Float64Array(m * n)),
        dz: s.slice(1).map((n) => new Float64Array(m * n)),
        da: s.slice(1).map((n) => new Float64Array(m * n)),
      };
      this.buffers.set(m, buf);
    }
    return buf;
  }

  /** One epoch of mini-batch Adam over rows of x (shuffled with rng); returns the mean cost. */
  epoch(x: Float64Array, y: Float64Array, m: number, batchSize: number, rng: Rng): number {
    const nx = this.sizes[0], ny = this.sizes[this.sizes.length - 1];
    const order = rng.permutation(m);
    let total = 0;
    for (let start = 0; start < m; start += batchSize) {
      const size = Math.min(batchSize, m - start);
      const buf = this.buffersFor(size);
      for (let k = 0; k < size; k++) {
        const row = order[start + k];
        for (let j = 0; j < nx; j++) buf.x[k * nx + j] = x[row * nx + j];
        for (let j = 0; j < ny; j++) buf.y[k * ny + j] = y[row * ny + j];
      }
      total += this.step(buf, size) * size;
    }
    return total / m;
  }

  /** One Adam step on a batch already copied into the buffers of size m. */
  step(buf: Buffers, m: number): number {
    const s = this.sizes, L = s.length - 1;
    // Forward: Z = A_prev·Wᵀ + b, ReLU on hidden layers.
    for (let l = 0; l < L; l++) {
      const nIn = s[l], nOut = s[l + 1];
      const prev = l === 0 ? buf.x : buf.a[l - 1];
      const W = this.W[l], b = this.b[l], Z = buf.z[l], A = buf.a[l];
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < nOut; j++) {
          let sum = b[j];
          for (let k = 0; k < nIn; k++) sum += prev[i * nIn + k] * W[j * nIn + k];
          Z[i * nOut + j] = sum;
          if (l < L - 1) A[i * nOut + j] = sum > 0 ? sum : 0;
        }
      }
    }
    // Output and cost; dZ_L = (A_L - Y)/m for sigmoid + BCE and for softmax + CE.
    const ny = s[L], ZL = buf.z[L - 1], AL = buf.a[L - 1], dZL = buf.dz[L - 1], Y = buf.y;
    let cost = 0;
    if (this.output === 'sigmoid') {
      for (let i = 0; i < m * ny; i++) {
        const a = 1 / (1 + Math.exp(-ZL[i]));
        AL[i] = a;
        cost -= Y[i] * Math.log(a) + (1 - Y[i]) * Math.log(1 - a);
        dZL[i] = (a - Y[i]) / m;
      }
    } else {
      for (let i = 0; i < m; i++) {
        let max = -Infinity;
        for (let j = 0; j < ny; j++) max = Math.max(max, ZL[i * ny + j]);
        let sum = 0;
        for (let j = 0; j < ny; j++) sum += AL[i * ny + j] = Math.exp(ZL[i * ny + j] - max);
        for (let j = 0; j < ny; j++) {
          const k = i * ny + j;
          AL[k] /= sum;
          if (Y[k] !== 0) cost -= Y[k] * Math.log(AL[k]);
          dZL[k] = (AL[k] - Y[k]) / m;
        }
      }
    }
    // Backward: dW = dZᵀ·A_prev, db = Σ dZ, dA_prev = dZ·W, dZ_prev = dA_prev·[Z_prev > 0].
    for (let l = L - 1; l >= 0; l--) {
      const nIn = s[l], nOut = s[l + 1];
      const prev = l === 0 ? buf.x : buf.a[l - 1];
      const dZ = buf.dz[l], dW = this.dW[l], db = this.db[l], W = this.W[l];
      dW.fill(0);
      db.fill(0);
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < nOut; j++) {
          const g = dZ[i * nOut + j];
          db[j] += g;
          for (let k = 0; k < nIn; k++) dW[j * nIn + k] += g * prev[i * nIn + k];
        }
      }
      if (l > 0) {
        const dZprev = buf.dz[l - 1], Zprev = buf.z[l - 1];
        for (let i = 0; i < m; i++) {
          for (let k = 0; k < nIn; k++) {
            let sum = 0;
            for (let j = 0; j < nOut; j++) sum += dZ[i * nOut + j] * W[j * nIn + k];
            dZprev[i * nIn + k] = Zprev[i * nIn + k] > 0 ? sum : 0;
          }
        }
      }
    }
    // Adam with bias correction.
    this.t++;
    const b1 = 0.9, b2 = 0.999, eps = 1e-8, alpha = this.learningRate;
    const c1 = 1 - Math.pow(b1, this.t), c2 = 1 - Math.pow(b2, this.t);
    for (let l = 0; l < L; l++) {
      for (const [w, g, mm, vv] of [[this.W[l], this.dW[l], this.mW[l], this.vW[l]], [this.b[l], this.db[l], this.mb[l], this.vb[l]]]) {
        for (let i = 0; i < w.length; i++) {
          mm[i] = b1 * mm[i] + (1 - b1) * g[i];
          vv[i] = b2 * vv[i] + (1 - b2) * g[i] * g[i];
          w[i] -= (alpha * (mm[i] / c1)) / (Math.sqrt(vv[i] / c2) + eps);
        }
      }
    }
    return cost / m;
  }

  /** One step on the first m rows of x, y (for the wide workload's fixed batch). */
  stepOn(x: Float64Array, y: Float64Array, m: number): number {
    const buf = this.buffersFor(m);
    buf.x.set(x.subarray(0, buf.x.length));
    buf.y.set(y.subarray(0, buf.y.length));
    return this.step(buf, m);
  }
}

/** The plain i-k-j triple loop, C = A·B for square n×n matrices. */
export function naiveMatmul(a: Float64Array, b: Float64Array, c: Float64Array, n: number): void {
  c.fill(0);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const aik = a[i * n + k];
      for (let j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
    }
  }
}
