import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { fitLine } from './solution';

export default {
  fn: 'fitLine',
  cases: [
    {
      name: 'one step from w = b = 0 on y = 2x + 1',
      edge: 'first step',
      args: () => [[0, 1, 2, 3], [1, 3, 5, 7], 0.05, 1],
      hint: 'After one step, w = 0.05·(2/m)·Σyᵢxᵢ = 0.85 and b = 0.05·(2/m)·Σyᵢ = 0.4. If both are 4 times larger, you took the sum, not the mean; if b is still 0, b is not in the list you gave minimize().',
    },
    {
      name: 'ten steps: the mean, not the sum (m = 8 points)',
      edge: 'sum instead of mean',
      args: () => [[-1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2], [-2.1, -1.4, -0.4, 0.2, 1.1, 1.4, 2.6, 3.1], 0.1, 10],
      hint: 'With the sum over 8 points every step is 8 times too long and this run blows up (w passes 10 in ten steps): take .mean() of the squared errors.',
    },
    {
      name: 'b takes part: data far from the origin, y = −x + 10',
      edge: 'variable left out of minimize',
      args: () => [[0, 0.5, 1, 1.5, 2], [10, 9.5, 9, 8.5, 8], 0.1, 50],
      hint: 'Most of this line is its intercept: if your b stays 0, b was left out of minimize(cost, [w, b], …) or made a constant.',
    },
    {
      name: 'many steps reach the least-squares line',
      args: () => [[1, 2, 3, 4, 5], [2.2, 2.8, 4.5, 3.7, 5.5], 0.02, 2000],
      hint: 'After enough steps w and b are the least-squares line (here w = 0.75, b = 1.49); check the cost is (w·x + b − y)², squared, averaged.',
    },
  ],
} satisfies ExerciseSpec<typeof fitLine>;
