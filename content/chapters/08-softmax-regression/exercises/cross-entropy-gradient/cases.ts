import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { crossEntropyGradient } from './solution';

export default {
  fn: 'crossEntropyGradient',
  cases: [
    {
      name: 'z = [5, 2, −1, 3], true class 1',
      args: () => [[5, 2, -1, 3], [0, 1, 0, 0]],
      hint: 'Signs flipped? That is y − ŷ, the direction of ascent: dz = ŷ − y, so the true class gets ŷ_k − 1 (negative) and every other class gets ŷ_j.',
    },
    {
      name: 'a confident, correct prediction',
      args: () => [[10, 0, 0], [1, 0, 0]],
      hint: 'Large values for a correct prediction? You subtracted y from z instead of from softmax(z), or returned ŷ without subtracting y: here the gradient is close to 0.',
    },
    {
      name: 'large logits, wrong class',
      edge: 'large logits',
      args: () => [[1000, 990, 1005], [0, 1, 0]],
      hint: 'NaN here? A naive softmax: e^{1000} overflows to Infinity. Subtract max(z) before exponentiating.',
    },
    {
      name: 'soft labels y = [0.7, 0.2, 0.1]',
      args: () => [[0.5, -0.5, 1.5], [0.7, 0.2, 0.1]],
      hint: 'Right for one-hot labels only? Then you used the index of the true class: ŷ − y holds for any y that sums to 1, entry by entry.',
    },
    {
      name: 'C = 2: the same as logistic regression',
      args: () => [[0, 1.2], [1, 0]],
      hint: 'With two classes ŷ₀ = σ(z₀ − z₁) and ŷ₁ = 1 − ŷ₀, and dz = ŷ − y as with the sigmoid.',
    },
  ],
} satisfies ExerciseSpec<typeof crossEntropyGradient>;
