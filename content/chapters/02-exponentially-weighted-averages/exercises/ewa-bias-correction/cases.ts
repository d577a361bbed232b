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
        en: 'Start from v = 0 and update v = β·v + (1 − β)·θ_t for each value, returning every v_t.',
        zh: '从 v = 0 开始，对每个值做一次 v = β·v + (1 − β)·θ_t，并把每一步的 v_t 都放进返回的数组。',
      },
    },
    {
      name: { en: 'one value, with bias correction (t = 1)', zh: '只有一个值，做偏差修正（t = 1）' },
      edge: 't = 1',
      args: () => [[40], 0.9, true],
      hint: {
        en: 'At t = 1, v₁ = (1 − β)θ₁ and the correction divides by 1 − β¹: the result is θ₁ itself. Is your t counting from 1?',
        zh: 't = 1 时 v₁ = (1 − β)θ₁，修正时除以 1 − β¹，结果恰好就是 θ₁。你的 t 是从 1 数起的吗？',
      },
    },
    {
      name: { en: 'β = 0.9 with bias correction', zh: 'β = 0.9，做偏差修正' },
      args: () => [[...temperatures], 0.9, true],
      hint: {
        en: 'Divide by 1 − β^t, where t is the position counting from 1. Keep the uncorrected v for the next step: only the returned value is divided.',
        zh: '除以 1 − β^t，t 是从 1 数起的位置。下一步继续用未修正的 v 递推，只有放进结果里的值才做除法。',
      },
    },
    {
      name: { en: 'β = 0.999 with bias correction', zh: 'β = 0.999，做偏差修正' },
      edge: { en: 'β close to 1', zh: 'β 接近 1' },
      args: () => [[...temperatures], 0.999, true],
      hint: {
        en: 'With β close to 1 the uncorrected v is far too small for a long time; check that the bias correction uses β^t, not β·t or β^(t−1).',
        zh: 'β 接近 1 时，未修正的 v 在很长一段时间里都明显偏小；检查修正因子用的是 β^t，而不是 β·t 或 β^(t−1)。',
      },
    },
    {
      name: { en: 'β = 0.98 without bias correction: the average starts near zero', zh: 'β = 0.98，不做偏差修正：平均值从 0 附近起步' },
      edge: { en: 'β close to 1', zh: 'β 接近 1' },
      args: () => [[...temperatures], 0.98, false],
      hint: {
        en: 'Without correction the early values stay near 0 (v₁ = 0.02·θ₁): do not correct when biasCorrection is false.',
        zh: '不做修正时，开头几个值都贴近 0（v₁ = 0.02·θ₁）：biasCorrection 为 false 时不要做除法。',
      },
    },
    {
      name: { en: 'β = 0: no averaging at all', zh: 'β = 0：完全不做平均' },
      args: () => [[3, -1, 4, 1, -5], 0, true],
      hint: {
        en: 'With β = 0 the average is the latest value, v_t = θ_t, with or without correction.',
        zh: 'β = 0 时平均值就是最新的那个值，v_t = θ_t，修正与否都一样。',
      },
    },
  ],
} satisfies ExerciseSpec<typeof ewa>;
