import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./batch-noise.ts', import.meta.url);


describe('batch-noise', () => {
  it('the same example gets a different z̃ in each mini-batch, less so in larger ones', async () => {
    const run = await runSnippetFile(snippet);
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
    const small = (await runSnippetFile(snippet, { knobs: { batchSize: 8 } })).exports.noise as number;
    const large = (await runSnippetFile(snippet, { knobs: { batchSize: 256 } })).exports.noise as number;
    expect(small).toBeGreaterThan(3 * large);
  });
});
