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
      args: () => [batch(), [1, 1, 1], [0, 0, 0], running(), true, 1e-5],
      hint: 'Average over the examples (rows) for each unit (column), and divide the variance by m, not m − 1.',
    },
    {
      name: 'training mode with γ and β',
      args: () => [batch(), [2, 0.5, -1], [0.1, -3, 4], running(), true, 1e-5],
      hint: 'z̃ = γ[j]·z_norm + β[j]: scale, then shift, per unit.',
    },
    {
      name: 'training mode ignores the running averages',
      args: () => [batch(), [1, 1, 1], [0, 0, 0], { mean: [100, 100, 100], variance: [0.01, 0.01, 0.01] }, true, 1e-5],
      hint: 'In training mode μ and σ² come from this mini-batch, whatever the running averages say.',
    },
    {
      name: 'inference on a single example uses the running averages',
      edge: 'inference on one example',
      args: () => [[[3, 250, -2]], [1.5, 1, 2], [0, 1, -1], running(), false, 1e-5],
      hint: 'In inference mode use running.mean and running.variance: a single example\'s own mean is itself and would normalize it to 0.',
    },
    {
      name: 'a unit that is constant over the batch',
      edge: 'zero variance',
      args: () => [[[1, 7], [2, 7], [3, 7]], [1, 3], [0, 0.5], running(), true, 1e-5],
      hint: 'ε goes inside the square root, √(σ² + ε): a constant unit has σ² = 0 and must give z̃ = β, not NaN.',
    },
    {
      name: 'γ = √(σ² + ε), β = μ gives z back',
      args: () => [[[1, 4], [3, 8]], [Math.sqrt(1 + 1e-3), Math.sqrt(4 + 1e-3)], [2, 6], running(), true, 1e-3],
      hint: 'With γ = √(σ² + ε) and β = μ the output equals the input; check where ε goes and that σ² divides by m.',
    },
  ],
} satisfies ExerciseSpec<typeof batchNormForward>;
