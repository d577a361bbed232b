/**
 * Matrix-product kernels on row-major Float64Arrays. They write into `out`
 * (overwriting it), so layers can reuse buffers across mini-batches.
 *
 * Why these loop orders: V8 does not vectorise, so speed comes from touching
 * memory in order and doing several multiply-adds per load. Each kernel walks
 * rows contiguously and unrolls by four rows (or a 2×2 register block), which
 * cuts loads and stores per multiply-add to about a quarter of a plain loop.
 *
 * Summation order is part of the contract: every entry of C is summed over k in plain order
 * (bias or 0 first, then p = 0, 1, ..., left to right, no regrouping), in every loop here and in
 * the WebAssembly kernels, so both paths give bit-identical results (matmul.test.ts checks it).
 *
 * Products of at least `WASM_MIN_WORK` multiply-adds go to the WebAssembly SIMD kernels instead
 * when the kernel path is `'wasm'` (see `kernel-path.ts`); these loops stay the reference.
 * @module
 */
import { wasmFor } from './kernel-path';

/** Reused space for Bᵀ in {@link matmulInto}; kernels run to completion, so one is enough. */
let scratch = new Float64Array(0);

/**
 * C = A·B with A `[m,k]`, B `[k,n]`, C `[m,n]` (the i-k-j order, unrolled by four values of k).
 *
 * ```ts
 * matmulInto(new Float64Array([1, 2]), new Float64Array([3, 4]), out, 1, 2, 1); // out[0] = 11
 * ```
 */
export function matmulInto(a: Float64Array, b: Float64Array, out: Float64Array, m: number, k: number, n: number): void {
  const wasm = wasmFor(m * k * n);
  if (wasm !== null) return wasm.matmul(a, b, out, m, k, n);
  if (m >= 8 && m * k * n >= 32768) {
    // Large products: transposing B once (O(kn)) lets every entry be a dot product of
    // two contiguous rows in 2×2 register blocks, about 20% faster than i-k-j here.
    if (scratch.length < k * n) scratch = new Float64Array(k * n);
    transposeInto(b, scratch, k, n);
    matmulTransBInto(a, scratch, out, m, k, n);
    return;
  }
  if (n < 8) {
    // Narrow outputs (a small layer's dX): unrolling over k would run short inner loops; plain dot products are faster.
    smallMatmul(a, b, out, m, k, n);
    return;
  }
  unrolledMatmul(a, b, out, m, k, n);
}

/** The i-k-j loop of {@link matmulInto}, four values of k per pass over a row of C. */
function unrolledMatmul(a: Float64Array, b: Float64Array, out: Float64Array, m: number, k: number, n: number): void {
  out.fill(0, 0, m * n);
  const k4 = k - (k % 4);
  for (let i = 0; i < m; i++) {
    const ai = i * k;
    const ci = i * n;
    let p = 0;
    for (; p < k4; p += 4) {
      const a0 = a[ai + p], a1 = a[ai + p + 1], a2 = a[ai + p + 2], a3 = a[ai + p + 3];
      const b0 = p * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n;
      for (let j = 0; j < n; j++) {
        out[ci + j] = out[ci + j] + a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j] + a3 * b[b3 + j];
      }
    }
    for (; p < k; p++) {
      const ap = a[ai + p];
      const bp = p * n;
      for (let j = 0; j < n; j++) out[ci + j] += ap * b[bp + j];
    }
  }
}

/**
 * C = A·Bᵀ (+ bias on every row, when given) with A `[m,k]`, B `[n,k]`, C `[m,n]`:
 * every entry is a dot product of two contiguous rows (a dense layer's Z = X·Wᵀ + b),
 * computed in 2×2 blocks.
 *
 * ```ts
 * matmulTransBInto(x, W, z, m, nIn, nOut); // z[i,j] = Σ_k x[i,k]·W[j,k]
 * ```
 */
export function matmulTransBInto(a: Float64Array, b: Float64Array, out: Float64Array, m: number, k: number, n: number, bias?: Float64Array): void {
  const wasm = wasmFor(m * k * n);
  if (wasm !== null) return wasm.matmulTransB(a, b, out, m, k, n, bias);
  if (k < 8) {
    // Few inputs per unit (the course's 2-5-2-1 network): 2×2 blocking costs more than it saves.
    if (bias === undefined) smallTransB(a, b, out, m, k, n);
    else smallTransBBias(a, b, out, m, k, n, bias);
    return;
  }
  blockedTransB(a, b, out, m, k, n, bias);
}

/** The 2×2-blocked loop of {@link matmulTransBInto}. */
function blockedTransB(a: Float64Array, b: Float64Array, out: Float64Array, m: number, k: number, n: number, bias?: Float64Array): void {
  const m2 = m - (m % 2);
  const n2 = n - (n % 2);
  for (let i = 0; i < m2; i += 2) {
    const a0 = i * k, a1 = a0 + k;
    for (let j = 0; j < n2; j += 2) {
      const b0 = j * k, b1 = b0 + k;
      const c0 = bias === undefined ? 0 : bias[j], c1 = bias === undefined ? 0 : bias[j + 1];
      let s00 = c0, s01 = c1, s10 = c0, s11 = c1;
      for (let p = 0; p < k; p++) {
        const x0 = a[a0 + p], x1 = a[a1 + p], w0 = b[b0 + p], w1 = b[b1 + p];
        s00 += x0 * w0;
        s01 += x0 * w1;
        s10 += x1 * w0;
        s11 += x1 * w1;
      }
      out[i * n + j] = s00;
      out[i * n + j + 1] = s01;
      out[(i + 1) * n + j] = s10;
      out[(i + 1) * n + j + 1] = s11;
    }
    if (n2 < n) {
      const b0 = n2 * k;
      let s0 = bias === undefined ? 0 : bias[n2], s1 = s0;
      for (let p = 0; p < k; p++) {
        s0 += a[a0 + p] * b[b0 + p];
        s1 += a[a1 + p] * b[b0 + p];
      }
      out[i * n + n2] = s0;
      out[(i + 1) * n + n2] = s1;
    }
  }
  if (m2 < m) {
    const a0 = m2 * k;
    for (let j = 0; j < n; j++) {
      const b0 = j * k;
      let s = bias === undefined ? 0 : bias[j];
      for (let p = 0; p < k; p++) s += a[a0 + p] * b[b0 + p];
      out[m2 * n + j] = s;
    }
  }
}

/**
 * C = Aᵀ·B with A `[m,p]`, B `[m,q]`, C `[p,q]` (a dense layer's dW = dZᵀ·X):
 * row r of C accumulates A[i,r]·(row i of B), four rows i at a time.
 *
 * ```ts
 * matmulTransAInto(dZ, x, dW, m, nOut, nIn); // dW[j,k] = Σ_i dZ[i,j]·x[i,k]
 * ```
 */
export function matmulTransAInto(a: Float64Array, b: Float64Array, out: Float64Array, m: number, p: number, q: number): void {
  const wasm = wasmFor(m * p * q);
  if (wasm !== null) return wasm.matmulTransA(a, b, out, m, p, q);
  out.fill(0, 0, p * q);
  if (q < 8) {
    // Narrow rows of B (a small layer's inputs): walk A and B once, row by row.
    smallTransA(a, b, out, m, p, q);
    return;
  }
  unrolledTransA(a, b, out, m, p, q);
}

/** The loop of {@link matmulTransAInto}, four rows of A and B per pass over a row of C. */
function unrolledTransA(a: Float64Array, b: Float64Array, out: Float64Array, m: number, p: number, q: number): void {
  const m4 = m - (m % 4);
  for (let r = 0; r < p; r++) {
    const cr = r * q;
    let i = 0;
    for (; i < m4; i += 4) {
      const a0 = a[i * p + r], a1 = a[(i + 1) * p + r], a2 = a[(i + 2) * p + r], a3 = a[(i + 3) * p + r];
      const b0 = i * q, b1 = b0 + q, b2 = b1 + q, b3 = b2 + q;
      for (let c = 0; c < q; c++) {
        out[cr + c] = out[cr + c] + a0 * b[b0 + c] + a1 * b[b1 + c] + a2 * b[b2 + c] + a3 * b[b3 + c];
      }
    }
    for (; i < m; i++) {
      const ai = a[i * p + r];
      const bi = i * q;
      for (let c = 0; c < q; c++) out[cr + c] += ai * b[bi + c];
    }
  }
}

// Every exported kernel above is only a dispatcher: the small-matrix loops below and
// the unrolled loops each live in a function of their own. When one function held
// both, V8 compiled the small loop 2-4x slower (measured on the course's 64×2→5
// layer: 1.7 µs against 0.68 µs for Z = X·Wᵀ + b), even with the small loop
// already in a helper, because the helper was inlined into the big body.

function smallTransB(a: Float64Array, b: Float64Array, out: Float64Array, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a[i * k + p] * b[j * k + p];
      out[i * n + j] = s;
    }
  }
}

function smallTransBBias(a: Float64Array, b: Float64Array, out: Float64Array, m: number, k: number, n: number, bias: Float64Array): void {
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = bias[j];
      for (let p = 0; p < k; p++) s += a[i * k + p] * b[j * k + p];
      out[i * n + j] = s;
    }
  }
}

function smallMatmul(a: Float64Array, b: Float64Array, out: Float64Array, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a[i * k + p] * b[p * n + j];
      out[i * n + j] = s;
    }
  }
}

function smallTransA(a: Float64Array, b: Float64Array, out: Float64Array, m: number, p: number, q: number): void {
  for (let i = 0; i < m; i++) {
    for (let r = 0; r < p; r++) {
      const air = a[i * p + r];
      for (let c = 0; c < q; c++) out[r * q + c] += air * b[i * q + c];
    }
  }
}

/**
 * Bᵀ of a row-major `[rows, cols]` matrix, written into `out` as `[cols, rows]`.
 *
 * ```ts
 * transposeInto(new Float64Array([1, 2, 3, 4, 5, 6]), out, 2, 3); // out = [1, 4, 2, 5, 3, 6]
 * ```
 */
export function transposeInto(a: Float64Array, out: Float64Array, rows: number, cols: number): void {
  for (let i = 0; i < rows; i++) {
    const ai = i * cols;
    for (let j = 0; j < cols; j++) out[j * rows + i] = a[ai + j];
  }
}
