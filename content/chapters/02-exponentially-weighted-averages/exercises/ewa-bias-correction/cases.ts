import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { ewa } from './solution';

/** A fortnight of daily temperatures (°F), like the course's London example. */
const temperatures = [40, 49, 45, 44, 52, 50, 53, 58, 60, 55, 61, 64, 60, 66];

/** Names, edge cases and hints in both languages: this chapter has a Chinese edition. */
export default {
  fn: 'ewa',
  cases: [
    {
      name: { en: 'β = 0.9 without bias correction', zh: 'β = 0.9，不做偏差修正' },
      args: () => [[...temperatures], 0.9, false],
      hint: {
        en: 'Did you swap β and 1 − β? Start from v = 0 and update v = β·v + (1 − β)·θ_t for each value, returning every v_t.',
        zh: '是不是把 β 和 1 − β 写反了？从 v = 0 开始，对每个值做一次 v = β·v + (1 − β)·θ_t，并返回每一步的 v_t。',
      },
    },
    {
      name: { en: 'one value, with bias correction (t = 1)', zh: '只有一个值，做偏差修正（t = 1）' },
      edge: 't = 1',
      args: () => [[40], 0.9, true],
      hint: {
        en: 'Did you count t from 0 (the array index)? At t = 1, v₁ = (1 − β)θ₁ and the correction divides by 1 − β¹: the result is θ₁ itself.',
        zh: '你的 t 是不是从 0（数组下标）数起？t = 1 时 v₁ = (1 − β)θ₁，修正时除以 1 − β¹，结果恰好就是 θ₁。',
      },
    },
    {
      name: { en: 'β = 0.9 with bias correction', zh: 'β = 0.9，做偏差修正' },
      args: () => [[...temperatures], 0.9, true],
      hint: {
        en: 'Did you store the corrected value in v? Keep the uncorrected v for the next step: only the returned value is divided by 1 − β^t.',
        zh: '是不是把修正后的值存回了 v？下一步要用未修正的 v 递推，只有放进结果里的值才除以 1 − β^t。',
      },
    },
    {
      name: { en: 'β = 0.999 with bias correction', zh: 'β = 0.999，做偏差修正' },
      edge: { en: 'β close to 1', zh: 'β 接近 1' },
      args: () => [[...temperatures], 0.999, true],
      hint: {
        en: 'Did you write β·t instead of β^t? With β close to 1 the uncorrected v is far too small for a long time, and the correction must use 1 − β^t (Math.pow(beta, t)).',
        zh: '是不是把 β^t 写成了 β·t？β 接近 1 时，未修正的 v 在很长一段时间里都明显偏小，修正因子必须是 1 − β^t（Math.pow(beta, t)）。',
      },
    },
    {
      name: { en: 'β = 0.98 without bias correction: the average starts near zero', zh: 'β = 0.98，不做偏差修正：平均值从 0 附近起步' },
      edge: { en: 'β close to 1', zh: 'β 接近 1' },
      args: () => [[...temperatures], 0.98, false],
      hint: {
        en: 'Did you correct even with biasCorrection false? Without correction the early values stay near 0 (v₁ = 0.02·θ₁).',
        zh: 'biasCorrection 为 false 时是不是也做了修正？不做修正时，开头几个值都贴近 0（v₁ = 0.02·θ₁）。',
      },
    },
    {
      name: { en: 'β = 0: no averaging at all', zh: 'β = 0：完全不做平均' },
      args: () => [[3, -1, 4, 1, -5], 0, true],
      hint: {
        en: 'Did you divide by β^t instead of 1 − β^t? With β = 0 that divides by zero; the average is the latest value, v_t = θ_t, with or without correction.',
        zh: '是不是除以了 β^t 而不是 1 − β^t？β = 0 时那会除以 0；此时平均值就是最新的值，v_t = θ_t，修正与否都一样。',
      },
    },
  ],
} satisfies ExerciseSpec<typeof ewa>;
