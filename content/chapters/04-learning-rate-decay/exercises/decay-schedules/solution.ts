/** The schedules of the chapter, with their hyperparameters. */
export type DecaySchedule =
  | { kind: 'inverseTime'; alpha0: number; decayRate: number }
  | { kind: 'exponential'; alpha0: number; base: number }
  | { kind: 'inverseSqrt'; alpha0: number; k: number }
  | { kind: 'fixedInterval'; alpha0: number; decayRate: number; interval: number };

/**
 * The learning rate of epoch `epochNum` (0 for the first epoch).
 *
 * Why it is written this way: every schedule gives α₀ at epoch 0 (k = 1), so the first epoch trains at the rate
 * you chose. The k/√t schedule counts t from 1, as the course's epoch_num does; with the 0-based epoch of a loop,
 * t = epochNum + 1 avoids dividing by zero. The fixed-interval schedule is a staircase: Math.floor keeps α
 * constant for `interval` epochs and drops it at epochs interval, 2·interval, ..., so epoch interval − 1 still has
 * α₀ and epoch interval has α₀ / (1 + decayRate).
 */
export function learningRate(schedule: DecaySchedule, epochNum: number): number {
  switch (schedule.kind) {
    case 'inverseTime':
      return schedule.alpha0 / (1 + schedule.decayRate * epochNum);
    case 'exponential':
      return Math.pow(schedule.base, epochNum) * schedule.alpha0;
    case 'inverseSqrt':
      return (schedule.k / Math.sqrt(epochNum + 1)) * schedule.alpha0;
    case 'fixedInterval':
      return schedule.alpha0 / (1 + schedule.decayRate * Math.floor(epochNum / schedule.interval));
  }
}
