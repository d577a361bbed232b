import { describe, expect, it, vi } from 'vitest';
import type { KnobValue } from '../../../src/runtime/snippet';

/** A fresh run of the snippet (fresh modules, so it runs again) with some knobs set. */
async function runWith(knobs: Record<string, KnobValue> = {}) {
  vi.resetModules();
  const { runSnippet } = await import('../../../src/runtime/node-host');
  return runSnippet(() => import('./autodiff-vs-hand.ts'), { knobs });
}

describe('autodiff-vs-hand', () => {
  it.each([[{}], [{ from: -100, to: 100 }]])('the automatic gradient equals 2w − 10 (%o)', async (knobs) => {
    const run = await runWith(knobs);
    const e = run.exports as { maxGap: number; zeroAt: number };
    expect(e.maxGap).toBeLessThan(1e-12);
    // The sign change lies within one grid step past w = 5.
    const { from = -5, to = 15 } = knobs as { from?: number; to?: number };
    expect(e.zeroAt).toBeGreaterThanOrEqual(5);
    expect(e.zeroAt - 5).toBeLessThan((to - from) / 100 + 1e-9);
    expect((run.figures.gradient.data[0] as { y: number[] }).y).toHaveLength(101);
  });
});
