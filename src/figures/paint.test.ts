import { describe, expect, it } from 'vitest';
import { dotsPath, polylinePath } from './paint';
import { pathPoints } from './svg-check';

describe('polylinePath', () => {
  it('writes relative steps that land on the points rounded to a tenth of a pixel, without drift', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const xs = Array.from({ length: 3000 }, (_, i) => 40 + i * 0.19 + random() * 0.3);
    const ys = Array.from({ length: 3000 }, () => 10 + random() * 280);
    const points = pathPoints(polylinePath(xs, ys));
    expect(points).toEqual(xs.map((x, i) => [Math.round(x * 10) / 10, Math.round(ys[i] * 10) / 10]));
  });
  it('separates numbers only where needed', () => {
    expect(polylinePath([0, 1.5, 2.2, 2.2], [0, 0.7, 0.7, -1])).toBe('M0 0l1.5.7.7 0 0-1.7');
    expect(polylinePath([3], [4])).toBe('M3 4');
  });
});

describe('dotsPath', () => {
  it('moves from dot to dot relatively, each dot a zero-length stroke at its rounded point', () => {
    const d = dotsPath([10, 10.84, 5], [20, 21.6, 21.6]);
    expect(d).toBe('M10 20h0m.8 1.6h0m-5.8 0h0');
    expect(pathPoints(d)).toEqual([[10, 20], [10, 20], [10.8, 21.6], [10.8, 21.6], [5, 21.6], [5, 21.6]]);
  });
});
