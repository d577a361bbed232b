/**
 * Broadcasting for autodiff's element-wise ops (numpy's rule: align shapes
 * from the right; each pair of sizes must be equal or one of them 1).
 * @module
 */
import { formatShape, ShapeError } from '../errors';

/** The broadcast shape of `a` and `b`, or a ShapeError naming both. */
export function broadcastShape(op: string, a: readonly number[], b: readonly number[]): number[] {
  const n = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const da = a[a.length - n + i] ?? 1;
    const db = b[b.length - n + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new ShapeError(`${op}: shapes ${formatShape(a)} and ${formatShape(b)} do not broadcast (dimension ${i}: ${da} vs ${db}).`);
    }
    out.push(Math.max(da, db));
  }
  return out;
}

/**
 * For each flat index of the broadcast `outShape`, the flat index of `shape` that
 * feeds it; null when the shapes are equal (the identity map).
 */
export function broadcastIndex(shape: readonly number[], outShape: readonly number[]): Int32Array | null {
  const size = outShape.reduce((p, d) => p * d, 1);
  if (shape.length === outShape.length && shape.every((d, i) => d === outShape[i])) return null;
  const n = outShape.length;
  const padded = [...new Array<number>(n - shape.length).fill(1), ...shape];
  const strides = new Array<number>(n);
  let stride = 1;
  for (let i = n - 1; i >= 0; i--) {
    strides[i] = padded[i] === 1 ? 0 : stride;
    stride *= padded[i];
  }
  const map = new Int32Array(size);
  for (let o = 0; o < size; o++) {
    let rest = o, offset = 0;
    for (let i = n - 1; i >= 0; i--) {
      const d = outShape[i];
      offset += (rest % d) * strides[i];
      rest = Math.floor(rest / d);
    }
    map[o] = offset;
  }
  return map;
}
