import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { batchNormForward } from './solution';

/** Four examples of three units with very different scales. */
const batch = () => [[1, 200, -3], [2, 180, 5], [4, 260, 1], [5, 240, -7]];
/** Running statistics that differ clearly from the batch's own. */
const running = () => ({ mean: [2.5, 210, 0], variance: [2, 900, 16] });

export default {
  fn: 'batchNormForward',
  cases: [
    {
      name: 'training mode, γ = 1 and β = 0',
      args: () => [batch(), [1, 1, 1], [0, 0, 0], running(), true, 1e-5, 0.9],
      hint: 'Outputs a little too small (a variance 4/3 too large, with m = 4)? You divided by m − 1: the batch variance divides by m. Average over the examples (rows) for each unit (column).',
    },
    {
      name: 'training mode with γ and β',
      args: () => [batch(), [2, 0.5, -1], [0.1, -3, 4], running(), true, 1e-5, 0.9],
      hint: 'Right with γ = 1, β = 0 but not here? Scale, then shift, per unit: z̃ = γ[j]·z_norm + β[j], not γ·(z_norm + β).',
    },
    {
      name: 'training mode ignores the running averages',
      args: () => [batch(), [1, 1, 1], [0, 0, 0], { mean: [100, 100, 100], variance: [0.01, 0.01, 0.01] }, true, 1e-5, 0.9],
      hint: 'Huge outputs here? You normalized with the running averages in training mode: μ and σ² come from this mini-batch.',
    },
    {
      name: 'training mode moves the running averages toward the batch',
      edge: 'running averages update',
      args: () => [batch(), [1, 1, 1], [0, 0, 0], running(), true, 1e-5, 0.9],
      hint: 'Your running averages did not move, or jumped to the batch values: after a training step running := momentum·running + (1 − momentum)·batch, with the same biased σ² (÷ m) for the variance.',
    },
    {
      name: 'inference on a single example uses the running averages',
      edge: 'inference on one example',
      args: () => [[[3, 250, -2]], [1.5, 1, 2], [0, 1, -1], running(), false, 1e-5, 0.9],
      hint: 'All outputs equal β? You normalized one example by its own mean (itself): in inference mode use running.mean and running.variance, and leave them unchanged.',
    },
    {
      name: 'a unit that is constant over the batch',
      edge: 'zero variance',
      args: () => [[[1, 7], [2, 7], [3, 7]], [1, 3], [0, 0.5], running(), true, 1e-5, 0.9],
      hint: 'A NaN for the constant unit? ε goes inside the square root, √(σ² + ε): with σ² = 0 the output must be z̃ = β.',
    },
    {
      name: 'γ = √(σ² + ε), β = μ gives z back',
      args: () => [[[1, 4], [3, 8]], [Math.sqrt(1 + 1e-3), Math.sqrt(4 + 1e-3)], [2, 6], running(), true, 1e-3, 0.9],
      hint: 'Not quite z back? With γ = √(σ² + ε) and β = μ the output equals the input only if ε is inside the root and σ² divides by m.',
    },
  ],
} satisfies ExerciseSpec<typeof batchNormForward>;
