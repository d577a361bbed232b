/**
 * The WebAssembly kernels (source: `assembly/kernels.ts`, AssemblyScript with SIMD) behind plain
 * Float64Array functions. Each call copies its operands into the module's memory, runs there and
 * copies the result out: copying is O(m·k + k·n + m·n) against O(m·k·n) multiply-adds, and
 * `ops/kernel-path.ts` sends only products big enough for that to pay (`WASM_MIN_WORK`).
 *
 * The bytes travel inside this bundle and are compiled synchronously on first use (about 4 KB):
 * reader code runs in workers that may not fetch anything. Where WebAssembly or its SIMD is
 * missing, {@link wasmKernels} returns null and the TypeScript kernels do all the work.
 * @module
 */
import { kernelsWasmBase64 } from './kernels.generated';

/** What the compiled module exports (byte offsets into `memory` and matrix sizes). */
export interface KernelExports {
  readonly memory: WebAssembly.Memory;
  heapBase(): number;
  matmul(a: number, b: number, c: number, m: number, k: number, n: number, bias: number, pack: number): void;
  matmulTransA(a: number, b: number, c: number, m: number, p: number, q: number): void;
  transpose(a: number, out: number, rows: number, cols: number): void;
  reluForward(z: number, a: number, length: number): void;
  reluBackward(a: number, dA: number, dZ: number, length: number): void;
  gatherRows(src: number, index: number, dst: number, rows: number, cols: number): void;
  sigmoidCrossEntropyGradient(yHat: number, y: number, dZ: number, length: number, scale: number): void;
  columnSums(a: number, out: number, rows: number, cols: number): void;
  adam(w: number, g: number, m: number, v: number, length: number, beta1: number, beta2: number, correction1: number, correction2: number, alpha: number, epsilon: number): void;
  gradientDescent(w: number, g: number, length: number, alpha: number): void;
  momentum(w: number, g: number, velocity: number, length: number, alpha: number, beta: number, gradScale: number): void;
  rmsprop(w: number, g: number, meanSquare: number, length: number, alpha: number, beta: number, epsilon: number): void;
}

/** The kernels with their working memory; one per thread (each worker compiles its own). */
export class WasmKernels {
  private heap: Float64Array;
  /** First free double in `heap` (16-byte aligned). */
  readonly base: number;

  constructor(readonly exports: KernelExports) {
    this.base = Math.ceil(exports.heapBase() / 16) * 2;
    this.heap = new Float64Array(exports.memory.buffer);
  }

  /**
   * Room for `doubles` values above the base, in 64 KiB pages; returns the heap view. Only this
   * object grows its memory, so the view's length says how much there is; growing detaches the
   * old view, so the view is taken again after every grow. Everything above the base is scratch
   * for one call: the products here and the fused dense-stack pass (`dense-stack-pass.ts`) lay
   * out their operands there and leave nothing behind.
   */
  reserve(doubles: number): Float64Array {
    if (this.base + doubles > this.heap.length) {
      const memory = this.exports.memory;
      memory.grow(Math.ceil(((this.base + doubles) * 8 - memory.buffer.byteLength) / 65536));
      this.heap = new Float64Array(memory.buffer);
    }
    return this.heap;
  }

  /** Copies the first `count` values of `from` to `heap[offset...]` (no view object when `from` is exactly that long). */
  private copyIn(from: Float64Array, count: number, offset: number): void {
    this.heap.set(from.length === count ? from : from.subarray(0, count), offset);
  }

  /** Copies `heap[offset ... offset + count)` into the start of `into`. */
  private copyOut(into: Float64Array, offset: number, count: number): void {
    into.set(this.heap.subarray(offset, offset + count));
  }

  /** C = A·B, A `[m,k]`, B `[k,n]`. */
  matmul(a: Float64Array, b: Float64Array, out: Float64Array, m: number, k: number, n: number): void {
    const offA = this.base, offB = offA + padded(m * k), offC = offB + padded(k * n), offPack = offC + padded(m * n);
    this.reserve(offPack - this.base + packDoubles(k, n));
    this.copyIn(a, m * k, offA);
    this.copyIn(b, k * n, offB);
    this.exports.matmul(offA * 8, offB * 8, offC * 8, m, k, n, 0, offPack * 8);
    this.copyOut(out, offC, m * n);
  }

  /** C = A·Bᵀ (+ bias on every row), A `[m,k]`, B `[n,k]`: Bᵀ is formed in wasm memory, then A·Bᵀ. */
  matmulTransB(a: Float64Array, b: Float64Array, out: Float64Array, m: number, k: number, n: number, bias?: Float64Array): void {
    const offA = this.base, offB = offA + padded(m * k), offBt = offB + padded(k * n);
    const offBias = offBt + padded(k * n), offC = offBias + padded(n), offPack = offC + padded(m * n);
    this.reserve(offPack - this.base + packDoubles(k, n));
    this.copyIn(a, m * k, offA);
    this.copyIn(b, n * k, offB);
    if (bias !== undefined) this.copyIn(bias, n, offBias);
    this.exports.transpose(offB * 8, offBt * 8, n, k);
    this.exports.matmul(offA * 8, offBt * 8, offC * 8, m, k, n, bias === undefined ? 0 : offBias * 8, offPack * 8);
    this.copyOut(out, offC, m * n);
  }

  /** C = Aᵀ·B, A `[m,p]`, B `[m,q]`, C `[p,q]`: Aᵀ is formed in wasm memory, then Aᵀ·B. */
  matmulTransA(a: Float64Array, b: Float64Array, out: Float64Array, m: number, p: number, q: number): void {
    const offA = this.base, offAt = offA + padded(m * p), offB = offAt + padded(m * p), offC = offB + padded(m * q);
    const offPack = offC + padded(p * q);
    this.reserve(offPack - this.base + packDoubles(m, q));
    this.copyIn(a, m * p, offA);
    this.copyIn(b, m * q, offB);
    this.exports.transpose(offA * 8, offAt * 8, m, p);
    this.exports.matmul(offAt * 8, offB * 8, offC * 8, p, m, q, 0, offPack * 8);
    this.copyOut(out, offC, p * q);
  }
}

/** Room the kernel's `matmul` needs to pack B `[k,n]` strip by strip (its 4-column strips, k rows each). */
function packDoubles(k: number, n: number): number {
  return k * (n & ~3);
}

/** `count` doubles rounded up to whole v128s (two doubles), so every operand starts 16-byte aligned. */
function padded(count: number): number {
  return count + (count & 1);
}

let compiled: WebAssembly.Module | null | undefined;
let shared: WasmKernels | null | undefined;

/**
 * A fresh instance of the kernels with its own memory, or null where this JavaScript engine has no
 * WebAssembly SIMD. The module is compiled once per thread.
 */
export function instantiateKernels(): KernelExports | null {
  if (compiled === undefined) compiled = compile();
  if (compiled === null) return null;
  return new WebAssembly.Instance(compiled, {}).exports as unknown as KernelExports;
}

/** The matrix kernels shared by `ops/matmul.ts`, or null where WebAssembly SIMD is missing. */
export function wasmKernels(): WasmKernels | null {
  if (shared === undefined) {
    const exports = instantiateKernels();
    shared = exports === null ? null : new WasmKernels(exports);
  }
  return shared;
}

function compile(): WebAssembly.Module | null {
  if (typeof WebAssembly !== 'object') return null;
  try {
    const binary = Uint8Array.from(atob(kernelsWasmBase64), (c) => c.charCodeAt(0));
    // Validation fails, and compile throws, where SIMD is not supported (or a policy forbids
    // compiling): the TypeScript path remains.
    return new WebAssembly.Module(binary);
  } catch {
    return null;
  }
}
