import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { numericGradient } from './solution';

export default {
  fn: 'numericGradient',
  cases: [
    {
      name: 'J(w) = w² − 10w + 25 at w = 3',
      args: () => [(theta: number[]) => theta[0] ** 2 - 10 * theta[0] + 25, [3], 1e-4],
      hint: 'About −8 instead of −4? You divided by ε instead of 2ε. dθ = (J(θ + ε) − J(θ − ε)) / (2ε); the exact derivative here is 2w − 10 = −4.',
    },
    {
      name: 'J(θ) = θ³ at θ = 2 with ε = 10⁻³: two-sided, not one-sided',
      edge: 'one-sided difference',
      args: () => [(theta: number[]) => theta[0] ** 3, [2], 1e-3],
      hint: 'Off by about 0.006? That is the one-sided difference (J(θ + ε) − J(θ))/ε, whose error is about 3θε here: use both J(θ + ε) and J(θ − ε), divided by 2ε.',
    },
    {
      name: 'three parameters that interact',
      edge: 'restore θ',
      args: () => [(t: number[]) => t[0] * t[0] * t[1] + Math.sin(t[2]) * t[0] + t[1] * t[2], [1.5, -2, 0.5], 1e-5],
      hint: 'Later derivatives wrong? You nudged θ in place and did not put θᵢ back, so every later entry was measured at a shifted point: nudge a copy of θ.',
    },
    {
      name: 'a cost that reads every entry: J = Σ θᵢ² · i',
      edge: 'restore θ',
      args: () => [(t: number[]) => t.reduce((sum, ti, i) => sum + ti * ti * (i + 1), 0), [0.3, -0.7, 1.1, 2], 1e-4],
      hint: 'Wrong length or order, or θ changed after the call? Return one derivative per entry of θ, in order, and leave θ as it was.',
    },
  ],
} satisfies ExerciseSpec<typeof numericGradient>;
