import { describe, expect, it } from 'vitest';
import { exponentialDecay, fixedIntervalDecay, inverseSqrtDecay, inverseTimeDecay, manual, staircase, type Schedule } from './schedules';

describe.each<[string, Schedule, [number, number][]]>([
  // The lecture's table: α0 = 0.2, decay rate 1 gives 0.1, 0.067, 0.05, 0.04 at epoch_num 1..4.
  ['inverseTimeDecay(0.2, 1)', inverseTimeDecay(0.2, 1), [[0, 0.2], [1, 0.1], [2, 0.2 / 3], [3, 0.05], [4, 0.04]]],
  ['inverseTimeDecay(0.1, 0)', inverseTimeDecay(0.1, 0), [[0, 0.1], [100, 0.1]]],
  ['exponentialDecay(0.1)', exponentialDecay(0.1), [[0, 0.1], [1, 0.095], [2, 0.09025], [10, 0.1 * 0.95 ** 10]]],
  ['exponentialDecay(1, 0.5)', exponentialDecay(1, 0.5), [[3, 0.125]]],
  ['inverseSqrtDecay(0.1, 1)', inverseSqrtDecay(0.1, 1), [[0, 0.1], [3, 0.05], [15, 0.025]]],
  ['inverseSqrtDecay(0.1, 2)', inverseSqrtDecay(0.1, 2), [[0, 0.2], [8, 0.2 / 3]]],
  ['staircase(0.1, 0.5, 10)', staircase(0.1, 0.5, 10), [[0, 0.1], [9, 0.1], [10, 0.05], [19, 0.05], [25, 0.025]]],
  ['fixedIntervalDecay(0.1, 1, 1000)', fixedIntervalDecay(0.1, 1, 1000), [[0, 0.1], [999, 0.1], [1000, 0.05], [2500, 0.1 / 3], [4999, 0.1 / 5]]],
  ['fixedIntervalDecay(0.1, 1, 1)', fixedIntervalDecay(0.1, 1, 1), [[0, 0.1], [1, 0.05], [9, 0.01]]],
  ['manual({0: 0.1, 20: 0.03, 50: 0.01})', manual({ 0: 0.1, 20: 0.03, 50: 0.01 }), [[0, 0.1], [19, 0.1], [20, 0.03], [49, 0.03], [50, 0.01], [1000, 0.01]]],
])('%s', (_name, schedule, table) => {
  it.each(table)('epoch %i gives α = %f', (epoch, alpha) => {
    expect(schedule(epoch)).toBeCloseTo(alpha, 14);
  });

  it('never increases and rejects a negative or fractional epoch', () => {
    for (let e = 1; e < 60; e++) expect(schedule(e)).toBeLessThanOrEqual(schedule(e - 1));
    expect(() => schedule(-1)).toThrow(/epoch must be a whole number >= 0, got -1/);
    expect(() => schedule(1.5)).toThrow(/epoch must be a whole number >= 0/);
  });
});

describe('schedule arguments are validated', () => {
  it.each([
    [() => inverseTimeDecay(0, 1), /inverseTimeDecay: alpha0 must be a finite number > 0, got 0/],
    [() => inverseTimeDecay(0.1, -1), /decayRate must be a finite number >= 0/],
    [() => exponentialDecay(0.1, 1.5), /base must be in \(0, 1\]/],
    [() => inverseSqrtDecay(0.1, 0), /k must be a finite number > 0/],
    [() => staircase(0.1, 0.5, 0), /every must be a whole number >= 1/],
    [() => fixedIntervalDecay(-0.1, 1), /alpha0 must be a finite number > 0/],
    [() => fixedIntervalDecay(0.1, 1, 2.5), /interval must be a whole number >= 1/],
    [() => manual({ 5: 0.1 }), /must give the rate for epoch 0/],
    [() => manual({ 0: 0.1, 3: -1 }), /rate from epoch 3 must be a finite number > 0/],
  ] as const)('%#', (make, message) => {
    expect(make).toThrow(message);
  });
});
