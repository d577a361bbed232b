import { Rng } from '@engine';
import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { sampleLogScale } from './solution';

export default {
  fn: 'sampleLogScale',
  cases: [
    {
      name: 'α from 10⁻⁴ to 1, ten samples',
      args: () => [1e-4, 1, 10, new Rng(7)],
      hint: 'Sample r = log₁₀(low) + (log₁₀(high) − log₁₀(low))·u, one rng.uniform() per sample, and return 10^r. Sampling α uniformly puts most samples above 0.1.',
    },
    {
      name: 'a range that is not whole decades: 0.003 to 0.2',
      args: () => [0.003, 0.2, 6, new Rng(8)],
      hint: 'Use log₁₀ of the actual bounds (Math.log10(low)), not rounded exponents.',
    },
    {
      name: 'hidden units from 50 to 100',
      args: () => [50, 100, 5, new Rng(9)],
      hint: 'The same formula works for any positive range; draw u from rng in order, one per sample.',
    },
  ],
} satisfies ExerciseSpec<typeof sampleLogScale>;
