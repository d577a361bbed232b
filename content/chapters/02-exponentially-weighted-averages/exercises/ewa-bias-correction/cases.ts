import type { ExerciseSpec } from '../../../../../src/exercises/spec';
import type { ewa } from './solution';

/** A fortnight of daily temperatures (°F), like the course's London example. */
const temperatures = [40, 49, 45, 44, 52, 50, 53, 58, 60, 55, 61, 64, 60, 66];

export default {
  fn: 'ewa',
  cases: [
    {
      name: 'β = 0.9 without bias correction',
      args: () => [[...temperatures], 0.9, false],
      hint: 'Did you swap β and 1 − β? Start from v = 0 and update v = β·v + (1 − β)·θ_t for each value, returning every v_t.',
    },
    {
      name: 'one value, with bias correction (t = 1)',
      edge: 't = 1',
      args: () => [[40], 0.9, true],
      hint: 'Did you count t from 0 (the array index)? At t = 1, v₁ = (1 − β)θ₁ and the correction divides by 1 − β¹: the result is θ₁ itself.',
    },
    {
      name: 'β = 0.9 with bias correction',
      args: () => [[...temperatures], 0.9, true],
      hint: 'Did you store the corrected value in v? Keep the uncorrected v for the next step: only the returned value is divided by 1 − β^t.',
    },
    {
      name: 'β = 0.999 with bias correction',
      edge: 'β close to 1',
      args: () => [[...temperatures], 0.999, true],
      hint: 'Did you write β·t instead of β^t? With β close to 1 the uncorrected v is far too small for a long time, and the correction must use 1 − β^t (Math.pow(beta, t)).',
    },
    {
      name: 'β = 0.98 without bias correction: the average starts near zero',
      edge: 'β close to 1',
      args: () => [[...temperatures], 0.98, false],
      hint: 'Did you correct even with biasCorrection false? Without correction the early values stay near 0 (v₁ = 0.02·θ₁).',
    },
    {
      name: 'β = 0: no averaging at all',
      args: () => [[3, -1, 4, 1, -5], 0, true],
      hint: 'Did you divide by β^t instead of 1 − β^t? With β = 0 that divides by zero; the average is the latest value, v_t = θ_t, with or without correction.',
    },
  ],
} satisfies ExerciseSpec<typeof ewa>;
