/** The schedules of the chapter, with their hyperparameters. */
export type DecaySchedule =
  | { kind: 'inverseTime'; alpha0: number; decayRate: number }
  | { kind: 'exponential'; alpha0: number; base: number }
  | { kind: 'inverseSqrt'; alpha0: number; k: number }
  | { kind: 'fixedInterval'; alpha0: number; decayRate: number; interval: number };

/**
 * The learning rate of epoch `epochNum` (0 for the first epoch, as in the engine; the lecture's epoch_num counts
 * from 1, so its epoch_num k is epochNum = k here):
 *
 * - inverseTime:   α = α₀ / (1 + decayRate · epochNum)
 * - exponential:   α = base^epochNum · α₀
 * - inverseSqrt:   α = k / √t · α₀, with t = epochNum + 1 (t counts epochs from 1)
 * - fixedInterval: α = α₀ / (1 + decayRate · ⌊epochNum / interval⌋)
 */
export function learningRate(schedule: DecaySchedule, epochNum: number): number {
  // TODO: one formula per schedule.kind (a switch works well).
  return schedule.alpha0;
}
