import { describe, expect, it } from 'vitest';
import { adam, momentum, sgd } from '../index';
import { descend, illConditionedQuadratic, plateau, rosenbrock, saddle } from './surfaces';

describe.each([
  ['illConditionedQuadratic', illConditionedQuadratic()],
  ['saddle', saddle()],
  ['plateau', plateau()],
  ['rosenbrock', rosenbrock()],
] as const)('%s', (_name, surface) => {
  it('has a gradient equal to central finite differences (float64, 1e-6 relative)', () => {
    const h = 1e-5;
    for (const [x, y] of [[0.3, -0.7], [1.2, 0.4], [-0.9, 1.5], [0.05, 0.02]]) {
      const [gx, gy] = surface.gradient(x, y);
      const fx = (surface.value(x + h, y) - surface.value(x - h, y)) / (2 * h);
      const fy = (surface.value(x, y + h) - surface.value(x, y - h)) / (2 * h);
      expect(Math.abs(gx - fx)).toBeLessThan(1e-6 * Math.max(1, Math.abs(fx)));
      expect(Math.abs(gy - fy)).toBeLessThan(1e-6 * Math.max(1, Math.abs(fy)));
    }
  });

  it('has zero gradient at its minimum (or at the saddle point)', () => {
    const [x, y] = surface.minimum ?? [0, 0];
    expect(surface.gradient(x, y).map(Math.abs)).toEqual([0, 0]);
  });
});

describe('descend', () => {
  it('records start + steps points; momentum beats plain GD on the elongated bowl at the same α', () => {
    // b = 50 caps GD at α < 2/50; at α = 0.038 GD shrinks x by only 0.962 per step,
    // while momentum (β = 0.8) shrinks both directions by about √β = 0.894 per step.
    const bowl = illConditionedQuadratic({ a: 1, b: 50 });
    const gd = descend(bowl, sgd(0.038), [-1.5, 0.8], 60);
    const mom = descend(bowl, momentum(0.038, 0.8, { form: 'sum' }), [-1.5, 0.8], 60);
    expect(gd.x.length).toBe(61);
    expect(mom.cost[60]).toBeLessThan(gd.cost[60] / 10);
  });

  it('plain GD crawls on the plateau while Adam, which rescales by √v̂, gets off it', () => {
    const gd = descend(plateau(), sgd(0.1), [2.5, 2.5], 100);
    const ad = descend(plateau(), adam(0.1), [2.5, 2.5], 100);
    expect(gd.cost[100]).toBeGreaterThan(0.99);
    expect(ad.cost[100]).toBeLessThan(0.05);
  });
});
