// AssemblyScript source of the engine's WebAssembly kernels (compiled by scripts/build-wasm.mjs into
// ../kernels.generated.ts). Every argument named like a matrix is a byte offset into this module's
// memory, where the caller (../kernels.ts) has copied a row-major float64 matrix. Nothing here
// allocates: the module has no runtime, and the caller owns the memory above heapBase().
//
// Why the shapes of these loops: SIMD lanes run across the columns of C (two f64 per v128), so each
// entry of C is summed over k in plain order, and a 4×4 block of C lives in eight registers while
// one pass over k reads a 4-column strip of B and four values of A per step. (A 6×4 block, twelve
// accumulators, ran at two thirds of the speed in V8: x64 has 16 v128 registers and it spilled.)

/** The first byte the caller may use. */
export function heapBase(): usize {
  return __heap_base;
}

/** Fewer rows of A than this reuse each strip of B too little to pay for packing it. */
const PACK_MIN_ROWS = 8;
/** Rows of A per band of C in a packed product (16 rows of 256 doubles: 32 KB, within L1). */
const BAND_ROWS = 16;

@inline function at(base: usize, index: i32): usize {
  return base + (<usize>index << 3);
}

/**
 * C[m,n] = A[m,k]·B[k,n], plus bias[j] on every row when bias is not 0, in 4×4 register blocks.
 *
 * When `pack` is not 0 (room for k × (n rounded down to 4) doubles) and A has at least
 * `PACK_MIN_ROWS` rows, B's 4-column strips are first copied there one after another, each strip's
 * k rows contiguous, and C is made in bands of `BAND_ROWS` rows of A (small enough to stay in L1)
 * against every strip in turn: unpacked, B's rows are n·8 bytes apart, which at a power of two such
 * as 256 columns puts a whole strip on a few cache sets, and all of A would pass through the cache
 * once per strip. Each entry of C is still one block's sum over k in plain order.
 */
export function matmul(a: usize, b: usize, c: usize, m: i32, k: i32, n: i32, bias: usize, pack: usize): void {
  const m4 = m & ~3;
  const n4 = n & ~3;
  const rowB = <usize>n << 3, panel = <usize>k << 5;
  if (pack != 0 && m >= PACK_MIN_ROWS) {
    let to = pack;
    for (let j = 0; j < n4; j += 4) {
      let from = at(b, j);
      for (let p = 0; p < k; p++) {
        v128.store(to, v128.load(from));
        v128.store(to, v128.load(from, 16), 16);
        from += rowB;
        to += 32;
      }
    }
    for (let i0 = 0; i0 < m4; i0 += BAND_ROWS) {
      const end = min(i0 + BAND_ROWS, m4);
      let strip = pack;
      for (let j = 0; j < n4; j += 4) {
        for (let i = i0; i < end; i += 4) block4x4(a, strip, 32, c, i, j, k, n, bias);
        strip += panel;
      }
    }
    let strip = pack;
    for (let j = 0; j < n4; j += 4) {
      for (let i = m4; i < m; i++) block1x4(a, strip, 32, c, i, j, k, n, bias);
      strip += panel;
    }
  } else {
    for (let j = 0; j < n4; j += 4) {
      for (let i = 0; i < m4; i += 4) block4x4(a, at(b, j), rowB, c, i, j, k, n, bias);
      for (let i = m4; i < m; i++) block1x4(a, at(b, j), rowB, c, i, j, k, n, bias);
    }
  }
  // The last one to three columns (all of them in a narrow layer such as the course's 5→2 and 2→1):
  // a pair in one lane pair, four rows at a time, then a single column four rows at a time, so
  // several independent sums are in flight instead of one dot product after another.
  let j = n4;
  if (n - j >= 2) {
    for (let i = 0; i < m4; i += 4) block4x2(a, b, c, i, j, k, n, bias);
    for (let i = m4; i < m; i++) single(a, b, c, i, j, k, n, bias), single(a, b, c, i, j + 1, k, n, bias);
    j += 2;
  }
  if (j < n) {
    for (let i = 0; i < m4; i += 4) block4x1(a, b, c, i, j, k, n, bias);
    for (let i = m4; i < m; i++) single(a, b, c, i, j, k, n, bias);
  }
}

@inline function block4x2(a: usize, b: usize, c: usize, i: i32, j: i32, k: i32, n: i32, bias: usize): void {
  const init = bias != 0 ? v128.load(at(bias, j)) : f64x2.splat(0);
  let c0 = init, c1 = init, c2 = init, c3 = init;
  const rowA = <usize>k << 3, rowB = <usize>n << 3;
  let pa = at(a, i * k), pb = at(b, j);
  for (let p = 0; p < k; p++) {
    const bj = v128.load(pb);
    c0 = f64x2.add(c0, f64x2.mul(v128.load64_splat(pa), bj));
    c1 = f64x2.add(c1, f64x2.mul(v128.load64_splat(pa + rowA), bj));
    c2 = f64x2.add(c2, f64x2.mul(v128.load64_splat(pa + 2 * rowA), bj));
    c3 = f64x2.add(c3, f64x2.mul(v128.load64_splat(pa + 3 * rowA), bj));
    pa += 8;
    pb += rowB;
  }
  let pc = at(c, i * n + j);
  v128.store(pc, c0); pc += rowB;
  v128.store(pc, c1); pc += rowB;
  v128.store(pc, c2); pc += rowB;
  v128.store(pc, c3);
}

@inline function block4x1(a: usize, b: usize, c: usize, i: i32, j: i32, k: i32, n: i32, bias: usize): void {
  const init: f64 = bias != 0 ? load<f64>(at(bias, j)) : 0;
  let c0 = init, c1 = init, c2 = init, c3 = init;
  const rowA = <usize>k << 3, rowB = <usize>n << 3;
  let pa = at(a, i * k), pb = at(b, j);
  for (let p = 0; p < k; p++) {
    const bj = load<f64>(pb);
    c0 += load<f64>(pa) * bj;
    c1 += load<f64>(pa + rowA) * bj;
    c2 += load<f64>(pa + 2 * rowA) * bj;
    c3 += load<f64>(pa + 3 * rowA) * bj;
    pa += 8;
    pb += rowB;
  }
  const pc = at(c, i * n + j);
  store<f64>(pc, c0);
  store<f64>(pc + rowB, c1);
  store<f64>(pc + 2 * rowB, c2);
  store<f64>(pc + 3 * rowB, c3);
}

/** A 4×4 block of C at (i, j); `strip` points at B[0, j] and its rows are `stride` bytes apart. */
@inline function block4x4(a: usize, strip: usize, stride: usize, c: usize, i: i32, j: i32, k: i32, n: i32, bias: usize): void {
  let init0 = f64x2.splat(0), init1 = f64x2.splat(0);
  if (bias != 0) {
    init0 = v128.load(at(bias, j));
    init1 = v128.load(at(bias, j + 2));
  }
  let c00 = init0, c01 = init1, c10 = init0, c11 = init1;
  let c20 = init0, c21 = init1, c30 = init0, c31 = init1;
  const rowA = <usize>k << 3, rowB = <usize>n << 3;
  let pa = at(a, i * k), pb = strip;
  for (let p = 0; p < k; p++) {
    const b0 = v128.load(pb), b1 = v128.load(pb, 16);
    const x0 = v128.load64_splat(pa), x1 = v128.load64_splat(pa + rowA);
    const x2 = v128.load64_splat(pa + 2 * rowA), x3 = v128.load64_splat(pa + 3 * rowA);
    c00 = f64x2.add(c00, f64x2.mul(x0, b0));
    c01 = f64x2.add(c01, f64x2.mul(x0, b1));
    c10 = f64x2.add(c10, f64x2.mul(x1, b0));
    c11 = f64x2.add(c11, f64x2.mul(x1, b1));
    c20 = f64x2.add(c20, f64x2.mul(x2, b0));
    c21 = f64x2.add(c21, f64x2.mul(x2, b1));
    c30 = f64x2.add(c30, f64x2.mul(x3, b0));
    c31 = f64x2.add(c31, f64x2.mul(x3, b1));
    pa += 8;
    pb += stride;
  }
  let pc = at(c, i * n + j);
  v128.store(pc, c00); v128.store(pc, c01, 16); pc += rowB;
  v128.store(pc, c10); v128.store(pc, c11, 16); pc += rowB;
  v128.store(pc, c20); v128.store(pc, c21, 16); pc += rowB;
  v128.store(pc, c30); v128.store(pc, c31, 16);
}

@inline function block1x4(a: usize, strip: usize, stride: usize, c: usize, i: i32, j: i32, k: i32, n: i32, bias: usize): void {
  let c0 = f64x2.splat(0), c1 = f64x2.splat(0);
  if (bias != 0) {
    c0 = v128.load(at(bias, j));
    c1 = v128.load(at(bias, j + 2));
  }
  let pa = at(a, i * k), pb = strip;
  for (let p = 0; p < k; p++) {
    const x = v128.load64_splat(pa);
    c0 = f64x2.add(c0, f64x2.mul(x, v128.load(pb)));
    c1 = f64x2.add(c1, f64x2.mul(x, v128.load(pb, 16)));
    pa += 8;
    pb += stride;
  }
  const pc = at(c, i * n + j);
  v128.store(pc, c0);
  v128.store(pc, c1, 16);
}

@inline function single(a: usize, b: usize, c: usize, i: i32, j: i32, k: i32, n: i32, bias: usize): void {
  let s: f64 = bias != 0 ? load<f64>(at(bias, j)) : 0;
  const rowB = <usize>n << 3;
  let pa = at(a, i * k), pb = at(b, j);
  for (let p = 0; p < k; p++) {
    s += load<f64>(pa) * load<f64>(pb);
    pa += 8;
    pb += rowB;
  }
  store<f64>(at(c, i * n + j), s);
}

/**
 * C[p,q] = Aᵀ·B for A[m,p], B[m,q] (a dense layer's dW = dZᵀ·X) without forming Aᵀ: each block of
 * C (four rows r by a pair of columns j, one v128 per row) is summed in registers over i in plain
 * order, as matmul sums over k; the leftover rows and the odd last column go one at a time.
 */
export function matmulTransA(a: usize, b: usize, c: usize, m: i32, p: i32, q: i32): void {
  const p4 = p & ~3, q2 = q & ~1;
  const rowA = <usize>p << 3, rowB = <usize>q << 3;
  for (let j = 0; j < q2; j += 2) {
    for (let r = 0; r < p4; r += 4) {
      let c0 = f64x2.splat(0), c1 = f64x2.splat(0), c2 = f64x2.splat(0), c3 = f64x2.splat(0);
      let pa = at(a, r), pb = at(b, j);
      for (let i = 0; i < m; i++) {
        const bi = v128.load(pb);
        c0 = f64x2.add(c0, f64x2.mul(v128.load64_splat(pa), bi));
        c1 = f64x2.add(c1, f64x2.mul(v128.load64_splat(pa, 8), bi));
        c2 = f64x2.add(c2, f64x2.mul(v128.load64_splat(pa, 16), bi));
        c3 = f64x2.add(c3, f64x2.mul(v128.load64_splat(pa, 24), bi));
        pa += rowA;
        pb += rowB;
      }
      let pc = at(c, r * q + j);
      v128.store(pc, c0); pc += rowB;
      v128.store(pc, c1); pc += rowB;
      v128.store(pc, c2); pc += rowB;
      v128.store(pc, c3);
    }
    for (let r = p4; r < p; r++) {
      let c0 = f64x2.splat(0);
      let pa = at(a, r), pb = at(b, j);
      for (let i = 0; i < m; i++) {
        c0 = f64x2.add(c0, f64x2.mul(v128.load64_splat(pa), v128.load(pb)));
        pa += rowA;
        pb += rowB;
      }
      v128.store(at(c, r * q + j), c0);
    }
  }
  if (q2 < q) {
    for (let r = 0; r < p; r++) {
      let s: f64 = 0;
      let pa = at(a, r), pb = at(b, q2);
      for (let i = 0; i < m; i++) {
        s += load<f64>(pa) * load<f64>(pb);
        pa += rowA;
        pb += rowB;
      }
      store<f64>(at(c, r * q + q2), s);
    }
  }
}

/** out[cols,rows] = Aᵀ for A[rows,cols]. */
export function transpose(a: usize, out: usize, rows: i32, cols: i32): void {
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) store<f64>(at(out, j * rows + i), load<f64>(at(a, i * cols + j)));
  }
}

// --- a dense stack's training step, piece by piece (used by ../dense-stack.ts) ------------------
// Each loop repeats its TypeScript layer's arithmetic operation for operation (same order, same
// IEEE operations), so both give identical numbers. Sigmoid and the loss need exp and log: they run
// in JavaScript on views of this memory (calls from wasm into the host's Math cost more than that).

/**
 * A = max(0, Z), as layers/relu.ts (`z > 0 ? z : 0`), two values per v128: pmax(0, z) is exactly
 * `0 < z ? z : 0`, so NaN and -0 give +0 as there.
 */
export function reluForward(z: usize, a: usize, length: i32): void {
  const zero = f64x2.splat(0), length2 = length & ~1;
  for (let i = 0; i < length2; i += 2) v128.store(at(a, i), f64x2.pmax(zero, v128.load(at(z, i))));
  if (length2 < length) {
    const v = load<f64>(at(z, length2));
    store<f64>(at(a, length2), v > 0 ? v : 0);
  }
}

/** dZ = dA·[A > 0], as layers/relu.ts (`a > 0 ? dA : 0`): dA under the mask A > 0, else all bits 0 (+0). */
export function reluBackward(a: usize, dA: usize, dZ: usize, length: i32): void {
  const zero = f64x2.splat(0), length2 = length & ~1;
  for (let i = 0; i < length2; i += 2) {
    v128.store(at(dZ, i), v128.and(v128.load(at(dA, i)), f64x2.gt(v128.load(at(a, i)), zero)));
  }
  if (length2 < length) store<f64>(at(dZ, length2), load<f64>(at(a, length2)) > 0 ? load<f64>(at(dA, length2)) : 0);
}

/**
 * dst row k = src row index[k] for k < rows, rows of `cols` doubles (a mini-batch cut from the data
 * set in the epoch's shuffled order; `index` holds i32 row numbers).
 */
export function gatherRows(src: usize, index: usize, dst: usize, rows: i32, cols: i32): void {
  const row = <usize>cols << 3;
  let to = dst;
  for (let k = 0; k < rows; k++) {
    let from = src + <usize>load<i32>(index + (<usize>k << 2)) * row;
    const end = from + row;
    while (from < end) {
      store<f64>(to, load<f64>(from));
      from += 8;
      to += 8;
    }
  }
}

/** dZ = (ŷ - y)·scale, the combined sigmoid + cross-entropy gradient (scale = 1/m). */
export function sigmoidCrossEntropyGradient(yHat: usize, y: usize, dZ: usize, length: i32, scale: f64): void {
  for (let i = 0; i < length; i++) store<f64>(at(dZ, i), (load<f64>(at(yHat, i)) - load<f64>(at(y, i))) * scale);
}

/**
 * out[j] = Σᵢ A[i,j] for A[rows,cols] (a dense layer's db), rows in order from 0, as layers/dense.ts:
 * a pair of columns per v128, summed in a register; the odd last column alone.
 */
export function columnSums(a: usize, out: usize, rows: i32, cols: i32): void {
  const cols2 = cols & ~1, row = <usize>cols << 3;
  for (let j = 0; j < cols2; j += 2) {
    let s = f64x2.splat(0);
    let pa = at(a, j);
    for (let i = 0; i < rows; i++) {
      s = f64x2.add(s, v128.load(pa));
      pa += row;
    }
    v128.store(at(out, j), s);
  }
  if (cols2 < cols) {
    let s: f64 = 0;
    let pa = at(a, cols2);
    for (let i = 0; i < rows; i++) {
      s += load<f64>(pa);
      pa += row;
    }
    store<f64>(at(out, cols2), s);
  }
}

/** One Adam update of `length` values, as optimizers/adam.ts (the corrections 1 - βᵗ come in). */
export function adam(w: usize, g: usize, m: usize, v: usize, length: i32, beta1: f64, beta2: f64, correction1: f64, correction2: f64, alpha: f64, epsilon: f64): void {
  for (let i = 0; i < length; i++) {
    const dW = load<f64>(at(g, i));
    const first = beta1 * load<f64>(at(m, i)) + (1 - beta1) * dW;
    const second = beta2 * load<f64>(at(v, i)) + (1 - beta2) * dW * dW;
    store<f64>(at(m, i), first);
    store<f64>(at(v, i), second);
    const mHat = first / correction1;
    const vHat = second / correction2;
    store<f64>(at(w, i), load<f64>(at(w, i)) - (alpha * mHat) / (sqrt(vHat) + epsilon));
  }
}

/** One gradient-descent update of `length` values, as optimizers/gradient-descent.ts. */
export function gradientDescent(w: usize, g: usize, length: i32, alpha: f64): void {
  for (let i = 0; i < length; i++) store<f64>(at(w, i), load<f64>(at(w, i)) - alpha * load<f64>(at(g, i)));
}

/** One momentum update of `length` values, as optimizers/momentum.ts (gradScale: 1 − β for the average form, 1 for the sum). */
export function momentum(w: usize, g: usize, velocity: usize, length: i32, alpha: f64, beta: f64, gradScale: f64): void {
  for (let i = 0; i < length; i++) {
    const v = beta * load<f64>(at(velocity, i)) + gradScale * load<f64>(at(g, i));
    store<f64>(at(velocity, i), v);
    store<f64>(at(w, i), load<f64>(at(w, i)) - alpha * v);
  }
}

/** One RMSprop update of `length` values, as optimizers/rmsprop.ts (ε after the square root). */
export function rmsprop(w: usize, g: usize, meanSquare: usize, length: i32, alpha: f64, beta: f64, epsilon: f64): void {
  for (let i = 0; i < length; i++) {
    const dW = load<f64>(at(g, i));
    const s = beta * load<f64>(at(meanSquare, i)) + (1 - beta) * dW * dW;
    store<f64>(at(meanSquare, i), s);
    store<f64>(at(w, i), load<f64>(at(w, i)) - (alpha * dW) / (sqrt(s) + epsilon));
  }
}
