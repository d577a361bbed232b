import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { softmax } from './solution';

export default {
  fn: 'softmax',
  cases: [
    {
      name: 'the course\'s example z = [5, 2, −1, 3]',
      args: () => [[5, 2, -1, 3]],
      hint: 'Entries that do not sum to 1, or that are not in the order of the scores? Exponentiate, then divide by the sum: a_i = e^{z_i} / Σ_j e^{z_j}; here a ≈ [0.842, 0.042, 0.002, 0.114].',
    },
    {
      name: 'large logits [1000, 1001, 1002]',
      edge: 'large logits',
      args: () => [[1000, 1001, 1002]],
      hint: 'NaN here? You exponentiated the raw logits: Math.exp(1000) is Infinity and Infinity/Infinity is NaN. Subtract max(z) from every logit first.',
    },
    {
      name: 'very negative logits [−1000, −1001, −999]',
      edge: 'large logits',
      args: () => [[-1000, -1001, -999]],
      hint: 'NaN here? Every e^{z} underflowed to 0 and 0/0 is NaN: subtract max(z) (not a fixed constant), so the largest exponent is e⁰ = 1.',
    },
    {
      name: 'logits far apart [−500, 500]',
      edge: 'large logits',
      args: () => [[-500, 500]],
      hint: 'NaN here? You shifted by min(z): then 500 − (−500) = 1000 and e^{1000} overflows. Shift by max(z), so every exponent is ≤ 0.',
    },
    {
      name: 'equal logits give equal probabilities',
      args: () => [[3, 3, 3, 3]],
      hint: 'Not 0.25 each? Probably divided by the wrong total or by C: four equal logits must give 1/4 each.',
    },
    {
      name: 'one class',
      args: () => [[-7]],
      hint: 'Not [1]? With a single class e⁰/e⁰ = 1; an empty sum or a loop from 1 drops the only class.',
    },
  ],
} satisfies ExerciseSpec<typeof softmax>;
