import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { crossEntropyGradient } from './solution';

export default {
  fn: 'crossEntropyGradient',
  cases: [
    {
      name: 'z = [5, 2, −1, 3], true class 1',
      args: () => [[5, 2, -1, 3], [0, 1, 0, 0]],
      hint: 'dz = ŷ − y: the true class gets ŷ_k − 1 (negative: raise its logit), every other class gets ŷ_j.',
    },
    {
      name: 'a confident, correct prediction',
      args: () => [[10, 0, 0], [1, 0, 0]],
      hint: 'When ŷ is close to y the gradient is close to 0: subtract y from softmax(z), not from z.',
    },
    {
      name: 'large logits, wrong class',
      edge: 'large logits',
      args: () => [[1000, 990, 1005], [0, 1, 0]],
      hint: 'Compute softmax stably (subtract max(z)); e^{1000} overflows to Infinity and the result becomes NaN.',
    },
    {
      name: 'soft labels y = [0.7, 0.2, 0.1]',
      args: () => [[0.5, -0.5, 1.5], [0.7, 0.2, 0.1]],
      hint: 'The formula ŷ − y holds for any y whose entries sum to 1, not only one-hot labels.',
    },
    {
      name: 'C = 2: the same as logistic regression',
      args: () => [[0, 1.2], [1, 0]],
      hint: 'With two classes ŷ₂ = σ(z₂ − z₁), and dz = ŷ − y as with the sigmoid.',
    },
  ],
} satisfies ExerciseSpec<typeof crossEntropyGradient>;
