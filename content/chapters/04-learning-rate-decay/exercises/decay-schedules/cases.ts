import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { learningRate } from './solution';

export default {
  fn: 'learningRate',
  cases: [
    {
      name: '1/(1 + decay_rate · epoch_num), α₀ = 0.2, epoch 3',
      args: () => [{ kind: 'inverseTime', alpha0: 0.2, decayRate: 1 }, 3],
      hint: 'α = α₀ / (1 + decayRate · epochNum): with α₀ = 0.2 and decay rate 1 the rates of epochs 1 to 4 are 0.1, 0.067, 0.05, 0.04.',
    },
    {
      name: 'every schedule starts at α₀ (epoch 0)',
      edge: 'first epoch',
      args: () => [{ kind: 'exponential', alpha0: 0.3, base: 0.95 }, 0],
      hint: 'At epoch 0 every schedule gives α₀: base⁰ = 1.',
    },
    {
      name: 'exponential decay 0.95^epoch_num, epoch 10',
      args: () => [{ kind: 'exponential', alpha0: 0.1, base: 0.95 }, 10],
      hint: 'α = base^epochNum · α₀ (Math.pow(base, epochNum)), not base · epochNum.',
    },
    {
      name: 'k/√t at the first epoch (t = 1)',
      edge: 't = 1',
      args: () => [{ kind: 'inverseSqrt', alpha0: 0.1, k: 1 }, 0],
      hint: 't counts epochs from 1: use t = epochNum + 1, or the first epoch divides by √0.',
    },
    {
      name: 'k/√t, k = 2, epoch 8',
      args: () => [{ kind: 'inverseSqrt', alpha0: 0.05, k: 2 }, 8],
      hint: 'α = k / √(epochNum + 1) · α₀: for epoch 8 that is k/3 · α₀.',
    },
    {
      name: 'fixed intervals: the last epoch before the first drop',
      edge: 'interval boundary',
      args: () => [{ kind: 'fixedInterval', alpha0: 0.1, decayRate: 1, interval: 1000 }, 999],
      hint: 'Within the first interval α stays α₀: use ⌊epochNum / interval⌋ (Math.floor), not epochNum / interval.',
    },
    {
      name: 'fixed intervals: exactly at a drop',
      edge: 'interval boundary',
      args: () => [{ kind: 'fixedInterval', alpha0: 0.1, decayRate: 1, interval: 1000 }, 2000],
      hint: 'At epoch 2000 with interval 1000, ⌊2000/1000⌋ = 2 and α = α₀ / (1 + 2·decayRate).',
    },
  ],
} satisfies ExerciseSpec<typeof learningRate>;
