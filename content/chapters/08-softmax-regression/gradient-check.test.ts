import { describe, expect, it, vi } from 'vitest';
import type { KnobValue } from '../../../src/runtime/snippet';

/** A fresh run of the snippet (fresh modules, so it runs again) with some knobs set. */
async function runWith(knobs: Record<string, KnobValue> = {}) {
  vi.resetModules();
  const { runSnippet } = await import('../../../src/runtime/node-host');
  return runSnippet(() => import('./gradient-check.ts'), { knobs });
}

describe('gradient-check', () => {
  it.each([['2'], ['0'], ['3']])('dL/dz = ŷ − y matches finite differences (true class %s)', async (trueClass) => {
    const run = await runWith({ trueClass });
    const e = run.exports as { analytic: number[]; numeric: number[]; largestGap: number; lossValue: number; modelDifference: number };
    expect(e.largestGap).toBeLessThan(1e-8);
    expect(e.modelDifference).toBeLessThan(1e-7);
    // ŷ − y sums to 0 (Σŷ = Σy = 1), and only the true class's component is negative.
    expect(Math.abs(e.analytic.reduce((s, v) => s + v, 0))).toBeLessThan(1e-12);
    e.analytic.forEach((g, j) => expect(g < 0).toBe(j === Number(trueClass)));
    expect(e.lossValue).toBeGreaterThan(0);
    expect(run.figures.gradient.data).toHaveLength(2);
  });

  it('a large ε makes the difference quotient inaccurate', async () => {
    const e = (await runWith({ epsilon: 0.1 })).exports as Record<string, number>;
    expect(e.largestGap).toBeGreaterThan(1e-5);
    expect(e.largestGap).toBeLessThan(1e-2);
  });
});
