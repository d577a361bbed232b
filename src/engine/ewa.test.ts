import { describe, expect, it } from 'vitest';
import { ewa } from './ewa';
import { InputError } from './errors';

describe('ewa', () => {
  it('follows vₜ = β·vₜ₋₁ + (1 − β)·θₜ from v₀ = 0', () => {
    const v = ewa([10, 20, 30], 0.9);
    expect(v[0]).toBeCloseTo(1, 12);      // 0.1·10
    expect(v[1]).toBeCloseTo(2.9, 12);    // 0.9·1 + 0.1·20
    expect(v[2]).toBeCloseTo(5.61, 12);   // 0.9·2.9 + 0.1·30
  });

  it('with bias correction divides by 1 − βᵗ: the first value is θ₁ and a constant stays constant', () => {
    const v = ewa([10, 20, 30], 0.9, { biasCorrection: true });
    expect(v[0]).toBeCloseTo(10, 12);
    expect(v[1]).toBeCloseTo(2.9 / 0.19, 12);
    expect(v[2]).toBeCloseTo(5.61 / 0.271, 12);
    for (const x of ewa(new Array(50).fill(7), 0.98, { biasCorrection: true })) expect(x).toBeCloseTo(7, 12);
    expect(ewa(new Array(50).fill(7), 0.98)[0]).toBeCloseTo(0.14, 12); // without it, pulled towards 0
  });

  it('gives the values themselves for β = 0 and an empty list for no values', () => {
    expect(ewa([3, -1, 4], 0)).toEqual([3, -1, 4]);
    expect(ewa([], 0.9)).toEqual([]);
  });

  it('rejects a β outside [0, 1), non-finite values and unknown options, saying where', () => {
    expect(() => ewa([1], 1)).toThrow(/ewa: beta must be in \[0, 1\), got 1/);
    expect(() => ewa([1], -0.1)).toThrow(InputError);
    expect(() => ewa([1, NaN], 0.9)).toThrow(/ewa: values holds a non-finite value \(NaN\) at index 1/);
    expect(() => ewa([1], 0.9, { biasCorection: true } as never)).toThrow(/unknown option "biasCorection"/);
  });
});
