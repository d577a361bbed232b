import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { adamStep } from './solution';

const defaults = { alpha: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 };

/** Names, edge cases and hints in both languages: this chapter has a Chinese edition. */
export default {
  fn: 'adamStep',
  cases: [
    {
      name: { en: 'first update (t becomes 1)', zh: '第一次更新（t 变为 1）' },
      edge: 't = 1',
      args: () => [[1, -2, 0.5], [0.4, -1, 2], { v: [0, 0, 0], s: [0, 0, 0], t: 0 }, { ...defaults }],
      hint: {
        en: 'Did you use t before counting this update (t = 0 divides by 1 − β⁰ = 0)? Increase t first, so the first update has t = 1; then v̂ = v/(1 − β₁) and Ŝ = S/(1 − β₂) give back dW and dW², and each weight moves by about α.',
        zh: '是不是还没给这次更新计数就用了 t（t = 0 时要除以 1 − β⁰ = 0）？先把 t 加 1，让第一次更新的 t = 1；这时 v̂ = v/(1 − β₁) 和 Ŝ = S/(1 − β₂) 恰好还原出 dW 和 dW²，每个权重大约移动 α。',
      },
    },
    {
      name: { en: 'the returned t counts updates', zh: '返回的 t 记录更新次数' },
      args: () => [[0.5], [0.1], { v: [0.05], s: [0.0004], t: 9 }, { ...defaults }],
      hint: {
        en: 'Did you return the old t? Return t = state.t + 1, and use that new t in β₁^t and β₂^t.',
        zh: '是不是返回了旧的 t？应返回 t = state.t + 1，并在 β₁^t 和 β₂^t 里使用这个新的 t。',
      },
    },
    {
      name: { en: 'bias correction divides (β₂ = 0.999, t = 3)', zh: '偏差修正是除法（β₂ = 0.999，t = 3）' },
      edge: { en: 'β close to 1', zh: 'β 接近 1' },
      args: () => [[0.2, -0.4], [0.3, -0.6], { v: [0.05, -0.1], s: [2e-4, 8e-4], t: 2 }, { ...defaults }],
      hint: {
        en: 'Did you multiply by 1 − β^t instead of dividing? That makes the early steps far too small: v̂ = v / (1 − β₁^t). Keep the uncorrected v and S in the returned state.',
        zh: '是不是乘以了 1 − β^t，而不是除以它？那样最初的几步会小得多：v̂ = v / (1 − β₁^t)。返回的状态里要存未修正的 v 和 S。',
      },
    },
    {
      name: { en: 'a late update (t = 1000): corrections nearly gone for v, not for S', zh: '很靠后的一次更新（t = 1000）：v 的修正几乎消失，S 的却没有' },
      args: () => [[1, 2], [-0.5, 0.05], { v: [-0.2, 0.01], s: [0.04, 0.002], t: 999 }, { ...defaults, alpha: 0.001 }],
      hint: {
        en: 'Did you stop correcting after a warm-up? At t = 1000, 1 − β₁^t ≈ 1 but 1 − β₂^t ≈ 0.63: both corrections are still applied, with the power t.',
        zh: '是不是热身之后就不再修正了？t = 1000 时 1 − β₁^t ≈ 1，但 1 − β₂^t ≈ 0.63：两个修正都仍要做，指数都是 t。',
      },
    },
    {
      name: { en: 'tiny gradients: where ε goes', zh: '极小的梯度：ε 该放在哪里' },
      edge: 't = 1',
      args: () => [[1, 1], [1e-10, -1e-10], { v: [0, 0], s: [0, 0], t: 0 }, { ...defaults }],
      hint: {
        en: 'Did you put ε inside the square root? ε is added after it, √Ŝ + ε; inside, it hides gradients this small.',
        zh: '是不是把 ε 放进了平方根里？ε 应在开方之后再加，即 √Ŝ + ε；放在根号里，这么小的梯度就被它淹没了。',
      },
    },
    {
      name: { en: 'a zero gradient in one coordinate', zh: '某个坐标上的梯度为零' },
      args: () => [[0.1, 0.2, 0.3], [0, 1, -1], { v: [0, 0, 0], s: [0, 0, 0], t: 0 }, { ...defaults }],
      hint: {
        en: 'Getting NaN? Then ε is missing from the denominator: with dW = 0 and S = 0 the step is 0 / (0 + ε) = 0.',
        zh: '得到了 NaN？那就是分母里漏了 ε：dW = 0 且 S = 0 时，这一步是 0 / (0 + ε) = 0。',
      },
    },
  ],
} satisfies ExerciseSpec<typeof adamStep>;
