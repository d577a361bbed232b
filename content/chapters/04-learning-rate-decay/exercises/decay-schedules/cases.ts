import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { learningRate } from './solution';

// epochNum counts from 0, as in the engine: the first epoch is epochNum = 0 and trains at α₀. The lecture's table
// (α₀ = 0.2, decay rate 1: 0.1, 0.067, 0.05, 0.04) is for its epoch_num 1 to 4, which counts from 1; here those are
// epochNum = 1 to 4, the second to the fifth epoch.
export default {
  fn: 'learningRate',
  cases: [
    {
      name: 'α₀ / (1 + decay_rate · epochNum), α₀ = 0.2, epochNum 3 (the lecture\'s epoch_num 3)',
      args: () => [{ kind: 'inverseTime', alpha0: 0.2, decayRate: 1 }, 3],
      hint: 'Did you leave out the "1 +" or multiply instead of divide? α = α₀ / (1 + decayRate · epochNum): epochNum = 1, 2, 3, 4 give the lecture\'s 0.1, 0.067, 0.05, 0.04.',
    },
    {
      name: 'the first epoch (epochNum 0) trains at α₀',
      edge: 'first epoch',
      args: () => [{ kind: 'inverseTime', alpha0: 0.2, decayRate: 1 }, 0],
      hint: 'Did you count epochs from 1, as the lecture does (epochNum + 1 in the formula)? Here epochNum counts from 0, so the first epoch gives α₀ itself, not α₀/2.',
    },
    {
      name: 'every schedule starts at α₀ (epoch 0)',
      edge: 'first epoch',
      args: () => [{ kind: 'exponential', alpha0: 0.3, base: 0.95 }, 0],
      hint: 'Did you write base · epochNum or count from 1? At epochNum 0, base⁰ = 1 and α = α₀.',
    },
    {
      name: 'exponential decay 0.95^epochNum, epoch 10',
      args: () => [{ kind: 'exponential', alpha0: 0.1, base: 0.95 }, 10],
      hint: 'Did you multiply base by epochNum? α = base^epochNum · α₀ (Math.pow(base, epochNum)).',
    },
    {
      name: 'k/√t at the first epoch (t = 1)',
      edge: 't = 1',
      args: () => [{ kind: 'inverseSqrt', alpha0: 0.1, k: 1 }, 0],
      hint: 'Is your result Infinity? t counts epochs from 1: use t = epochNum + 1, or the first epoch divides by √0.',
    },
    {
      name: 'k/√t, k = 2, epoch 8',
      args: () => [{ kind: 'inverseSqrt', alpha0: 0.05, k: 2 }, 8],
      hint: 'Did you forget k, or the square root? α = k / √(epochNum + 1) · α₀: for epochNum 8 that is k/3 · α₀.',
    },
    {
      name: 'fixed intervals: the last epoch before the first drop',
      edge: 'interval boundary',
      args: () => [{ kind: 'fixedInterval', alpha0: 0.1, decayRate: 1, interval: 1000 }, 999],
      hint: 'Did you forget Math.floor? Within the first interval α stays α₀: use ⌊epochNum / interval⌋, not epochNum / interval.',
    },
    {
      name: 'fixed intervals: exactly at a drop',
      edge: 'interval boundary',
      args: () => [{ kind: 'fixedInterval', alpha0: 0.1, decayRate: 1, interval: 1000 }, 2000],
      hint: 'Did you round up (Math.ceil) or round? At epochNum 2000 with interval 1000, ⌊2000/1000⌋ = 2 and α = α₀ / (1 + 2·decayRate).',
    },
  ],
} satisfies ExerciseSpec<typeof learningRate>;
