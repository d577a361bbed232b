import { Rng } from '@engine';
import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { sampleHyperparameter } from './solution';

export default {
  fn: 'sampleHyperparameter',
  cases: [
    {
      name: 'α from 10⁻⁴ to 1 on a log scale, ten samples',
      args: () => [1e-4, 1, 10, 'log', new Rng(7)],
      hint: 'Most of your samples are above 0.1: did you sample α itself uniformly? Sample the exponent r = log₁₀(low) + (log₁₀(high) − log₁₀(low))·u and return 10^r.',
    },
    {
      name: 'a log range that is not whole decades: 0.003 to 0.2',
      args: () => [0.003, 0.2, 6, 'log', new Rng(8)],
      hint: 'Right for whole decades but wrong here: did you round the exponents? Use Math.log10(low) and Math.log10(high) of the actual bounds.',
    },
    {
      name: 'hidden units from 50 to 100: whole numbers, uniform',
      edge: 'integer hyperparameter',
      args: () => [50, 100, 8, 'integer', new Rng(9)],
      hint: 'A count of units must be a whole number, and on 50 to 100 uniform sampling is right: low + floor((high − low + 1)·u). Fractions mean you forgot the floor; values like 70.7 from 10^r mean you used the log scale.',
    },
    {
      name: 'layers from 2 to 4: 4 itself must be possible',
      edge: 'inclusive upper bound',
      args: () => [2, 4, 12, 'integer', new Rng(3)],
      hint: 'No sample is ever 4: did you use floor((high − low)·u)? There are high − low + 1 whole numbers from low to high.',
    },
  ],
} satisfies ExerciseSpec<typeof sampleHyperparameter>;
