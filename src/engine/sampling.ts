/**
 * Hyperparameter search, the course's way: sample at random rather than on a
 * grid, on the scale that matters (log scale for α and for 1 − β), then zoom
 * in on the region where the best results were (coarse to fine).
 * @module
 */
import type { Rng } from './random';
import { InputError } from './errors';
import { checkInteger, checkOptions, checkPositive } from './validate';

/** One setting of the hyperparameters, e.g. `{ learningRate: 0.003, beta: 0.95 }`. */
export type Trial = Record<string, number>;

/**
 * Every combination of the listed values (the grid the course advises
 * against when there are many hyperparameters: each axis gets few values).
 *
 * ```ts
 * grid({ learningRate: [0.1, 0.01], beta: [0.9, 0.99] }); // 4 trials
 * ```
 */
export function grid(axes: Readonly<Record<string, readonly number[]>>): Trial[] {
  let trials: Trial[] = [{}];
  for (const [name, values] of Object.entries(axes)) {
    if (values.length === 0) throw new InputError(`grid: axis '${name}' has no values.`);
    trials = trials.flatMap((trial) => values.map((v) => ({ ...trial, [name]: v })));
  }
  return trials;
}

function checkRange(where: string, low: number, high: number): void {
  if (!Number.isFinite(low) || !Number.isFinite(high) || !(low < high)) {
    throw new InputError(`${where}: needs finite low < high, got [${low}, ${high}].`);
  }
}

/**
 * Uniform on [low, high): right for hyperparameters whose effect is roughly
 * linear, such as the number of hidden units.
 *
 * ```ts
 * uniform(50, 100, rng); // e.g. 73.2
 * ```
 */
export function uniform(low: number, high: number, rng: Rng): number {
  checkRange('uniform', low, high);
  return rng.between(low, high);
}

/**
 * Log-uniform on [low, high): r uniform in [log₁₀ low, log₁₀ high), value 10^r,
 * so each decade (0.0001-0.001, ..., 0.1-1) gets the same share of samples.
 *
 * ```ts
 * const alpha = logUniform(1e-4, 1, rng); // as likely in [1e-4, 1e-3) as in [0.1, 1)
 * ```
 */
export function logUniform(low: number, high: number, rng: Rng): number {
  checkPositive('logUniform', 'low', low);
  checkRange('logUniform', low, high);
  return Math.pow(10, rng.between(Math.log10(low), Math.log10(high)));
}

/**
 * A β for an exponentially weighted average, sampled so that 1 − β is
 * log-uniform: β near 1 matters most (0.999 averages over ~1000 steps,
 * 0.9995 over ~2000), so 0.9-0.99 and 0.99-0.999 get equal shares.
 *
 * ```ts
 * betaLogScale(0.9, 0.999, rng); // 1 − β = 10^r, r uniform in [−3, −1]
 * ```
 */
export function betaLogScale(low: number, high: number, rng: Rng): number {
  if (!(low >= 0 && high < 1 && low < high)) throw new InputError(`betaLogScale: needs 0 <= low < high < 1, got [${low}, ${high}].`);
  return 1 - logUniform(1 - high, 1 - low, rng);
}

/** A scored trial, for {@link coarseToFine}. */
export interface ScoredTrial {
  readonly trial: Trial;
  /** What was measured, e.g. dev-set accuracy (higher is better) or loss (use `goal: 'min'`). */
  readonly score: number;
}

/** Options of {@link coarseToFine}. */
export interface CoarseToFineOptions {
  /** How many of the best trials define the new box, default 3. */
  readonly keep?: number;
  /** `'max'` (default) when a higher score is better, `'min'` for a loss. */
  readonly goal?: 'max' | 'min';
  /** Hyperparameters searched on a log scale (α, 1 − β): their box is padded in log space. */
  readonly logScale?: readonly string[];
}

/**
 * Coarse to fine: the smallest box holding the `keep` best trials, padded by
 * a quarter of its width on each side, to sample densely next round.
 *
 * ```ts
 * const box = coarseToFine(results, { keep: 3, logScale: ['learningRate'] });
 * // box.learningRate = [low, high]: sample the next round inside it
 * ```
 */
export function coarseToFine(results: readonly ScoredTrial[], options: CoarseToFineOptions = {}): Record<string, [number, number]> {
  checkOptions('coarseToFine', options, ['keep', 'goal', 'logScale']);
  const keep = options.keep ?? 3, goal = options.goal ?? 'max', logScale = options.logScale ?? [];
  checkInteger('coarseToFine', 'keep', keep, 1);
  const finite = results.filter((r) => Number.isFinite(r.score));
  if (finite.length === 0) throw new InputError('coarseToFine: no results with a finite score.');
  const best = [...finite].sort((a, b) => (goal === 'max' ? b.score - a.score : a.score - b.score)).slice(0, keep);
  const box: Record<string, [number, number]> = {};
  for (const name of Object.keys(best[0].trial)) {
    const log = logScale.includes(name);
    const values = best.map((r) => (log ? Math.log10(r.trial[name]) : r.trial[name]));
    const low = Math.min(...values), high = Math.max(...values), pad = (high - low) / 4 || Math.abs(low) * 0.1 || 0.1;
    box[name] = log ? [Math.pow(10, low - pad), Math.pow(10, high + pad)] : [low - pad, high + pad];
  }
  return box;
}
