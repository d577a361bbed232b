import { describe, expect, it, vi } from 'vitest';
import type { KnobValue } from '../../../src/runtime/snippet';

/** A fresh run of the snippet (fresh modules, so it runs again) with some knobs set. */
async function runWith(knobs: Record<string, KnobValue> = {}) {
  vi.resetModules();
  const { runSnippet } = await import('../../../src/runtime/node-host');
  return runSnippet(() => import('./decision-regions.ts'), { knobs });
}

describe('decision-regions', () => {
  it('spirals: no hidden layer gives straight boundaries and fails; one hidden layer bends them and succeeds', async () => {
    const run = await runWith();
    const e = run.exports as Record<string, number>;
    expect(e.leavingLinear).toBe(0);
    expect(e.leavingCurved).toBeGreaterThan(5);
    expect(e.accuracyLinear).toBeLessThan(0.6);
    expect(e.accuracyCurved).toBeGreaterThan(0.95);
    for (const id of ['linear', 'curved']) {
      const regions = run.figures[id].data[0] as { z: number[][] };
      expect(regions.z).toHaveLength(80);
      expect(new Set(regions.z.flat()).size).toBe(3);
    }
  });

  it('blobs: four linearly separable classes need no hidden layer', async () => {
    const run = await runWith({ dataset: 'blobs' });
    const e = run.exports as Record<string, number>;
    expect(e.leavingLinear).toBe(0);
    expect(e.accuracyLinear).toBeGreaterThan(0.9);
    expect(new Set((run.figures.linear.data[0] as { z: number[][] }).z.flat()).size).toBe(4);
  });

  it('even 4 hidden units bend the boundaries enough for the spirals', async () => {
    const e = (await runWith({ hiddenUnits: 4 })).exports as Record<string, number>;
    expect(e.leavingCurved).toBeGreaterThan(0);
    expect(e.accuracyCurved).toBeGreaterThan(e.accuracyLinear + 0.3);
  });
});
