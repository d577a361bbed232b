import { Rng } from '@engine';
import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { randomMiniBatches } from './solution';

/** m examples with two features each, X[i] = [i, 10 + i], and labels Y[i] = 100 + i (so a misplaced label shows). */
function dataset(m: number): [number[][], number[]] {
  const X = Array.from({ length: m }, (_, i) => [i, 10 + i]);
  const Y = Array.from({ length: m }, (_, i) => 100 + i);
  return [X, Y];
}

/** Names, edge cases and hints in both languages: this chapter has a Chinese edition. */
export default {
  fn: 'randomMiniBatches',
  cases: [
    {
      name: { en: 'm = 8, batch size 4: two full mini-batches', zh: 'm = 8，批量大小 4：两个装满的小批量' },
      args: () => [...dataset(8), 4, new Rng(1)],
      hint: {
        en: 'Did you skip the shuffle, or draw a new permutation for every mini-batch? Call rng.permutation(m) once, then give each mini-batch the next batchSize examples of the shuffled order.',
        zh: '是不是没有打乱，或者每个小批量都重新抽了一个排列？只调用一次 rng.permutation(m)，然后按打乱后的顺序，依次给每个小批量接下来的 batchSize 个样本。',
      },
    },
    {
      name: { en: 'm = 10, batch size 4: the last mini-batch has 2 examples', zh: 'm = 10，批量大小 4：最后一个小批量只有 2 个样本' },
      edge: { en: 'last mini-batch smaller', zh: '最后一个小批量较小' },
      args: () => [...dataset(10), 4, new Rng(2)],
      hint: {
        en: 'Did you drop the leftover examples (a loop that stops at start + batchSize ≤ m)? When m is not a multiple of batchSize, keep them as a last, smaller mini-batch, not dropped and not padded.',
        zh: '是不是把剩下的样本丢掉了（循环条件写成了 start + batchSize ≤ m）？m 不是 batchSize 的整数倍时，剩下的样本要组成最后一个较小的小批量，既不丢弃，也不补齐。',
      },
    },
    {
      name: { en: 'm = 7, batch size 3: labels stay with their examples', zh: 'm = 7，批量大小 3：标签跟着各自的样本走' },
      edge: { en: 'last mini-batch smaller', zh: '最后一个小批量较小' },
      args: () => [...dataset(7), 3, new Rng(3)],
      hint: {
        en: 'Did you shuffle X and Y separately? Use one permutation for both: Y[k] of a mini-batch must be the label of its X[k].',
        zh: '是不是把 X 和 Y 分开打乱了？两者要用同一个排列：小批量里的 Y[k] 必须是它的 X[k] 的标签。',
      },
    },
    {
      name: { en: 'batch size larger than m: one mini-batch (batch gradient descent)', zh: '批量大小超过 m：只有一个小批量（批量梯度下降）' },
      args: () => [...dataset(5), 8, new Rng(4)],
      hint: {
        en: 'Did you count the mini-batches as ⌊m / batchSize⌋? That is 0 when batchSize > m; there is exactly one mini-batch holding all m examples, still shuffled.',
        zh: '是不是把小批量的个数算成了 ⌊m / batchSize⌋？batchSize > m 时它等于 0；其实正好有一个小批量，装着全部 m 个样本，而且照样要打乱。',
      },
    },
    {
      name: { en: 'batch size 1: one example per mini-batch (stochastic gradient descent)', zh: '批量大小 1：每个小批量一个样本（随机梯度下降）' },
      args: () => [...dataset(4), 1, new Rng(5)],
      hint: {
        en: 'Did you slice one example short (order.slice(start, start + batchSize − 1))? With batchSize = 1 there are m mini-batches of one example each.',
        zh: '切片时是不是少取了一个样本（order.slice(start, start + batchSize − 1)）？batchSize = 1 时应有 m 个小批量，每个一个样本。',
      },
    },
  ],
} satisfies ExerciseSpec<typeof randomMiniBatches>;
