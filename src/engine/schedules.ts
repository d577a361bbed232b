/**
 * Learning-rate decay: plain functions from the epoch number to α.
 *
 * `epoch` counts from 0 (the first pass over the data); `train()` calls the
 * schedule before each epoch and sets the optimizer's learningRate to it.
 * @module
 */
import { InputError } from './errors';
import { checkInteger, checkNonNegative, checkPositive, checkShrinkFactor } from './validate';

/** α as a function of the epoch (0, 1, 2, ...). */
export type Schedule = (epoch: number) => number;

/** The schedules this module offers, by name. */
export const scheduleNames = ['inverseTimeDecay', 'exponentialDecay', 'inverseSqrtDecay', 'staircase', 'fixedIntervalDecay', 'manual'] as const;
/** One of {@link scheduleNames}. */
export type ScheduleName = (typeof scheduleNames)[number];

function checked(name: ScheduleName, rule: (epoch: number) => number): Schedule {
  return (epoch) => {
    checkInteger(name, 'epoch', epoch, 0);
    return rule(epoch);
  };
}

/**
 * The course's decay: α = α0 / (1 + decayRate · epoch).
 *
 * ```ts
 * inverseTimeDecay(0.2, 1)(1); // 0.1
 * ```
 */
export function inverseTimeDecay(alpha0: number, decayRate: number): Schedule {
  checkPositive('inverseTimeDecay', 'alpha0', alpha0);
  checkNonNegative('inverseTimeDecay', 'decayRate', decayRate);
  return checked('inverseTimeDecay', (epoch) => alpha0 / (1 + decayRate * epoch));
}

/**
 * Exponential decay: α = base^epoch · α0 (the course's example uses base 0.95).
 *
 * ```ts
 * exponentialDecay(0.1)(2); // 0.95² · 0.1 = 0.09025
 * ```
 */
export function exponentialDecay(alpha0: number, base = 0.95): Schedule {
  checkPositive('exponentialDecay', 'alpha0', alpha0);
  checkShrinkFactor('exponentialDecay', 'base', base);
  return checked('exponentialDecay', (epoch) => Math.pow(base, epoch) * alpha0);
}

/**
 * α = k / √t · α0 with t = epoch + 1, the number of epochs including this
 * one (the course's epoch_num counts from 1; at 0 the formula would divide by zero).
 *
 * ```ts
 * inverseSqrtDecay(0.1, 1)(3); // 1/√4 · 0.1 = 0.05
 * ```
 */
export function inverseSqrtDecay(alpha0: number, k = 1): Schedule {
  checkPositive('inverseSqrtDecay', 'alpha0', alpha0);
  checkPositive('inverseSqrtDecay', 'k', k);
  return checked('inverseSqrtDecay', (epoch) => (k / Math.sqrt(epoch + 1)) * alpha0);
}

/**
 * Discrete staircase: multiply α by `factor` every `every` epochs,
 * α = α0 · factor^⌊epoch / every⌋.
 *
 * ```ts
 * staircase(0.1, 0.5, 10)(25); // 0.1 · 0.5² = 0.025
 * ```
 */
export function staircase(alpha0: number, factor = 0.5, every = 10): Schedule {
  checkPositive('staircase', 'alpha0', alpha0);
  checkShrinkFactor('staircase', 'factor', factor);
  checkInteger('staircase', 'every', every, 1);
  return checked('staircase', (epoch) => alpha0 * Math.pow(factor, Math.floor(epoch / every)));
}

/**
 * Decay at fixed intervals, the course notebook's schedule_lr_decay:
 * α = α0 / (1 + decayRate · ⌊epoch / interval⌋), constant within each interval.
 *
 * ```ts
 * fixedIntervalDecay(0.1, 1, 1000)(2500); // 0.1 / 3
 * ```
 */
export function fixedIntervalDecay(alpha0: number, decayRate: number, interval = 1000): Schedule {
  checkPositive('fixedIntervalDecay', 'alpha0', alpha0);
  checkNonNegative('fixedIntervalDecay', 'decayRate', decayRate);
  checkInteger('fixedIntervalDecay', 'interval', interval, 1);
  return checked('fixedIntervalDecay', (epoch) => alpha0 / (1 + decayRate * Math.floor(epoch / interval)));
}

/**
 * Manual decay, as when you watch training and lower α by hand: a table from
 * the first epoch of each stage to its α. The table must start at epoch 0.
 *
 * ```ts
 * const s = manual({ 0: 0.1, 20: 0.03, 50: 0.01 });
 * s(19); // 0.1     s(20); // 0.03
 * ```
 */
export function manual(table: Readonly<Record<number, number>>): Schedule {
  const stages = Object.entries(table).map(([from, rate]) => [Number(from), rate] as const).sort((a, b) => a[0] - b[0]);
  if (stages.length === 0 || stages[0][0] !== 0) throw new InputError('manual: the table must give the rate for epoch 0.');
  for (const [from, rate] of stages) {
    checkInteger('manual', 'each table key (epoch)', from, 0);
    checkPositive('manual', `the rate from epoch ${from}`, rate);
  }
  return checked('manual', (epoch) => {
    let rate = stages[0][1];
    for (const [from, r] of stages) if (from <= epoch) rate = r;
    return rate;
  });
}
