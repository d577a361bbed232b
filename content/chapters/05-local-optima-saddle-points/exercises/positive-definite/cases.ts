import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { isPositiveDefinite } from './solution';

export default {
  fn: 'isPositiveDefinite',
  cases: [
    {
      name: 'a bowl: [[2, 0.5], [0.5, 1]]',
      args: () => [[[2, 0.5], [0.5, 1]]],
      hint: 'This Hessian is positive definite (both eigenvalues are positive): the factorization must succeed.',
    },
    {
      name: 'positive diagonal, but a saddle: [[1, 2], [2, 1]]',
      edge: 'saddle with a positive diagonal',
      args: () => [[[1, 2], [2, 1]]],
      hint: 'A positive diagonal is not enough: the second pivot is 1 − 2² = −3 < 0, so this is a saddle (eigenvalues 3 and −1).',
    },
    {
      name: 'a flat direction: [[1, 1], [1, 1]]',
      edge: 'zero eigenvalue',
      args: () => [[[1, 1], [1, 1]]],
      hint: 'A zero pivot means a flat direction (eigenvalue 0): not positive definite. Test d ≤ 0, not d < 0.',
    },
    {
      name: 'a 3 × 3 positive definite matrix',
      args: () => [[[4, 2, -2], [2, 10, 2], [-2, 2, 5]]],
      hint: 'Subtract Σ L[j][k]² from the diagonal and Σ L[i][k]·L[j][k] from the entries below it before dividing.',
    },
    {
      name: 'a 3 × 3 saddle whose first two pivots are positive',
      args: () => [[[2, 1, 1], [1, 2, 1], [1, 1, -1]]],
      hint: 'Check every pivot, including the last one.',
    },
    {
      name: 'a maximum: [[−2, 0], [0, −3]]',
      args: () => [[[-2, 0], [0, -3]]],
      hint: 'A negative first pivot already means "not positive definite".',
    },
    {
      name: 'one dimension: [[5]]',
      args: () => [[[5]]],
      hint: 'A 1 × 1 matrix is positive definite when its entry is positive.',
    },
  ],
} satisfies ExerciseSpec<typeof isPositiveDefinite>;
