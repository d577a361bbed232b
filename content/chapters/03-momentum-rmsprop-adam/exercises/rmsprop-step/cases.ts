import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { rmspropStep } from './solution';

export default {
  fn: 'rmspropStep',
  cases: [
    {
      name: 'first step from S = 0',
      args: () => [[1, -2, 0.5], [0.4, -1, 2], [0, 0, 0], 0.01, 0.9, 1e-8],
      hint: 'Update S first with the squared gradient, S = β₂·S + (1 − β₂)·dW², then divide the step by √S + ε using the new S.',
    },
    {
      name: 'a later step with S already built up',
      args: () => [[0.3, 0.7], [-0.2, 0.5], [0.09, 0.01], 0.01, 0.9, 1e-8],
      hint: 'Square the gradient element by element (dW·dW), then take the square root of S, not of dW.',
    },
    {
      name: 'a zero gradient while S is still 0',
      edge: 'division by zero',
      args: () => [[0.5, 1], [0, 3], [0, 0], 0.01, 0.999, 1e-8],
      hint: 'With dW = 0 and S = 0 the step is 0 / (0 + ε) = 0. If you get NaN, ε is missing from the denominator.',
    },
    {
      name: 'tiny gradients: where ε goes',
      args: () => [[1, 1], [1e-9, -3e-10], [0, 0], 0.001, 0.9, 1e-8],
      hint: 'ε is added after the square root, √S + ε; √(S + ε) is about 10⁻⁴ here and would hide the gradient.',
    },
    {
      name: 'β₂ = 0.999',
      edge: 'β close to 1',
      args: () => [[0.2, -0.4, 0.6], [1, -0.5, 0.1], [0.5, 0.2, 0.01], 0.001, 0.999, 1e-8],
      hint: 'The old S is multiplied by β₂ and the new squared gradient by 1 − β₂.',
    },
  ],
} satisfies ExerciseSpec<typeof rmspropStep>;
