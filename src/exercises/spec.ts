/**
 * What an exercise's `cases.ts` exports: the name of the function the reader
 * writes and the hidden cases it is checked on. Expected values are never
 * written down: each case's inputs go to the reference solution at check time.
 * @module
 */

import type { LocalText } from '../i18n/locales';

/** Any function an exercise asks for. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- cases are typed by the solution's own signature
export type ExerciseFunction = (...args: any[]) => unknown;

/** One hidden test case. */
export interface ExerciseCase<F extends ExerciseFunction = ExerciseFunction> {
  /** Shown in the results, e.g. "first step, t = 1": English, or `{ en, zh }` for both editions. */
  readonly name: LocalText;
  /**
   * Fresh inputs on every call: the reader's function and the reference each get
   * their own copy (so one mutating its arguments cannot affect the other, and a
   * seeded Rng starts from the same state for both).
   */
  readonly args: () => Parameters<F>;
  /** Shown when this case fails: what mistake it usually means (English, or `{ en, zh }`). */
  readonly hint: LocalText;
  /** The edge case the course warns about that this case checks, if any ("t = 1", "last mini-batch smaller"). */
  readonly edge?: LocalText;
}

/** Absolute and relative tolerance of a numeric comparison: |actual − expected| ≤ absolute + relative·|expected|. */
export interface Tolerance {
  readonly relative: number;
  readonly absolute: number;
}

/** The default tolerance: tight enough to catch any formula mistake, loose enough for a different order of float operations. */
export const DEFAULT_TOLERANCE: Tolerance = { relative: 1e-6, absolute: 1e-9 };

/** The default export of an exercise's `cases.ts`. */
export interface ExerciseSpec<F extends ExerciseFunction = ExerciseFunction> {
  /** Name of the exported function, the same in starter.ts and solution.ts. */
  readonly fn: string;
  readonly cases: readonly ExerciseCase<F>[];
  readonly tolerance?: Tolerance;
}
