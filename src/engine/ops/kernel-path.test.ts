import { afterEach, describe, expect, it } from 'vitest';
import { matmulInto, matmulTransAInto, matmulTransBInto } from './matmul';
import { kernelPath, setKernelPath, WASM_MIN_WORK, type KernelPath } from './kernel-path';
import { wasmKernels } from '../wasm/kernels';
import { Rng } from '../random';
import { Tensor } from '../tensor';
import { mlp } from '../layers/mlp';
import { Sequential } from '../model';
import { dense } from '../layers/dense';
import { relu } from '../layers/relu';
import { softmax } from '../layers/softmax';
import { binaryCrossEntropy } from '../losses/binary-cross-entropy';
import { softmaxCrossEntropy } from '../losses/softmax-cross-entropy';
import { Adam } from '../optimizers/adam';
import { checkModelGradients } from '../gradcheck';
import { randomTensor } from '../layers/test-helpers';

const random = (n: number, seed: number) => {
  const rng = new Rng(seed);
  return Float64Array.from({ length: n }, () => rng.normal());
};

/** The three products of `[m,k]` by `[k,n]`-shaped operands on one path, as plain arrays. */
function products(path: KernelPath, m: number, k: number, n: number): number[][] {
  setKernelPath(path);
  const a = random(m * k, 1), b = random(k * n, 2), bias = random(n, 3), g = random(m * n, 4);
  const ab = new Float64Array(m * n).fill(7), abt = new Float64Array(m * n).fill(7), atb = new Float64Array(n * k).fill(7);
  matmulInto(a, b, ab, m, k, n);
  matmulTransBInto(a, b, abt, m, k, n, bias); // b read as [n,k]
  matmulTransAInto(g, a, atb, m, n, k);
  return [ab, abt, atb].map((v) => Array.from(v));
}

afterEach(() => setKernelPath('wasm'));

describe('kernel paths', () => {
  it('Node has WebAssembly SIMD, so the default path is wasm', () => {
    expect(wasmKernels()).not.toBeNull();
    expect(kernelPath()).toBe('wasm');
  });

  // Shapes cross the 4×4 blocks and their tails, the packed strips and their bands of rows, the
  // small-matrix loops and the size threshold.
  it.each([[1, 1, 1], [3, 5, 2], [64, 2, 5], [64, 5, 2], [64, 2, 1], [130, 3, 1], [66, 5, 3], [70, 6, 7], [4, 4, 4], [5, 7, 9], [9, 12, 10], [33, 65, 17], [128, 30, 10], [70, 784, 13], [37, 19, 24], [256, 256, 256]])(
    'ts and wasm give bit-identical products (m=%i k=%i n=%i)',
    (m, k, n) => {
      expect(products('wasm', m, k, n)).toEqual(products('ts', m, k, n));
    },
  );

  it('the wasm kernels match the TypeScript ones below the size threshold too', () => {
    const wasm = wasmKernels()!;
    setKernelPath('ts');
    const [m, k, n] = [3, 2, 5];
    expect(m * k * n).toBeLessThan(WASM_MIN_WORK);
    const a = random(m * k, 5), b = random(n * k, 6), bias = random(n, 7);
    const viaTs = new Float64Array(m * n), viaWasm = new Float64Array(m * n);
    matmulTransBInto(a, b, viaTs, m, k, n, bias);
    wasm.matmulTransB(a, b, viaWasm, m, k, n, bias);
    expect(Array.from(viaWasm)).toEqual(Array.from(viaTs));
  });

  it('a product bigger than the memory so far grows it, and smaller ones still work after', () => {
    const small = products('wasm', 9, 12, 10);
    const big = products('wasm', 300, 300, 40); // 2.2 MB of operands: the memory grows
    expect(big).toEqual(products('ts', 300, 300, 40));
    expect(products('wasm', 9, 12, 10)).toEqual(small);
  });

  it.each([
    ['course 2-5-2-1 + BCE', () => mlp([2, 5, 2, 1], { seed: 3 }), binaryCrossEntropy, 2, 1],
    ['24-16-3 softmax + CE', () => mlp([24, 16, 3], { output: 'softmax', seed: 4 }), softmaxCrossEntropy, 24, 3],
  ] as const)('gradient check on both paths, gradients within 1e-12 relative of each other: %s', (_name, make, loss, nx, ny) => {
    const x = randomTensor(32, nx, 1);
    const y = new Tensor(Float64Array.from({ length: 32 * ny }, (_, i) => (ny === 1 ? i % 2 : Number(i % ny === Math.floor(i / ny) % ny))), [32, ny]);
    const grads: Record<KernelPath, number[]> = { ts: [], wasm: [] };
    for (const path of ['ts', 'wasm'] as const) {
      setKernelPath(path);
      const model = make();
      const result = checkModelGradients(model, loss, x, y, { tolerance: 1e-7 });
      expect(result.difference).toBeLessThan(1e-7);
      model.backward(loss.grad(model.forward(x, { training: true }), y));
      grads[path] = model.parameters().flatMap((p) => Array.from(p.grad));
    }
    const norm = (v: number[]) => Math.hypot(...v);
    const gap = norm(grads.ts.map((g, i) => g - grads.wasm[i])) / (norm(grads.ts) + norm(grads.wasm));
    expect(gap).toBeLessThan(1e-12);
    expect(grads.wasm).toEqual(grads.ts); // in fact identical: same summation order on both paths
  });

  it('training is identical on both paths (a 784-128-10 network, 3 Adam steps)', () => {
    const x = randomTensor(16, 784, 2), y = new Tensor(new Float64Array(160), [16, 10]);
    for (let i = 0; i < 16; i++) y.data[i * 10 + (i % 10)] = 1;
    const weights: Record<KernelPath, number[]> = { ts: [], wasm: [] };
    for (const path of ['ts', 'wasm'] as const) {
      setKernelPath(path);
      const model = new Sequential([dense(784, 128, { seed: 1 }), relu(), dense(128, 10, { seed: 2 }), softmax()]);
      const optimizer = new Adam({ learningRate: 0.01 });
      for (let step = 0; step < 3; step++) {
        model.backward(softmaxCrossEntropy.grad(model.forward(x, { training: true }), y));
        optimizer.step(model.parameters());
      }
      weights[path] = model.parameters().flatMap((p) => Array.from(p.value));
    }
    expect(weights.wasm).toEqual(weights.ts);
  });
});
