import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { momentumStep } from './solution';

export default {
  fn: 'momentumStep',
  cases: [
    {
      name: 'first step from v = 0',
      edge: 't = 1',
      args: () => [[1, -2, 0.5], [0.4, -1, 2], [0, 0, 0], 0.1, 0.9],
      hint: 'Did you step with the old v (still 0) and update v afterwards? Update v first and step with the new v: the first step moves W by α(1 − β)dW, not by 0.',
    },
    {
      name: 'a later step with a velocity already built up',
      args: () => [[0.3, 0.7], [-0.2, 0.5], [1.5, -0.4], 0.05, 0.9],
      hint: 'Did you swap β and 1 − β? v = β·v + (1 − β)·dW: the old velocity is multiplied by β, the new gradient by 1 − β.',
    },
    {
      name: 'β = 0 is plain gradient descent',
      args: () => [[2, -3], [0.5, 0.25], [7, 7], 0.2, 0],
      hint: 'Did you forget α in the step (W − v)? With β = 0 the velocity is just dW and the step is W − α·dW.',
    },
    {
      name: 'β = 0.99: a long memory',
      edge: 'β close to 1',
      args: () => [[1, 1, 1, 1], [1, -1, 2, -2], [0.3, 0.3, -0.3, -0.3], 0.01, 0.99],
      hint: 'Did you use the sum form β·v + dW? Here the steps come out 1/(1 − β) = 100 times too long; use the course\'s averaging form, β·v + (1 − β)·dW.',
    },
  ],
} satisfies ExerciseSpec<typeof momentumStep>;
