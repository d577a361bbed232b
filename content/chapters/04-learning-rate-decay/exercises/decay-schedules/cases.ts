import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { learningRate } from './solution';

// epochNum counts from 0, as in the engine: the first epoch is epochNum = 0 and trains at α₀. The lecture's table
// (α₀ = 0.2, decay rate 1: 0.1, 0.067, 0.05, 0.04) is for its epoch_num 1 to 4, which counts from 1; here those are
// epochNum = 1 to 4, the second to the fifth epoch.
/** Names, edge cases and hints in both languages: this chapter has a Chinese edition. */
export default {
  fn: 'learningRate',
  cases: [
    {
      name: { en: 'α₀ / (1 + decay_rate · epochNum), α₀ = 0.2, epochNum 3 (the lecture\'s epoch_num 3)', zh: 'α₀ / (1 + decay_rate · epochNum)，α₀ = 0.2，epochNum 3（课程中的第 3 轮）' },
      args: () => [{ kind: 'inverseTime', alpha0: 0.2, decayRate: 1 }, 3],
      hint: {
        en: 'Did you leave out the "1 +" or multiply instead of divide? α = α₀ / (1 + decayRate · epochNum): epochNum = 1, 2, 3, 4 give the lecture\'s 0.1, 0.067, 0.05, 0.04.',
        zh: '是不是漏了“1 +”，或者把除写成了乘？α = α₀ / (1 + decayRate · epochNum)：epochNum = 1、2、3、4 时，应得到课程中的 0.1、0.067、0.05、0.04。',
      },
    },
    {
      name: { en: 'the first epoch (epochNum 0) trains at α₀', zh: '第一轮（epochNum 0）用 α₀ 训练' },
      edge: { en: 'first epoch', zh: '第一轮' },
      args: () => [{ kind: 'inverseTime', alpha0: 0.2, decayRate: 1 }, 0],
      hint: {
        en: 'Did you count epochs from 1, as the lecture does (epochNum + 1 in the formula)? Here epochNum counts from 0, so the first epoch gives α₀ itself, not α₀/2.',
        zh: '是不是像课程那样从 1 数轮次（在公式里写了 epochNum + 1）？这里的 epochNum 从 0 数起，所以第一轮得到的就是 α₀ 本身，而不是 α₀/2。',
      },
    },
    {
      name: { en: 'every schedule starts at α₀ (epoch 0)', zh: '每种方案都从 α₀ 开始（第 0 轮）' },
      edge: { en: 'first epoch', zh: '第一轮' },
      args: () => [{ kind: 'exponential', alpha0: 0.3, base: 0.95 }, 0],
      hint: {
        en: 'Did you write base · epochNum or count from 1? At epochNum 0, base⁰ = 1 and α = α₀.',
        zh: '是不是写成了 base · epochNum，或者从 1 数轮次？epochNum 为 0 时，base⁰ = 1，α = α₀。',
      },
    },
    {
      name: { en: 'exponential decay 0.95^epochNum, epoch 10', zh: '指数衰减 0.95^epochNum，第 10 轮' },
      args: () => [{ kind: 'exponential', alpha0: 0.1, base: 0.95 }, 10],
      hint: {
        en: 'Did you multiply base by epochNum? α = base^epochNum · α₀ (Math.pow(base, epochNum)).',
        zh: '是不是把 base 乘以了 epochNum？应为 α = base^epochNum · α₀（Math.pow(base, epochNum)）。',
      },
    },
    {
      name: { en: 'k/√t at the first epoch (t = 1)', zh: '第一轮的 k/√t（t = 1）' },
      edge: 't = 1',
      args: () => [{ kind: 'inverseSqrt', alpha0: 0.1, k: 1 }, 0],
      hint: {
        en: 'Is your result Infinity? t counts epochs from 1: use t = epochNum + 1, or the first epoch divides by √0.',
        zh: '结果是不是 Infinity？t 从 1 开始数轮次：要用 t = epochNum + 1，否则第一轮会除以 √0。',
      },
    },
    {
      name: { en: 'k/√t, k = 2, epoch 8', zh: 'k/√t，k = 2，第 8 轮' },
      args: () => [{ kind: 'inverseSqrt', alpha0: 0.05, k: 2 }, 8],
      hint: {
        en: 'Did you forget k, or the square root? α = k / √(epochNum + 1) · α₀: for epochNum 8 that is k/3 · α₀.',
        zh: '是不是忘了 k，或者忘了开平方？α = k / √(epochNum + 1) · α₀：epochNum 为 8 时就是 k/3 · α₀。',
      },
    },
    {
      name: { en: 'fixed intervals: the last epoch before the first drop', zh: '固定间隔：第一次下降之前的最后一轮' },
      edge: { en: 'interval boundary', zh: '间隔边界' },
      args: () => [{ kind: 'fixedInterval', alpha0: 0.1, decayRate: 1, interval: 1000 }, 999],
      hint: {
        en: 'Did you forget Math.floor? Within the first interval α stays α₀: use ⌊epochNum / interval⌋, not epochNum / interval.',
        zh: '是不是忘了 Math.floor？在第一个间隔之内，α 一直是 α₀：要用 ⌊epochNum / interval⌋，而不是 epochNum / interval。',
      },
    },
    {
      name: { en: 'fixed intervals: exactly at a drop', zh: '固定间隔：恰好在下降的那一轮' },
      edge: { en: 'interval boundary', zh: '间隔边界' },
      args: () => [{ kind: 'fixedInterval', alpha0: 0.1, decayRate: 1, interval: 1000 }, 2000],
      hint: {
        en: 'Did you round up (Math.ceil) or round? At epochNum 2000 with interval 1000, ⌊2000/1000⌋ = 2 and α = α₀ / (1 + 2·decayRate).',
        zh: '是不是向上取整（Math.ceil）或者四舍五入了？epochNum 为 2000、间隔为 1000 时，⌊2000/1000⌋ = 2，α = α₀ / (1 + 2·decayRate)。',
      },
    },
  ],
} satisfies ExerciseSpec<typeof learningRate>;
