import { Tensor } from '../tensor';
import { InputError, ShapeError } from '../errors';

/** Per-feature statistics from the training set, to apply unchanged to test data. */
export interface NormalizationStats {
  /** μ_j = (1/m) Σᵢ x_ij */
  readonly mean: number[];
  /** σ_j = √((1/m) Σᵢ (x_ij − μ_j)²); a constant feature gets σ = 1 so it is only centred. */
  readonly std: number[];
}

/**
 * Normalizes each input feature to mean 0 and variance 1, as the course does
 * before training: x := (x − μ) / σ. Compute μ and σ on the training set and
 * pass the returned `stats` back in for the test set, so both are scaled the same way.
 *
 * ```ts
 * const train = normalizeInputs(xTrain);
 * const test = normalizeInputs(xTest, train.stats);
 * ```
 */
export function normalizeInputs(x: Tensor, stats?: NormalizationStats): { x: Tensor; stats: NormalizationStats } {
  const notMatrix = `normalizeInputs: x must be a non-empty [m, nx] matrix, got shape [${x.shape}].`;
  if (x.shape.length !== 2) throw new ShapeError(notMatrix);
  if (x.rows === 0) throw new InputError(notMatrix);
  const m = x.rows, n = x.cols;
  if (stats && (stats.mean.length !== n || stats.std.length !== n)) {
    throw new ShapeError(`normalizeInputs: stats are for ${stats.mean.length} features but x has ${n} (shape [${x.shape}]).`);
  }
  const mean = stats?.mean ?? Array.from({ length: n }, (_, j) => x.column(j).reduce((a, b) => a + b, 0) / m);
  const std = stats?.std ?? Array.from({ length: n }, (_, j) => {
    const variance = x.column(j).reduce((a, v) => a + (v - mean[j]) ** 2, 0) / m;
    return variance > 0 ? Math.sqrt(variance) : 1;
  });
  const out = new Float64Array(x.size);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) out[i * n + j] = (x.data[i * n + j] - mean[j]) / std[j];
  return { x: new Tensor(out, x.shape), stats: { mean, std } };
}
