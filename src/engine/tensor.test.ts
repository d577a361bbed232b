import { describe, expect, it } from 'vitest';
import { Tensor } from './tensor';

describe('Tensor additions', () => {
  it('item() reads a one-element tensor and refuses others', () => {
    expect(Tensor.from(5).item()).toBe(5);
    expect(Tensor.from([[7]]).item()).toBe(7);
    expect(() => Tensor.from([1, 2]).item()).toThrow(/shape \[2\] has 2 values, not 1/);
  });
  it('clone() copies the data; reshape() shares it', () => {
    const t = Tensor.from([1, 2, 3, 4]);
    const copy = t.clone();
    const square = t.reshape([2, 2]);
    t.data[0] = 9;
    expect(copy.data[0]).toBe(1);
    expect(square.get(0, 0)).toBe(9);
    expect(square.shape).toEqual([2, 2]);
    expect(() => t.reshape([3, 2])).toThrow(/4 values do not fill shape \[3,2\]/);
  });
});
