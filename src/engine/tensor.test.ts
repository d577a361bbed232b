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

describe('Tensor.rowsAt', () => {
  it('gathers rows in the given order, optionally a slice of the order', () => {
    const t = Tensor.from([[1, 2], [3, 4], [5, 6]]);
    expect(t.rowsAt([2, 0]).toArray()).toEqual([[5, 6], [1, 2]]);
    expect(t.rowsAt([0, 1, 2, 1], 1, 3).toArray()).toEqual([[3, 4], [5, 6]]);
    expect(Tensor.from([7, 8, 9]).rowsAt([1]).toArray()).toEqual([8]);
    expect(() => t.rowsAt([3])).toThrow(/row 3 is outside 0..2/);
  });
});
