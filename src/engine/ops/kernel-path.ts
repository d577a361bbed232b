/**
 * Which kernels run the matrix products: `'wasm'` (WebAssembly SIMD, `src/engine/wasm/`) where the
 * JavaScript engine supports it, else `'ts'` (the plain TypeScript loops of `matmul.ts`, which are
 * also the reference the wasm path is tested against). Both sum every entry in the same order
 * with the same IEEE operations, so their results are bit-identical: switching paths changes
 * speed, never a printed digit (the notebook reproduction included).
 * @module
 */
import { wasmKernels, type WasmKernels } from '../wasm/kernels';

export type KernelPath = 'ts' | 'wasm';

/**
 * Multiply-adds (m·k·n) from which a product goes to wasm: below it, the call and the copies in and
 * out cost more than SIMD saves (bench/kernel-sizes.ts: wasm is 2-10× slower at 1×2×5, about even
 * near 64 multiply-adds, 2-4× faster at the course's 64×2×5 and 5-9× faster from 64×16×16 up).
 */
export const WASM_MIN_WORK = 128;

let chosen: KernelPath | null = null;

/** The path in use: the one set by {@link setKernelPath}, else wasm when it compiles here. */
export function kernelPath(): KernelPath {
  if (chosen === null) chosen = wasmKernels() === null ? 'ts' : 'wasm';
  return chosen;
}

/**
 * Chooses the kernels (tests and the bench run both paths). Throws for `'wasm'` where WebAssembly
 * SIMD is unavailable.
 *
 * ```ts
 * setKernelPath('ts'); // plain TypeScript only
 * ```
 */
export function setKernelPath(path: KernelPath): void {
  if (path === 'wasm' && wasmKernels() === null) throw new Error('setKernelPath: WebAssembly SIMD is not available here.');
  chosen = path;
}

/** The wasm kernels when the path is wasm and a product of `work` multiply-adds is worth sending there. */
export function wasmFor(work: number): WasmKernels | null {
  return work >= WASM_MIN_WORK && kernelPath() === 'wasm' ? wasmKernels() : null;
}
