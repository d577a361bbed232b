import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { classifyCriticalPoint } from './solution';

/** Names, edge cases and hints in both languages: this chapter has a Chinese edition. */
export default {
  fn: 'classifyCriticalPoint',
  cases: [
    {
      name: 'J = w₁² + w₂²',
      args: () => [[[2, 0], [0, 2]]],
      hint: {
        en: 'Did you swap minimum and maximum? Both eigenvalues are 2: every direction curves up, a minimum.',
        zh: '是不是把最小值和最大值弄反了？两个特征值都是 2：每个方向都向上弯，这是最小值。',
      },
    },
    {
      name: { en: 'J = w₁² − w₂², the classic saddle', zh: 'J = w₁² − w₂²，最典型的鞍点' },
      args: () => [[[2, 0], [0, -2]]],
      hint: {
        en: 'Did you look at only one eigenvalue? One is positive and one negative: a saddle.',
        zh: '是不是只看了一个特征值？这里一个为正、一个为负：这是鞍点。',
      },
    },
    {
      name: { en: 'both axes curve up, yet a saddle: [[1, 2], [2, 1]]', zh: '沿两条坐标轴都向上弯，却是鞍点：[[1, 2], [2, 1]]' },
      edge: { en: 'saddle with a positive diagonal', zh: '对角元全为正的鞍点' },
      args: () => [[[1, 2], [2, 1]]],
      hint: {
        en: 'Did you judge by the diagonal? The coupling b matters: the eigenvalues are 3 and −1.',
        zh: '是不是只看了对角元？耦合项 b 也起作用：两个特征值是 3 和 −1。',
      },
    },
    {
      name: { en: 'a maximum with coupling: [[−2, 0.5], [0.5, −1]]', zh: '带耦合的最大值：[[−2, 0.5], [0.5, −1]]' },
      args: () => [[[-2, 0.5], [0.5, -1]]],
      hint: {
        en: 'Did you call every point with a negative eigenvalue a saddle? Both are negative here: a maximum.',
        zh: '是不是把凡有负特征值的点都当成了鞍点？这里两个特征值都为负：这是最大值。',
      },
    },
    {
      name: { en: 'a flat direction: [[1, 1], [1, 1]]', zh: '有一个平坦方向：[[1, 1], [1, 1]]' },
      edge: { en: 'zero eigenvalue', zh: '特征值为零' },
      args: () => [[[1, 1], [1, 1]]],
      hint: {
        en: 'Did you test λ ≥ 0 instead of λ > 0? The eigenvalues are 2 and 0: with a zero eigenvalue the answer is "flat", not "minimum".',
        zh: '是不是用了 λ ≥ 0 而不是 λ > 0？两个特征值是 2 和 0：有一个特征值为零时，答案是 "flat"，而不是 "minimum"。',
      },
    },
    {
      name: { en: 'a minimum with coupling: [[3, 1], [1, 2]]', zh: '带耦合的最小值：[[3, 1], [1, 2]]' },
      args: () => [[[3, 1], [1, 2]]],
      hint: {
        en: 'Did you call every coupled matrix (b ≠ 0) a saddle? λ = (a + d)/2 ± √(((a − d)/2)² + b²): both are positive here.',
        zh: '是不是把凡有耦合（b ≠ 0）的矩阵都当成了鞍点？λ = (a + d)/2 ± √(((a − d)/2)² + b²)：这里两个都为正。',
      },
    },
  ],
} satisfies ExerciseSpec<typeof classifyCriticalPoint>;
