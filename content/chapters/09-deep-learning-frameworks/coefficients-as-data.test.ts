import { describe, expect, it, vi } from 'vitest';
import type { KnobValue } from '../../../src/runtime/snippet';

/** A fresh run of the snippet (fresh modules, so it runs again) with some knobs set. */
async function runWith(knobs: Record<string, KnobValue> = {}) {
  vi.resetModules();
  const { runSnippet } = await import('../../../src/runtime/node-host');
  return runSnippet(() => import('./coefficients-as-data.ts'), { knobs });
}

describe('coefficients-as-data', () => {
  it.each([
    [{}, 5],
    [{ b: -20, c: 100 }, 10],
    [{ b: 6, c: 0 }, -3],
  ])('the same code minimizes x₀w² + x₁w + x₂ for other data (%o → w = %d)', async (knobs, expected) => {
    const run = await runWith(knobs);
    const e = run.exports as { finalW: number; exactMinimum: number; dataAfter: number[] };
    expect(e.exactMinimum).toBe(expected);
    expect(Math.abs(e.finalW - expected)).toBeLessThan(1e-6);
    const { b = -10, c = 25 } = knobs as { b?: number; c?: number };
    expect(e.dataAfter).toEqual([1, b, c]);
    expect(run.figures.cost.data).toHaveLength(2);
  });
});
