import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { numericGradient } from './solution';

export default {
  fn: 'numericGradient',
  cases: [
    {
      name: 'J(w) = w² − 10w + 25 at w = 3',
      args: () => [(theta: number[]) => theta[0] ** 2 - 10 * theta[0] + 25, [3], 1e-4],
      hint: 'dθ = (J(θ + ε) − J(θ − ε)) / (2ε); the exact derivative here is 2w − 10 = −4.',
    },
    {
      name: 'J(θ) = θ³ at θ = 2 with ε = 10⁻³: two-sided, not one-sided',
      edge: 'one-sided difference',
      args: () => [(theta: number[]) => theta[0] ** 3, [2], 1e-3],
      hint: 'Use both J(θ + ε) and J(θ − ε), divided by 2ε. The one-sided (J(θ + ε) − J(θ))/ε is off by about 3θε = 0.006 here.',
    },
    {
      name: 'three parameters that interact',
      edge: 'restore θ',
      args: () => [(t: number[]) => t[0] * t[0] * t[1] + Math.sin(t[2]) * t[0] + t[1] * t[2], [1.5, -2, 0.5], 1e-5],
      hint: 'Nudge one entry at a time, on a copy of θ (or put θᵢ back afterwards): every other entry must keep its value.',
    },
    {
      name: 'a cost that reads every entry: J = Σ θᵢ² · i',
      edge: 'restore θ',
      args: () => [(t: number[]) => t.reduce((sum, ti, i) => sum + ti * ti * (i + 1), 0), [0.3, -0.7, 1.1, 2], 1e-4],
      hint: 'Return one derivative per entry of θ, in order; θ must be unchanged when you are done.',
    },
  ],
} satisfies ExerciseSpec<typeof numericGradient>;
