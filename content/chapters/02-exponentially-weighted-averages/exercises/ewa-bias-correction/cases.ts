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
      hint: 'Start from v = 0 and update v = β·v + (1 − β)·θ_t for each value, returning every v_t.',
    },
    {
      name: 'one value, with bias correction (t = 1)',
      edge: 't = 1',
      args: () => [[40], 0.9, true],
      hint: 'At t = 1, v₁ = (1 − β)θ₁ and the correction divides by 1 − β¹: the result is θ₁ itself. Is your t counting from 1?',
    },
    {
      name: 'β = 0.9 with bias correction',
      args: () => [[...temperatures], 0.9, true],
      hint: 'Divide by 1 − β^t, where t is the position counting from 1. Keep the uncorrected v for the next step: only the returned value is divided.',
    },
    {
      name: 'β = 0.999 with bias correction',
      edge: 'β close to 1',
      args: () => [[...temperatures], 0.999, true],
      hint: 'With β close to 1 the uncorrected v is far too small for a long time; check that the bias correction uses β^t, not β·t or β^(t−1).',
    },
    {
      name: 'β = 0.98 without bias correction: the average starts near zero',
      edge: 'β close to 1',
      args: () => [[...temperatures], 0.98, false],
      hint: 'Without correction the early values stay near 0 (v₁ = 0.02·θ₁): do not correct when biasCorrection is false.',
    },
    {
      name: 'β = 0: no averaging at all',
      args: () => [[3, -1, 4, 1, -5], 0, true],
      hint: 'With β = 0 the average is the latest value, v_t = θ_t, with or without correction.',
    },
  ],
} satisfies ExerciseSpec<typeof ewa>;
