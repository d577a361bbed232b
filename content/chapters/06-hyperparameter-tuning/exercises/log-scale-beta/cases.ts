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
      hint: 'Your β values are spread evenly from 0.9 to 0.999: did you sample β itself uniformly? Sample the exponent of 1 − β: r between log₁₀(1 − high) = −3 and log₁₀(1 − low) = −1, then β = 1 − 10^r.',
    },
    {
      name: 'β from 0.99 to 0.9999',
      edge: 'β close to 1',
      args: () => [0.99, 0.9999, 5, new Rng(12)],
      hint: 'The right range but other values: did you swap the exponents? a = log₁₀(1 − high) is the smaller one, and r = a + (b − a)·u with u = rng.uniform().',
    },
    {
      name: 'β from 0 to 0.9',
      args: () => [0, 0.9, 5, new Rng(13)],
      hint: 'A NaN or a crash at low = 0: did you take log₁₀(low) instead of log₁₀(1 − low)? Here 1 − low = 1, b = 0, and r runs from −1 to 0.',
    },
  ],
} satisfies ExerciseSpec<typeof sampleBeta>;
