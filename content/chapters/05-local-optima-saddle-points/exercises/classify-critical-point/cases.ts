import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { classifyCriticalPoint } from './solution';

export default {
  fn: 'classifyCriticalPoint',
  cases: [
    {
      name: 'J = w₁² + w₂²',
      args: () => [[[2, 0], [0, 2]]],
      hint: 'Both eigenvalues are 2: every direction curves up, a minimum.',
    },
    {
      name: 'J = w₁² − w₂², the classic saddle',
      args: () => [[[2, 0], [0, -2]]],
      hint: 'One eigenvalue positive and one negative: a saddle.',
    },
    {
      name: 'both axes curve up, yet a saddle: [[1, 2], [2, 1]]',
      edge: 'saddle with a positive diagonal',
      args: () => [[[1, 2], [2, 1]]],
      hint: 'Do not judge by the diagonal: the coupling b matters. The eigenvalues are 3 and −1.',
    },
    {
      name: 'a maximum with coupling: [[−2, 0.5], [0.5, −1]]',
      args: () => [[[-2, 0.5], [0.5, -1]]],
      hint: 'Both eigenvalues negative: a maximum.',
    },
    {
      name: 'a flat direction: [[1, 1], [1, 1]]',
      edge: 'zero eigenvalue',
      args: () => [[[1, 1], [1, 1]]],
      hint: 'The eigenvalues are 2 and 0: with a zero eigenvalue the answer is "flat", not "minimum".',
    },
    {
      name: 'a minimum with coupling: [[3, 1], [1, 2]]',
      args: () => [[[3, 1], [1, 2]]],
      hint: 'λ = (a + d)/2 ± √(((a − d)/2)² + b²): both are positive here.',
    },
  ],
} satisfies ExerciseSpec<typeof classifyCriticalPoint>;
