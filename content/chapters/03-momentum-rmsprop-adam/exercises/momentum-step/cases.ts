import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { momentumStep } from './solution';

/** Names, edge cases and hints in both languages: this chapter has a Chinese edition. */
export default {
  fn: 'momentumStep',
  cases: [
    {
      name: { en: 'first step from v = 0', zh: '从 v = 0 走出的第一步' },
      edge: 't = 1',
      args: () => [[1, -2, 0.5], [0.4, -1, 2], [0, 0, 0], 0.1, 0.9],
      hint: {
        en: 'Did you step with the old v (still 0) and update v afterwards? Update v first and step with the new v: the first step moves W by α(1 − β)dW, not by 0.',
        zh: '是不是先用旧的 v（还是 0）走了一步，之后才更新 v？应该先更新 v，再用新的 v 走：第一步让 W 移动 α(1 − β)dW，而不是 0。',
      },
    },
    {
      name: { en: 'a later step with a velocity already built up', zh: '速度已经积累起来之后的一步' },
      args: () => [[0.3, 0.7], [-0.2, 0.5], [1.5, -0.4], 0.05, 0.9],
      hint: {
        en: 'Did you swap β and 1 − β? v = β·v + (1 − β)·dW: the old velocity is multiplied by β, the new gradient by 1 − β.',
        zh: '是不是把 β 和 1 − β 写反了？v = β·v + (1 − β)·dW：旧的速度乘以 β，新的梯度乘以 1 − β。',
      },
    },
    {
      name: { en: 'β = 0 is plain gradient descent', zh: 'β = 0 就是普通的梯度下降' },
      args: () => [[2, -3], [0.5, 0.25], [7, 7], 0.2, 0],
      hint: {
        en: 'Did you forget α in the step (W − v)? With β = 0 the velocity is just dW and the step is W − α·dW.',
        zh: '更新时是不是漏了 α（写成了 W − v）？β = 0 时速度就是 dW，这一步是 W − α·dW。',
      },
    },
    {
      name: { en: 'β = 0.99: a long memory', zh: 'β = 0.99：记得很久' },
      edge: { en: 'β close to 1', zh: 'β 接近 1' },
      args: () => [[1, 1, 1, 1], [1, -1, 2, -2], [0.3, 0.3, -0.3, -0.3], 0.01, 0.99],
      hint: {
        en: 'Did you use the sum form β·v + dW? Here the steps come out 1/(1 − β) = 100 times too long; use the course\'s averaging form, β·v + (1 − β)·dW.',
        zh: '是不是用了求和写法 β·v + dW？那样这里的步子会长 1/(1 − β) = 100 倍；请用课程的平均写法 β·v + (1 − β)·dW。',
      },
    },
  ],
} satisfies ExerciseSpec<typeof momentumStep>;
