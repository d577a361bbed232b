import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { rmspropStep } from './solution';

export default {
  fn: 'rmspropStep',
  cases: [
    {
      name: 'first step from S = 0',
      args: () => [[1, -2, 0.5], [0.4, -1, 2], [0, 0, 0], 0.01, 0.9, 1e-8],
      hint: 'Did you divide by the old S (0 on the first step, so the step is dW/ε)? Update S first, S = β₂·S + (1 − β₂)·dW², then divide by √S + ε with the new S.',
    },
    {
      name: 'a later step with S already built up',
      args: () => [[0.3, 0.7], [-0.2, 0.5], [0.09, 0.01], 0.01, 0.9, 1e-8],
      hint: 'Did you divide by √(dW²) = |dW| instead of √S? Square the gradient element by element (dW·dW) into S, then take the square root of S.',
    },
    {
      name: 'a zero gradient while S is still 0',
      edge: 'division by zero',
      args: () => [[0.5, 1], [0, 3], [0, 0], 0.01, 0.999, 1e-8],
      hint: 'Getting NaN? Then ε is missing from the denominator: with dW = 0 and S = 0 the step is 0 / (0 + ε) = 0.',
    },
    {
      name: 'tiny gradients: where ε goes',
      args: () => [[1, 1], [1e-9, -3e-10], [0, 0], 0.001, 0.9, 1e-8],
      hint: 'Did you put ε inside the square root? √(S + ε) is about 10⁻⁴ here and hides the gradient; ε is added after the root, √S + ε.',
    },
    {
      name: 'β₂ = 0.999',
      edge: 'β close to 1',
      args: () => [[0.2, -0.4, 0.6], [1, -0.5, 0.1], [0.5, 0.2, 0.01], 0.001, 0.999, 1e-8],
      hint: 'Did you swap β₂ and 1 − β₂? The old S is multiplied by β₂ and the new squared gradient by 1 − β₂.',
    },
  ],
} satisfies ExerciseSpec<typeof rmspropStep>;
