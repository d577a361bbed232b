import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { rmspropStep } from './solution';

/** Names, edge cases and hints in both languages: this chapter has a Chinese edition. */
export default {
  fn: 'rmspropStep',
  cases: [
    {
      name: { en: 'first step from S = 0', zh: '从 S = 0 走出的第一步' },
      args: () => [[1, -2, 0.5], [0.4, -1, 2], [0, 0, 0], 0.01, 0.9, 1e-8],
      hint: {
        en: 'Did you divide by the old S (0 on the first step, so the step is dW/ε)? Update S first, S = β₂·S + (1 − β₂)·dW², then divide by √S + ε with the new S.',
        zh: '是不是除以了旧的 S（第一步时它是 0，于是这一步成了 dW/ε）？先更新 S = β₂·S + (1 − β₂)·dW²，再用新的 S 除以 √S + ε。',
      },
    },
    {
      name: { en: 'a later step with S already built up', zh: 'S 已经积累起来之后的一步' },
      args: () => [[0.3, 0.7], [-0.2, 0.5], [0.09, 0.01], 0.01, 0.9, 1e-8],
      hint: {
        en: 'Did you divide by √(dW²) = |dW| instead of √S? Square the gradient element by element (dW·dW) into S, then take the square root of S.',
        zh: '是不是除以了 √(dW²) = |dW|，而不是 √S？先把梯度逐元素平方（dW·dW）累积进 S，再对 S 开平方。',
      },
    },
    {
      name: { en: 'a zero gradient while S is still 0', zh: 'S 仍为 0 时梯度为零' },
      edge: { en: 'division by zero', zh: '除以零' },
      args: () => [[0.5, 1], [0, 3], [0, 0], 0.01, 0.999, 1e-8],
      hint: {
        en: 'Getting NaN? Then ε is missing from the denominator: with dW = 0 and S = 0 the step is 0 / (0 + ε) = 0.',
        zh: '得到了 NaN？那就是分母里漏了 ε：dW = 0 且 S = 0 时，这一步是 0 / (0 + ε) = 0。',
      },
    },
    {
      name: { en: 'tiny gradients: where ε goes', zh: '极小的梯度：ε 该放在哪里' },
      args: () => [[1, 1], [1e-9, -3e-10], [0, 0], 0.001, 0.9, 1e-8],
      hint: {
        en: 'Did you put ε inside the square root? √(S + ε) is about 10⁻⁴ here and hides the gradient; ε is added after the root, √S + ε.',
        zh: '是不是把 ε 放进了平方根里？这里 √(S + ε) 约为 10⁻⁴，把梯度淹没了；ε 应在开方之后再加，即 √S + ε。',
      },
    },
    {
      name: 'β₂ = 0.999',
      edge: { en: 'β close to 1', zh: 'β 接近 1' },
      args: () => [[0.2, -0.4, 0.6], [1, -0.5, 0.1], [0.5, 0.2, 0.01], 0.001, 0.999, 1e-8],
      hint: {
        en: 'Did you swap β₂ and 1 − β₂? The old S is multiplied by β₂ and the new squared gradient by 1 − β₂.',
        zh: '是不是把 β₂ 和 1 − β₂ 写反了？旧的 S 乘以 β₂，新的梯度平方乘以 1 − β₂。',
      },
    },
  ],
} satisfies ExerciseSpec<typeof rmspropStep>;
