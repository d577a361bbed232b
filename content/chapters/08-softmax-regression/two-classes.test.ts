import { describe, expect, it, vi } from 'vitest';
import type { KnobValue } from '../../../src/runtime/snippet';

/** A fresh run of the snippet (fresh modules, so it runs again) with some knobs set. */
async function runWith(knobs: Record<string, KnobValue> = {}) {
  vi.resetModules();
  const { runSnippet } = await import('../../../src/runtime/node-host');
  return runSnippet(() => import('./two-classes.ts'), { knobs });
}

describe('two-classes', () => {
  it.each([[{}], [{ z1: 3 }], [{ z1: -4.5 }]])('with C = 2, softmax is the logistic sigmoid of z₀ − z₁ (%o)', async (knobs) => {
    const run = await runWith(knobs);
    const e = run.exports as Record<string, number>;
    expect(e.maxGap).toBeLessThan(1e-12);
    expect(e.complementGap).toBeLessThan(1e-12);
    expect(e.shiftGap).toBeLessThan(1e-12);
    const curve = run.figures.c2.data[0] as { x: number[]; y: number[] };
    expect(curve.x).toHaveLength(81);
    // It crosses one half where z₀ = z₁.
    const z1 = (knobs as { z1?: number }).z1 ?? 0;
    const half = curve.x[curve.y.findIndex((p) => p >= 0.5)];
    expect(Math.abs(half - z1)).toBeLessThanOrEqual(0.2);
  });
});
