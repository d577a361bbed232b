import { describe, expect, it } from 'vitest';
import { decimalsFor, fmt, formatTick } from './format';
import { linearTicks, logTicks, niceStep } from './ticks';

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

describe('linearTicks', () => {
  it('labels 0..1 with "0", "0.5", "1"', () => {
    expect(linearTicks(0, 1, 2).map((t) => t.label)).toEqual(['0', '0.5', '1']);
  });
  it('never shows floating-point noise (0.1 + 0.2)', () => {
    const labels = linearTicks(0, 0.9, 9).map((t) => t.label);
    expect(labels).toContain('0.3');
    expect(labels.every((l) => l.length <= 4)).toBe(true);
  });
  it('gives one tick for a constant range instead of dividing by zero', () => {
    expect(linearTicks(5, 5, 5)).toEqual([{ coord: 5, label: '5' }]);
  });
  it('uses SI suffixes for huge values and exponents for tiny ones', () => {
    expect(linearTicks(0, 3e6, 3).map((t) => t.label)).toEqual(['0', '1M', '2M', '3M']);
    expect(linearTicks(0, 3e-4, 3).map((t) => t.label)).toEqual(['0', '1e-4', '2e-4', '3e-4']);
  });
  it('accepts a reversed range', () => {
    expect(linearTicks(10, 0, 2).map((t) => t.coord)).toEqual([0, 5, 10]);
  });
});

describe('logTicks', () => {
  it('puts powers of ten from 1e-3 to 1 at whole log10 coordinates', () => {
    const ticks = logTicks(-3, 0, 4);
    expect(ticks.map((t) => t.coord)).toEqual([-3, -2, -1, 0]);
    expect(ticks.map((t) => t.label)).toEqual(['0.001', '0.01', '0.1', '1']);
  });
  it('switches the whole axis to exponents beyond 1e-3..1e5', () => {
    expect(logTicks(-8, 0, 10).map((t) => t.label)).toEqual(['1e-8', '1e-7', '1e-6', '1e-5', '1e-4', '1e-3', '1e-2', '1e-1', '1']);
  });
  it('adds 2 and 5 when only a couple of decades show', () => {
    expect(logTicks(0, 1, 9).map((t) => t.label)).toEqual(['1', '2', '5', '10']);
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
