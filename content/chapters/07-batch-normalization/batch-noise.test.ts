import { describe, expect, it, vi } from 'vitest';
import type { KnobValue } from '../../../src/runtime/snippet';

/** A fresh run of the snippet (fresh modules, so it runs again) with some knobs set. */
async function runWith(knobs: Record<string, KnobValue> = {}) {
  vi.resetModules();
  const { runSnippet } = await import('../../../src/runtime/node-host');
  return runSnippet(() => import('./batch-noise.ts'), { knobs });
}

describe('batch-noise', () => {
  it('the same example gets a different z̃ in each mini-batch, less so in larger ones', async () => {
    const run = await runWith();
    const { noise, noiseBySize } = run.exports as { noise: number; noiseBySize: number[] };
    expect(noise).toBeGreaterThan(0.05);
    const [m16, m64, m256] = noiseBySize;
    expect(m16).toBeGreaterThan(m64);
    expect(m64).toBeGreaterThan(m256);
    // Roughly 1/√m: four times the batch, about half the noise.
    expect(m16 / m64).toBeGreaterThan(1.5);
    expect(m64 / m256).toBeGreaterThan(1.5);
    expect((run.figures.noise.data[0] as { x: number[] }).x).toHaveLength(200);
  });

  it('tiny mini-batches are much noisier', async () => {
    const small = (await runWith({ batchSize: 8 })).exports.noise as number;
    const large = (await runWith({ batchSize: 256 })).exports.noise as number;
    expect(small).toBeGreaterThan(3 * large);
  });
});
