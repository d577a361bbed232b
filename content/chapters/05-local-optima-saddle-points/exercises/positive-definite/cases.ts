import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { isPositiveDefinite } from './solution';

export default {
  fn: 'isPositiveDefinite',
  cases: [
    {
      name: 'a bowl: [[2, 0.5], [0.5, 1]]',
      args: () => [[[2, 0.5], [0.5, 1]]],
      hint: 'Did you reject every matrix with a nonzero off-diagonal? This one is positive definite (both eigenvalues are positive): the factorization must succeed.',
    },
    {
      name: 'positive diagonal, but a saddle: [[1, 2], [2, 1]]',
      edge: 'saddle with a positive diagonal',
      args: () => [[[1, 2], [2, 1]]],
      hint: 'Did you judge by the diagonal, or forget to subtract the earlier columns from each pivot (which amounts to the same)? The second pivot is 1 − 2² = −3 < 0, so this is a saddle (eigenvalues 3 and −1).',
    },
    {
      name: 'a flat direction: [[1, 1], [1, 1]]',
      edge: 'zero eigenvalue',
      args: () => [[[1, 1], [1, 1]]],
      hint: 'Did you test d < 0 instead of d ≤ 0? A zero pivot means a flat direction (eigenvalue 0): not positive definite.',
    },
    {
      name: 'a 3 × 3 positive definite matrix',
      args: () => [[[4, 2, -2], [2, 10, 2], [-2, 2, 5]]],
      hint: 'Did you require every entry to be positive? Negative entries off the diagonal are fine; what counts is the pivots: subtract Σ L[j][k]² from the diagonal and Σ L[i][k]·L[j][k] from the entries below it before dividing.',
    },
    {
      name: 'a 3 × 3 saddle whose first two pivots are positive',
      args: () => [[[2, 1, 1], [1, 2, 1], [1, 1, -1]]],
      hint: 'Did you stop before the last pivot? Check every pivot, including the last one.',
    },
    {
      name: 'a maximum: [[−2, 0], [0, −3]]',
      args: () => [[[-2, 0], [0, -3]]],
      hint: 'Did you test only that the pivot is nonzero, or take its absolute value? A negative first pivot already means "not positive definite".',
    },
    {
      name: 'one dimension: [[5]]',
      args: () => [[[5]]],
      hint: 'Did your code assume at least two rows? A 1 × 1 matrix is positive definite when its entry is positive.',
    },
  ],
} satisfies ExerciseSpec<typeof isPositiveDefinite>;
