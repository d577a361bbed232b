import { describe, expect, it } from 'vitest';
import { InputError, ShapeError } from './errors';
import { checkOptions } from './validate';
import { Tensor } from './tensor';
import { Momentum } from './optimizers/momentum';
import { exponentialDecay, manual, staircase } from './schedules';

describe('input checks', () => {
  it('name an unknown option and the allowed ones in one style', () => {
    expect(() => checkOptions('f', { b: 1 }, ['a', 'c'])).toThrow(new InputError('f: unknown option "b" (allowed: a, c).'));
    expect(() => checkOptions('f', undefined, ['a'])).not.toThrow();
  });

  it("tensors, momentum and schedules throw the engine's typed errors", () => {
    expect(() => new Tensor([1, 2, 3], [2, 2])).toThrow(ShapeError);
    expect(() => new Tensor([], [-1])).toThrow(ShapeError);
    expect(() => Tensor.from([[1, 2], [3]])).toThrow(ShapeError);
    expect(() => Tensor.from([1, 2]).item()).toThrow(ShapeError);
    expect(() => Tensor.from([[1], [2]]).rowsAt([2])).toThrow(InputError);
    expect(() => new Momentum({ form: 'ewa' as never })).toThrow(InputError);
    expect(() => exponentialDecay(0.1, 1.5)).toThrow(InputError);
    expect(() => staircase(0.1, 0)).toThrow(InputError);
    expect(() => manual({ 3: 0.1 })).toThrow(InputError);
  });
});
