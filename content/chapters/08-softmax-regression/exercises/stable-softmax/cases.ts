import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { softmax } from './solution';

export default {
  fn: 'softmax',
  cases: [
    {
      name: 'the course\'s example z = [5, 2, −1, 3]',
      args: () => [[5, 2, -1, 3]],
      hint: 'a_i = e^{z_i} / Σ_j e^{z_j}: exponentiate, then divide by the sum. Here a ≈ [0.842, 0.042, 0.002, 0.114].',
    },
    {
      name: 'large logits [1000, 1001, 1002]',
      edge: 'large logits',
      args: () => [[1000, 1001, 1002]],
      hint: 'Math.exp(1000) is Infinity and Infinity/Infinity is NaN: subtract max(z) from every logit before exponentiating.',
    },
    {
      name: 'very negative logits [−1000, −1001, −999]',
      edge: 'large logits',
      args: () => [[-1000, -1001, -999]],
      hint: 'Every e^{z} underflows to 0 and 0/0 is NaN: subtracting max(z) keeps the largest exponent at 0.',
    },
    {
      name: 'equal logits give equal probabilities',
      args: () => [[3, 3, 3, 3]],
      hint: 'Four equal logits must give 0.25 each.',
    },
    {
      name: 'one class',
      args: () => [[-7]],
      hint: 'With a single class the probability is 1.',
    },
  ],
} satisfies ExerciseSpec<typeof softmax>;
