import { InputError, ShapeError } from './errors';

/**
 * An n-dimensional array of float64 values in row-major order.
 *
 * Data sets are tensors with one example per row: `x` is `[m, nx]` and `y`
 * is `[m, 1]` (binary) or `[m, C]` (one-hot). Weights follow the course:
 * a dense layer's `W` is `[nOut, nIn]`.
 *
 * ```ts
 * const x = Tensor.from([[1, 2], [3, 4]]);   // Tensor[2,2]
 * x.get(1, 0);                               // 3
 * ```
 */
export class Tensor {
  readonly data: Float64Array;
  readonly shape: readonly number[];

  constructor(data: Float64Array | readonly number[], shape: readonly number[]) {
    // Plain loops: tensors are made once per mini-batch, so this runs in the training loop.
    let size = 1;
    for (let i = 0; i < shape.length; i++) {
      const d = shape[i];
      if (!Number.isInteger(d) || d < 0) throw new ShapeError(`Tensor: shape [${shape}] must hold whole numbers >= 0.`);
      size *= d;
    }
    if (data.length !== size) {
      throw new ShapeError(`Tensor: ${data.length} values do not fill shape [${shape}] (needs ${size}).`);
    }
    this.data = data instanceof Float64Array ? data : Float64Array.from(data);
    this.shape = shape.slice();
  }

  /** A tensor from nested arrays: a number, a list, or a list of equal-length rows. */
  static from(values: number | readonly number[] | readonly (readonly number[])[]): Tensor {
    if (typeof values === 'number') return new Tensor([values], []);
    if (values.length === 0) return new Tensor([], [0]);
    if (typeof values[0] === 'number') return new Tensor(values as readonly number[], [values.length]);
    const rows = values as readonly (readonly number[])[];
    const cols = rows[0].length;
    const data = new Float64Array(rows.length * cols);
    rows.forEach((row, i) => {
      if (row.length !== cols) throw new ShapeError(`Tensor.from: row ${i} has ${row.length} values, row 0 has ${cols}.`);
      data.set(row, i * cols);
    });
    return new Tensor(data, [rows.length, cols]);
  }

  /** A tensor of zeros. */
  static zeros(shape: readonly number[]): Tensor {
    return new Tensor(new Float64Array(shape.reduce((a, b) => a * b, 1)), shape);
  }

  /** Number of values. */
  get size(): number {
    return this.data.length;
  }

  /** First dimension (the number of examples for a data set). */
  get rows(): number {
    return this.shape[0] ?? 1;
  }

  /** Second dimension (features per example), 1 for a vector. */
  get cols(): number {
    return this.shape[1] ?? 1;
  }

  /** Value at row `i`, column `j` of a 2-D tensor (or element `i` of a vector). */
  get(i: number, j = 0): number {
    return this.data[i * this.cols + j];
  }

  /** The values as nested arrays, e.g. for a Plotly trace. */
  toArray(): number[] | number[][] {
    if (this.shape.length <= 1) return Array.from(this.data);
    const out: number[][] = [];
    for (let i = 0; i < this.rows; i++) out.push(Array.from(this.data.subarray(i * this.cols, (i + 1) * this.cols)));
    return out;
  }

  /**
   * A new tensor made of the rows `indices[start..end)` of this one, in that order
   * (a mini-batch from a shuffled order). Copies values with a plain loop: no
   * per-row views, so it stays cheap for narrow rows such as 2-D points.
   *
   * ```ts
   * Tensor.from([[1, 2], [3, 4], [5, 6]]).rowsAt([2, 0]); // [[5, 6], [1, 2]]
   * ```
   */
  rowsAt(indices: ArrayLike<number>, start = 0, end = indices.length): Tensor {
    const rows = this.shape[0] ?? 0;
    const width = rows === 0 ? 0 : this.data.length / rows;
    const count = Math.max(0, end - start);
    const out = new Float64Array(count * width);
    const d = this.data;
    for (let k = 0; k < count; k++) {
      const row = indices[start + k];
      // One test for "a whole number in 0..rows-1": row >>> 0 equals row only for whole numbers in 0..2³²-1.
      if (row >>> 0 !== row || row >= rows) throw new InputError(`Tensor.rowsAt: row ${row} is outside 0..${rows - 1}.`);
      const from = row * width, to = k * width;
      if (width === 1) out[to] = d[from];
      else for (let c = 0; c < width; c++) out[to + c] = d[from + c];
    }
    return new Tensor(out, [count, ...this.shape.slice(1)]);
  }

  /** Column `j` as a plain array. */
  column(j: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.rows; i++) out.push(this.get(i, j));
    return out;
  }

  /**
   * The single value of a one-element tensor, as a number.
   *
   * ```ts
   * Tensor.from(5).item(); // 5
   * ```
   */
  item(): number {
    if (this.data.length !== 1) throw new ShapeError(`Tensor.item: tensor of shape [${this.shape}] has ${this.data.length} values, not 1.`);
    return this.data[0];
  }

  /** A copy with its own data, so later changes to this tensor do not reach it. */
  clone(): Tensor {
    return new Tensor(this.data.slice(), this.shape);
  }

  /**
   * The same values under another shape with the same size (the data is shared, not copied).
   *
   * ```ts
   * Tensor.from([1, 2, 3, 4]).reshape([2, 2]); // Tensor[2,2]
   * ```
   */
  reshape(shape: readonly number[]): Tensor {
    return new Tensor(this.data, shape);
  }

  toString(): string {
    return `Tensor[${this.shape.join(',')}]`;
  }
}
