import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { classifyCriticalPoint } from './solution';

export default {
  fn: 'classifyCriticalPoint',
  cases: [
    {
      name: 'J = w₁² + w₂²',
      args: () => [[[2, 0], [0, 2]]],
      hint: 'Did you swap minimum and maximum? Both eigenvalues are 2: every direction curves up, a minimum.',
    },
    {
      name: 'J = w₁² − w₂², the classic saddle',
      args: () => [[[2, 0], [0, -2]]],
      hint: 'Did you look at only one eigenvalue? One is positive and one negative: a saddle.',
    },
    {
      name: 'both axes curve up, yet a saddle: [[1, 2], [2, 1]]',
      edge: 'saddle with a positive diagonal',
      args: () => [[[1, 2], [2, 1]]],
      hint: 'Did you judge by the diagonal? The coupling b matters: the eigenvalues are 3 and −1.',
    },
    {
      name: 'a maximum with coupling: [[−2, 0.5], [0.5, −1]]',
      args: () => [[[-2, 0.5], [0.5, -1]]],
      hint: 'Did you call every point with a negative eigenvalue a saddle? Both are negative here: a maximum.',
    },
    {
      name: 'a flat direction: [[1, 1], [1, 1]]',
      edge: 'zero eigenvalue',
      args: () => [[[1, 1], [1, 1]]],
      hint: 'Did you test λ ≥ 0 instead of λ > 0? The eigenvalues are 2 and 0: with a zero eigenvalue the answer is "flat", not "minimum".',
    },
    {
      name: 'a minimum with coupling: [[3, 1], [1, 2]]',
      args: () => [[[3, 1], [1, 2]]],
      hint: 'Did you call every coupled matrix (b ≠ 0) a saddle? λ = (a + d)/2 ± √(((a − d)/2)² + b²): both are positive here.',
    },
  ],
} satisfies ExerciseSpec<typeof classifyCriticalPoint>;
