/**
 * `npx tsx bench/kernel-sizes.ts`: the TypeScript and the WebAssembly matrix kernels side by side
 * over layer-sized shapes, calls per CPU-second, to place `WASM_MIN_WORK` (ops/kernel-path.ts)
 * where wasm starts to win despite copying its operands in and out.
 */
import { matmulInto, matmulTransAInto, matmulTransBInto } from '../src/engine/ops/matmul';
import { setKernelPath } from '../src/engine/ops/kernel-path';
import { wasmKernels } from '../src/engine/wasm/kernels';
import { Rng } from '../src/engine/random';
import { perSecond } from './measure';

const wasm = wasmKernels();
if (wasm === null) throw new Error('no WebAssembly SIMD here');
setKernelPath('ts');
const rng = new Rng(1);
const random = (n: number) => Float64Array.from({ length: n }, () => rng.normal());
// [m, k, n]: batch × inputs → units, from the course network up to the wide one.
const shapes = [[1, 2, 5], [4, 2, 5], [16, 2, 5], [64, 2, 5], [64, 5, 2], [64, 8, 8], [64, 16, 16], [64, 16, 32], [64, 32, 32], [128, 32, 32], [64, 64, 64], [128, 128, 10], [128, 784, 128], [256, 256, 256]];
const seconds = Number(process.env.BENCH_SECONDS ?? 0.3);
const ratio = (f: () => void, g: () => void) => (perSecond(g, seconds) / perSecond(f, seconds)).toFixed(2);
console.log('shape m×k×n (m·k·n)        wasm/ts: A·Bᵀ+b   Aᵀ·B    A·B');
for (const [m, k, n] of shapes) {
  const x = random(m * k), w = random(n * k), bias = random(n), z = new Float64Array(m * n);
  const dz = random(m * n), dw = new Float64Array(n * k), dx = new Float64Array(m * k);
  const transB = ratio(() => matmulTransBInto(x, w, z, m, k, n, bias), () => wasm.matmulTransB(x, w, z, m, k, n, bias));
  const transA = ratio(() => matmulTransAInto(dz, x, dw, m, n, k), () => wasm.matmulTransA(dz, x, dw, m, n, k));
  const plain = ratio(() => matmulInto(dz, w, dx, m, n, k), () => wasm.matmul(dz, w, dx, m, n, k));
  console.log(`${`${m}×${k}×${n} (${m * k * n})`.padEnd(26)} ${transB.padStart(16)} ${transA.padStart(7)} ${plain.padStart(6)}`);
}
