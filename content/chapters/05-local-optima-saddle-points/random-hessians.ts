import { Rng } from '@engine';
import { knob, label, plot } from '@snippet';

// At a point where the gradient is zero, the Hessian H (the matrix of second derivatives)
// decides what the point is: all eigenvalues > 0 is a minimum, all < 0 a maximum, mixed a saddle.
// Draw many random symmetric H for each dimension n and count how often each case comes up.
const samples = knob('samples', 4000, { min: 500, max: 20000, step: 500, label: label({ en: 'matrices per n', zh: '每个 n 的矩阵数' }) });
const coupling = knob('coupling', 1, { min: 0, max: 1, step: 0.05, label: label({ en: 'off-diagonal coupling', zh: '非对角耦合' }) });
const maxDimension = 12;
const rng = new Rng(5);

/**
 * A random symmetric H: every diagonal entry N(0, 1), every off-diagonal entry coupling · N(0, 1). coupling 0:
 * independent directions, the coin-flip model; coupling 1: every entry drawn alike, as large off the diagonal as on it.
 */
function randomHessian(n: number): number[][] {
  const h = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    h[i][i] = rng.normal();
    for (let j = 0; j < i; j++) h[i][j] = h[j][i] = coupling * rng.normal();
  }
  return h;
}

/** The spread (standard deviation) of the entries actually drawn, on and off the diagonal: the text compares them. */
function entrySpreads(n: number, count: number): { diagonal: number; offDiagonal: number } {
  let onSquares = 0, offSquares = 0, on = 0, off = 0;
  for (let s = 0; s < count; s++) {
    const h = randomHessian(n);
    for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) {
      if (i === j) { onSquares += h[i][j] ** 2; on++; } else { offSquares += h[i][j] ** 2; off++; }
    }
  }
  return { diagonal: Math.sqrt(onSquares / on), offDiagonal: Math.sqrt(offSquares / off) };
}

/**
 * Positive definite (every eigenvalue > 0) exactly when the Cholesky factorization H = L·Lᵀ succeeds.
 * L is built a row at a time, so a matrix that fails at row j never pays for the rows after it.
 */
function isPositiveDefinite(h: number[][], sign = 1): boolean {
  const l: number[][] = [];
  for (let i = 0; i < h.length; i++) {
    const row = new Array<number>(i + 1);
    for (let j = 0; j <= i; j++) {
      const other = j < i ? l[j] : row; // row j of L; on the diagonal, this row itself
      let s = sign * h[i][j];
      for (let k = 0; k < j; k++) s -= row[k] * other[k];
      if (j < i) row[j] = s / l[j][j];
      else if (s <= 0) return false; // the pivot of the leading i+1 by i+1 block
      else row[j] = Math.sqrt(s);
    }
    l.push(row);
  }
  return true;
}

export const dimensions = Array.from({ length: maxDimension }, (_, i) => i + 1);
export const fractionMinimum: number[] = [];
export const fractionSaddle: number[] = [];
/** The coin-flip estimate: each of n directions curves up with probability ½. */
export const coinFlip = dimensions.map((n) => 0.5 ** n);

/** Draws the counts so far: the figure fills in one dimension at a time while the larger n are still counted. */
function drawFractions(): void {
  const counted = dimensions.slice(0, fractionMinimum.length);
  plot('fractions', [
    { x: counted, y: fractionMinimum, name: label({ en: 'local minimum (all eigenvalues > 0)', zh: '局部最小值（全部 λ > 0）' }), mode: 'lines+markers' },
    { x: dimensions, y: coinFlip, name: label({ en: 'coin flips: 0.5ⁿ', zh: '抛硬币模型：0.5ⁿ' }), line: { dash: 'dash' } },
    { x: counted, y: fractionSaddle, name: label({ en: 'saddle (mixed signs)', zh: '鞍点（特征值有正有负）' }), mode: 'lines+markers' },
  ], {
    xaxis: { title: { text: label({ en: 'dimension n', zh: '维数 n' }) }, dtick: 1, range: [0.5, maxDimension + 0.5] },
    yaxis: { title: { text: label({ en: 'fraction of zero-gradient points', zh: '在梯度为零的点中所占比例' }) }, range: [0, 1.02] },
  });
}

for (const n of dimensions) {
  let minima = 0, maxima = 0;
  for (let s = 0; s < samples; s++) {
    const h = randomHessian(n);
    if (isPositiveDefinite(h)) minima++;
    else if (isPositiveDefinite(h, -1)) maxima++;
  }
  fractionMinimum.push(minima / samples);
  fractionSaddle.push((samples - minima - maxima) / samples);
  drawFractions();
}

/** Measured on 500 matrices of n = 6 after the counts above (a separate draw, so the counts do not change). */
export const spread = entrySpreads(6, 500);
export const minimumAt1 = fractionMinimum[0];
export const minimumAt2 = fractionMinimum[1];
export const minimumAt10 = fractionMinimum[9];
export const saddleAt10 = fractionSaddle[9];
