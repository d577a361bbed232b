import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { adamStep } from './solution';

const defaults = { alpha: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 };

export default {
  fn: 'adamStep',
  cases: [
    {
      name: 'first update (t becomes 1)',
      edge: 't = 1',
      args: () => [[1, -2, 0.5], [0.4, -1, 2], { v: [0, 0, 0], s: [0, 0, 0], t: 0 }, { ...defaults }],
      hint: 'Did you use t before counting this update (t = 0 divides by 1 − β⁰ = 0)? Increase t first, so the first update has t = 1; then v̂ = v/(1 − β₁) and Ŝ = S/(1 − β₂) give back dW and dW², and each weight moves by about α.',
    },
    {
      name: 'the returned t counts updates',
      args: () => [[0.5], [0.1], { v: [0.05], s: [0.0004], t: 9 }, { ...defaults }],
      hint: 'Did you return the old t? Return t = state.t + 1, and use that new t in β₁^t and β₂^t.',
    },
    {
      name: 'bias correction divides (β₂ = 0.999, t = 3)',
      edge: 'β close to 1',
      args: () => [[0.2, -0.4], [0.3, -0.6], { v: [0.05, -0.1], s: [2e-4, 8e-4], t: 2 }, { ...defaults }],
      hint: 'Did you multiply by 1 − β^t instead of dividing? That makes the early steps far too small: v̂ = v / (1 − β₁^t). Keep the uncorrected v and S in the returned state.',
    },
    {
      name: 'a late update (t = 1000): corrections nearly gone for v, not for S',
      args: () => [[1, 2], [-0.5, 0.05], { v: [-0.2, 0.01], s: [0.04, 0.002], t: 999 }, { ...defaults, alpha: 0.001 }],
      hint: 'Did you stop correcting after a warm-up? At t = 1000, 1 − β₁^t ≈ 1 but 1 − β₂^t ≈ 0.63: both corrections are still applied, with the power t.',
    },
    {
      name: 'tiny gradients: where ε goes',
      edge: 't = 1',
      args: () => [[1, 1], [1e-10, -1e-10], { v: [0, 0], s: [0, 0], t: 0 }, { ...defaults }],
      hint: 'Did you put ε inside the square root? ε is added after it, √Ŝ + ε; inside, it hides gradients this small.',
    },
    {
      name: 'a zero gradient in one coordinate',
      args: () => [[0.1, 0.2, 0.3], [0, 1, -1], { v: [0, 0, 0], s: [0, 0, 0], t: 0 }, { ...defaults }],
      hint: 'Getting NaN? Then ε is missing from the denominator: with dW = 0 and S = 0 the step is 0 / (0 + ε) = 0.',
    },
  ],
} satisfies ExerciseSpec<typeof adamStep>;
