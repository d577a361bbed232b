import { describe, expect, it } from 'vitest';
import { matmulInto, matmulTransAInto, matmulTransBInto, transposeInto } from './matmul';
import { Rng } from '../random';

function random(n: number, seed: number): Float64Array {
  const rng = new Rng(seed);
  return Float64Array.from({ length: n }, () => rng.normal());
}
function reference(a: Float64Array, b: Float64Array, m: number, k: number, n: number): Float64Array {
  const c = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) for (let p = 0; p < k; p++) c[i * n + j] += a[i * k + p] * b[p * n + j];
  return c;
}

describe('matmul kernels agree with the triple loop', () => {
  it.each([[1, 1, 1], [3, 5, 2], [7, 9, 5], [64, 2, 5], [64, 5, 2], [9, 12, 10], [10, 9, 12], [33, 65, 17], [40, 40, 40]])('m=%i k=%i n=%i', (m, k, n) => {
    const a = random(m * k, 1), b = random(k * n, 2);
    const expected = reference(a, b, m, k, n);
    const out = new Float64Array(m * n).fill(7); // stale values must be overwritten
    matmulInto(a, b, out, m, k, n);
    const bt = new Float64Array(k * n);
    transposeInto(b, bt, k, n);
    const viaBt = new Float64Array(m * n).fill(7);
    matmulTransBInto(a, bt, viaBt, m, k, n);
    const at = new Float64Array(m * k);
    transposeInto(a, at, m, k);
    const viaAt = new Float64Array(m * n).fill(7);
    matmulTransAInto(at, b, viaAt, k, m, n);
    for (let i = 0; i < m * n; i++) {
      expect(out[i]).toBeCloseTo(expected[i], 10);
      expect(viaBt[i]).toBeCloseTo(expected[i], 10);
      expect(viaAt[i]).toBeCloseTo(expected[i], 10);
    }
  });
});

describe('matmulTransBInto with a bias', () => {
  it.each([[5, 3, 4], [6, 12, 5], [7, 9, 3]])('adds b[j] to every row (m=%i k=%i n=%i)', (m, k, n) => {
    const a = random(m * k, 3), b = random(n * k, 4), bias = random(n, 5);
    const out = new Float64Array(m * n);
    matmulTransBInto(a, b, out, m, k, n, bias);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = bias[j];
        for (let p = 0; p < k; p++) s += a[i * k + p] * b[j * k + p];
        expect(out[i * n + j]).toBeCloseTo(s, 12);
      }
    }
  });
});
