import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { isPositiveDefinite } from './solution';

/** Names, edge cases and hints in both languages: this chapter has a Chinese edition. */
export default {
  fn: 'isPositiveDefinite',
  cases: [
    {
      name: { en: 'a bowl: [[2, 0.5], [0.5, 1]]', zh: '一只碗：[[2, 0.5], [0.5, 1]]' },
      args: () => [[[2, 0.5], [0.5, 1]]],
      hint: {
        en: 'Did you reject every matrix with a nonzero off-diagonal? This one is positive definite (both eigenvalues are positive): the factorization must succeed.',
        zh: '是不是把非对角元不为零的矩阵一律判为否？这个矩阵是正定的（两个特征值都为正）：分解必须能完成。',
      },
    },
    {
      name: { en: 'positive diagonal, but a saddle: [[1, 2], [2, 1]]', zh: '对角元全为正，却是鞍点：[[1, 2], [2, 1]]' },
      edge: { en: 'saddle with a positive diagonal', zh: '对角元全为正的鞍点' },
      args: () => [[[1, 2], [2, 1]]],
      hint: {
        en: 'Did you judge by the diagonal, or forget to subtract the earlier columns from each pivot (which amounts to the same)? The second pivot is 1 − 2² = −3 < 0, so this is a saddle (eigenvalues 3 and −1).',
        zh: '是不是只看了对角元，或者忘了从每个主元里减去前面各列的贡献（两者效果一样）？第二个主元是 1 − 2² = −3 < 0，所以这是鞍点（特征值为 3 和 −1）。',
      },
    },
    {
      name: { en: 'a flat direction: [[1, 1], [1, 1]]', zh: '有一个平坦方向：[[1, 1], [1, 1]]' },
      edge: { en: 'zero eigenvalue', zh: '特征值为零' },
      args: () => [[[1, 1], [1, 1]]],
      hint: {
        en: 'Did you test d < 0 instead of d ≤ 0? A zero pivot means a flat direction (eigenvalue 0): not positive definite.',
        zh: '是不是用了 d < 0 而不是 d ≤ 0？主元为零意味着有一个平坦方向（特征值为 0）：不是正定的。',
      },
    },
    {
      name: { en: 'a 3 × 3 positive definite matrix', zh: '一个 3 × 3 的正定矩阵' },
      args: () => [[[4, 2, -2], [2, 10, 2], [-2, 2, 5]]],
      hint: {
        en: 'Did you require every entry to be positive? Negative entries off the diagonal are fine; what counts is the pivots: subtract Σ L[j][k]² from the diagonal and Σ L[i][k]·L[j][k] from the entries below it before dividing.',
        zh: '是不是要求每个元素都为正？对角线外的负元素没有关系，要紧的是主元：先从对角元减去 Σ L[j][k]²，从它下方的元素减去 Σ L[i][k]·L[j][k]，再做除法。',
      },
    },
    {
      name: { en: 'a 3 × 3 saddle whose first two pivots are positive', zh: '前两个主元为正的 3 × 3 鞍点' },
      args: () => [[[2, 1, 1], [1, 2, 1], [1, 1, -1]]],
      hint: {
        en: 'Did you stop before the last pivot? Check every pivot, including the last one.',
        zh: '是不是在最后一个主元之前就停下了？每个主元都要检查，最后一个也不例外。',
      },
    },
    {
      name: { en: 'a maximum: [[−2, 0], [0, −3]]', zh: '一个最大值：[[−2, 0], [0, −3]]' },
      args: () => [[[-2, 0], [0, -3]]],
      hint: {
        en: 'Did you test only that the pivot is nonzero, or take its absolute value? A negative first pivot already means "not positive definite".',
        zh: '是不是只检查了主元不为零，或者取了它的绝对值？第一个主元为负，就已经说明“不是正定的”。',
      },
    },
    {
      name: { en: 'one dimension: [[5]]', zh: '一维：[[5]]' },
      args: () => [[[5]]],
      hint: {
        en: 'Did your code assume at least two rows? A 1 × 1 matrix is positive definite when its entry is positive.',
        zh: '你的代码是不是假定了至少有两行？1 × 1 的矩阵在它唯一的元素为正时就是正定的。',
      },
    },
  ],
} satisfies ExerciseSpec<typeof isPositiveDefinite>;
