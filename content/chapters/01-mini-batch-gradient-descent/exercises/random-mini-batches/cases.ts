import { Rng } from '@engine';
import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { randomMiniBatches } from './solution';

/** m examples with two features each, X[i] = [i, 10 + i], and labels Y[i] = 100 + i (so a misplaced label shows). */
function dataset(m: number): [number[][], number[]] {
  const X = Array.from({ length: m }, (_, i) => [i, 10 + i]);
  const Y = Array.from({ length: m }, (_, i) => 100 + i);
  return [X, Y];
}

export default {
  fn: 'randomMiniBatches',
  cases: [
    {
      name: 'm = 8, batch size 4: two full mini-batches',
      args: () => [...dataset(8), 4, new Rng(1)],
      hint: 'Did you skip the shuffle, or draw a new permutation for every mini-batch? Call rng.permutation(m) once, then give each mini-batch the next batchSize examples of the shuffled order.',
    },
    {
      name: 'm = 10, batch size 4: the last mini-batch has 2 examples',
      edge: 'last mini-batch smaller',
      args: () => [...dataset(10), 4, new Rng(2)],
      hint: 'Did you drop the leftover examples (a loop that stops at start + batchSize ≤ m)? When m is not a multiple of batchSize, keep them as a last, smaller mini-batch, not dropped and not padded.',
    },
    {
      name: 'm = 7, batch size 3: labels stay with their examples',
      edge: 'last mini-batch smaller',
      args: () => [...dataset(7), 3, new Rng(3)],
      hint: 'Did you shuffle X and Y separately? Use one permutation for both: Y[k] of a mini-batch must be the label of its X[k].',
    },
    {
      name: 'batch size larger than m: one mini-batch (batch gradient descent)',
      args: () => [...dataset(5), 8, new Rng(4)],
      hint: 'Did you count the mini-batches as ⌊m / batchSize⌋? That is 0 when batchSize > m; there is exactly one mini-batch holding all m examples, still shuffled.',
    },
    {
      name: 'batch size 1: one example per mini-batch (stochastic gradient descent)',
      args: () => [...dataset(4), 1, new Rng(5)],
      hint: 'Did you slice one example short (order.slice(start, start + batchSize − 1))? With batchSize = 1 there are m mini-batches of one example each.',
    },
  ],
} satisfies ExerciseSpec<typeof randomMiniBatches>;
