import { describe, expect, it } from 'vitest';
import { decimalsFor, fmt, formatTick } from './format';
import { dateTicks, linearTicks, logTicks, niceStep, powerLabel, tickCount, tickStep } from './ticks';

describe('niceStep', () => {
  it.each([
    [0.3, 0.5],
    [1, 1],
    [1.3, 2],
    [2.2, 2.5],
    [7, 10],
    [0.00013, 0.0002],
    [4.2e6, 5e6],
  ])('rounds %s up to %s', (rough, nice) => {
    expect(niceStep(rough)).toBeCloseTo(nice, 12);
  });
  it('survives zero, negative and NaN input', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(NaN)).toBe(1);
  });
});

describe('Plotly\'s tick rule: tickCount and tickStep', () => {
  it('wants one tick per 80 px across and 40 px up, 5 to 10 of them', () => {
    expect(tickCount(640, 'x')).toBe(9);
    expect(tickCount(300, 'y')).toBe(8.5);
    expect(tickCount(100, 'x')).toBe(5);
    expect(tickCount(3000, 'y')).toBe(10);
  });
  it.each([
    [1, 2], // Plotly rounds to the next step strictly above: a rough step of 1 becomes 2
    [2, 5],
    [4.5, 5],
    [5, 10],
    [0.084, 0.1],
    [0.65, 1],
    [7.5e5, 1e6],
  ])('turns a rough step of %s into %s', (rough, step) => {
    expect(tickStep(rough)).toBeCloseTo(step, 12);
  });
});

describe('linearTicks', () => {
  it('labels 0..1 with "0", "0.5", "1"', () => {
    expect(linearTicks(0, 1, 5).map((t) => t.label)).toEqual(['0', '0.5', '1']);
  });
  it('never shows floating-point noise (0.1 + 0.2)', () => {
    const labels = linearTicks(0, 0.9, 10).map((t) => t.label);
    expect(labels).toContain('0.3');
    expect(labels.every((l) => l.length <= 4)).toBe(true);
  });
  it('gives one tick for a constant range instead of dividing by zero', () => {
    expect(linearTicks(5, 5, 5)).toEqual([{ coord: 5, label: '5' }]);
  });
  it('uses SI suffixes for huge values and exponents for tiny ones', () => {
    expect(linearTicks(0, 3e6, 4).map((t) => t.label)).toEqual(['0', '1M', '2M', '3M']);
    expect(linearTicks(0, 3e-4, 4).map((t) => t.label)).toEqual(['0', '1e-4', '2e-4', '3e-4']);
  });
  it('accepts a reversed range', () => {
    expect(linearTicks(10, 0, 3).map((t) => t.coord)).toEqual([0, 5, 10]);
  });
});

describe('logTicks', () => {
  it('puts powers of ten from 1e-3 to 1 at whole log10 coordinates', () => {
    const ticks = logTicks(-3, 0, 4);
    expect(ticks.map((t) => t.coord)).toEqual([-3, -2, -1, 0]);
    expect(ticks.map((t) => t.label)).toEqual(['0.001', '0.01', '0.1', '1']);
  });
  it('labels powers of ten as Plotly does: plain within 1e-3..1e3, with an SI prefix beyond', () => {
    expect(logTicks(-8, 0, 10).map((t) => t.label)).toEqual(['10n', '100n', '1μ', '10μ', '100μ', '0.001', '0.01', '0.1', '1']);
    expect([4, 6, 9, 12, -15, 16].map(powerLabel)).toEqual(['10k', '1M', '1B', '1T', '1f', '1e16']);
  });
  it('adds 2 and 5 to each decade when the rough step is 0.3 to 0.7 decades, every digit below', () => {
    expect(logTicks(0, 1, 3).map((t) => t.label)).toEqual(['1', '2', '5', '10']);
    expect(logTicks(0, 1, 9).map((t) => t.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });
  it('skips decades when there are many', () => {
    expect(logTicks(-20, 0, 5).length).toBeLessThanOrEqual(6);
  });
});

describe('formatting', () => {
  it('rounds coordinates to one decimal without -0', () => {
    expect(fmt(12.345)).toBe('12.3');
    expect(fmt(-0.01)).toBe('0');
    expect(fmt(3)).toBe('3');
  });
  it.each([
    [25000, 5000, '25k'],
    [2.5e-5, 5e-6, '2.5e-5'],
    [1234, 100, '1234'],
    [0.30000000000000004, 0.1, '0.3'],
    [-0.5, 0.5, '-0.5'],
  ])('formatTick(%s, step %s) = %s', (v, step, label) => {
    expect(formatTick(v, step)).toBe(label);
  });
  it('counts the decimals a step needs', () => {
    expect(decimalsFor(0.25)).toBe(2);
    expect(decimalsFor(5)).toBe(0);
  });
});

describe('dateTicks: the ticks Plotly picks for a date axis', () => {
  const day = 86_400_000;
  const year2012 = [Date.UTC(2012, 0, 1) - 9 * day, Date.UTC(2012, 11, 31) + 9 * day] as const;
  const labels = (lo: number, hi: number, target: number) => dateTicks(lo, hi, target).map((t) => t.label);

  it('a year on a phone (5 ticks wanted): every 3 months; on a desktop (9): every 2', () => {
    expect(labels(...year2012, 5)).toEqual(['Jan 2012', 'Apr 2012', 'Jul 2012', 'Oct 2012', 'Jan 2013']);
    expect(labels(...year2012, 9)).toEqual(['Jan 2012', 'Mar 2012', 'May 2012', 'Jul 2012', 'Sep 2012', 'Nov 2012', 'Jan 2013']);
  });

  it('sits each tick on the first of its month, counted from January 2000', () => {
    const ticks = dateTicks(Date.UTC(2012, 1, 10), Date.UTC(2013, 0, 10), 5);
    expect(ticks.map((t) => new Date(t.coord).toISOString().slice(0, 10))).toEqual(['2012-04-01', '2012-07-01', '2012-10-01', '2013-01-01']);
  });

  it('decades as years, weeks on Sundays, a day in hours', () => {
    expect(labels(Date.UTC(1990, 0, 1), Date.UTC(2020, 1, 20), 9)).toEqual(['1990', '1995', '2000', '2005', '2010', '2015', '2020']);
    expect(labels(Date.UTC(2012, 0, 1), Date.UTC(2012, 1, 20), 9).slice(0, 3)).toEqual(['Jan 1', 'Jan 8', 'Jan 15']); // 2012-01-01 was a Sunday
    expect(labels(Date.UTC(2012, 0, 1), Date.UTC(2012, 0, 1, 20), 9).slice(0, 3)).toEqual(['00:00', '03:00', '06:00']);
  });

  it('gives no ticks for an empty range', () => {
    expect(dateTicks(5, 5, 5)).toEqual([]);
  });
});
