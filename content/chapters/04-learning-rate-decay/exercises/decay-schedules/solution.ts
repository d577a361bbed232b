/** The schedules of the chapter, with their hyperparameters. */
export type DecaySchedule =
  | { kind: 'inverseTime'; alpha0: number; decayRate: number }
  | { kind: 'exponential'; alpha0: number; base: number }
  | { kind: 'inverseSqrt'; alpha0: number; k: number }
  | { kind: 'fixedInterval'; alpha0: number; decayRate: number; interval: number };

/**
 * The learning rate of epoch `epochNum` (0 for the first epoch, as in the engine).
 *
 * Why it is written this way: the lecture counts epoch_num from 1, so in its table (α₀ = 0.2, decay rate 1:
 * 0.1, 0.067, 0.05, 0.04 for epochs 1 to 4) the first epoch already trains at α₀/2. Counting from 0, every
 * schedule gives α₀ at the first epoch (k = 1), and the lecture's numbers belong to epochNum 1 to 4, the second to
 * fifth epochs. The k/√t schedule counts t from 1, as the lecture's epoch_num does: t = epochNum + 1 is the
 * lecture's epoch_num, and it never divides by zero. The fixed-interval schedule is a staircase: Math.floor keeps α
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
