/** Running averages of each unit's mean and variance, kept during training for inference. */
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
 * Batch norm's forward pass. `Z[i][j]` is unit j's pre-activation for example i
 * (m rows, n units); γ (`gamma`) and β (`beta`) have one entry per unit. For each unit j:
 *
 *   training:  μ = (1/m) Σᵢ Z[i][j],   σ² = (1/m) Σᵢ (Z[i][j] − μ)²   (this mini-batch's)
 *   inference: μ = running.mean[j],    σ² = running.variance[j]
 *   z_norm = (Z[i][j] − μ) / √(σ² + ε),   z̃ = γ[j]·z_norm + β[j]
 *
 * Returns z̃ with the shape of Z, and the running averages: in training mode each moves toward this
 * batch's value, running := momentum·running + (1 − momentum)·batch; in inference mode they stay as they were.
 */
export function batchNormForward(
  Z: number[][], gamma: number[], beta: number[],
  running: RunningStats, training: boolean, epsilon: number, momentum: number,
): BatchNormResult {
  // TODO: pick μ and σ² per unit, then normalize, scale and shift; update the running averages in training.
  return { zTilde: Z.map((row) => row.map((z, j) => gamma[j] * z + beta[j])), running };
}
