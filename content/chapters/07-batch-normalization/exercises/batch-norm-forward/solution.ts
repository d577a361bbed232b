/** Running averages of the mean and variance of each unit, kept during training for inference. */
export interface RunningStats {
  mean: number[];
  variance: number[];
}

/** The layer's output z̃ and the running averages after this call. */
export interface BatchNormResult {
  zTilde: number[][];
  running: RunningStats;
}

/**
 * Batch norm's forward pass, in training or inference mode, with the update of the running averages.
 *
 * Why it is written this way: the statistics are per unit (column), over the m examples of the mini-batch
 * (rows). The variance divides by m, not m − 1: it describes this batch, it does not estimate anything. ε sits
 * inside the square root, so a unit that is constant over the batch (σ² = 0) gives z_norm = 0 and z̃ = β instead
 * of 0/0. In training mode the running averages move toward this batch's μ and σ², running := β·running +
 * (1 − β)·batch (β is `momentum`, no bias correction), while inference leaves them alone. At inference there may
 * be a single example, whose "batch mean" would be itself (z_norm = 0 always), so the running averages take the
 * place of μ and σ². With γ = √(σ² + ε) and β = μ the layer gives z back unchanged, which is why normalizing costs
 * the network no expressiveness.
 */
export function batchNormForward(
  Z: number[][], gamma: number[], beta: number[], running: RunningStats, training: boolean, epsilon: number, momentum: number,
): BatchNormResult {
  const m = Z.length;
  const n = gamma.length;
  const mean: number[] = [];
  const variance: number[] = [];
  for (let j = 0; j < n; j++) {
    if (training) {
      let mu = 0;
      for (let i = 0; i < m; i++) mu += Z[i][j];
      mu /= m;
      let sigma2 = 0;
      for (let i = 0; i < m; i++) sigma2 += (Z[i][j] - mu) ** 2;
      mean.push(mu);
      variance.push(sigma2 / m);
    } else {
      mean.push(running.mean[j]);
      variance.push(running.variance[j]);
    }
  }
  const zTilde = Z.map((row) => row.map((z, j) => gamma[j] * ((z - mean[j]) / Math.sqrt(variance[j] + epsilon)) + beta[j]));
  const next = training
    ? {
        mean: running.mean.map((r, j) => momentum * r + (1 - momentum) * mean[j]),
        variance: running.variance.map((r, j) => momentum * r + (1 - momentum) * variance[j]),
      }
    : { mean: [...running.mean], variance: [...running.variance] };
  return { zTilde, running: next };
}
