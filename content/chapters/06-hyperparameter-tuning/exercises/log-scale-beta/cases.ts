import { Rng } from '@engine';
import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { sampleBeta } from './solution';

export default {
  fn: 'sampleBeta',
  cases: [
    {
      name: 'β from 0.9 to 0.999, eight samples',
      edge: 'β close to 1',
      args: () => [0.9, 0.999, 8, new Rng(11)],
      hint: 'Sample the exponent of 1 − β: r between log₁₀(1 − high) = −3 and log₁₀(1 − low) = −1, then β = 1 − 10^r.',
    },
    {
      name: 'β from 0.99 to 0.9999',
      edge: 'β close to 1',
      args: () => [0.99, 0.9999, 5, new Rng(12)],
      hint: 'a = log₁₀(1 − high) is the smaller exponent: r = a + (b − a)·u with u = rng.uniform().',
    },
    {
      name: 'β from 0 to 0.9',
      args: () => [0, 0.9, 5, new Rng(13)],
      hint: 'With low = 0, 1 − low = 1 and b = log₁₀(1) = 0: r runs from −1 to 0.',
    },
  ],
} satisfies ExerciseSpec<typeof sampleBeta>;
