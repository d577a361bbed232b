import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./forward-pass.ts', import.meta.url);
type Trace = { x: number[]; y: number[]; customdata: string[] };

describe('forward-pass.ts: hovering an example follows it through μ, σ², z_norm and γ·z_norm + β', () => {
  it('the numbers in each label compute the point it labels', async () => {
    const run = await runSnippetFile(snippet, { knobs: { gamma: 2, beta: -1 } });
    const [examples] = run.figures.examples.data as Trace[];
    expect(examples.x).toHaveLength(64);
    const mu = run.exports.batchMean as number;
    const variance = run.exports.batchVariance as number;
    for (const i of [0, 17, 63]) {
      const [title, stats, norm, tilde] = examples.customdata[i].split('<br>');
      expect(title).toBe(`example ${i + 1} of 64`);
      expect(stats).toBe(`μ = ${mu.toFixed(3)}, σ² = ${variance.toFixed(3)}`);
      const zNorm = (examples.x[i] - mu) / Math.sqrt(variance + 1e-5);
      expect(norm).toBe(`z_norm = (z − μ) / √(σ² + ε) = (${examples.x[i].toFixed(3)} − ${mu.toFixed(3)}) / ${Math.sqrt(variance + 1e-5).toFixed(3)} = ${zNorm.toFixed(3)}`);
      expect(tilde).toBe(`z̃ = γ·z_norm + β = 2 × ${zNorm.toFixed(3)} − 1 = ${examples.y[i].toFixed(3)}`);
      expect(examples.y[i]).toBeCloseTo(2 * zNorm - 1, 10);
    }
  });
});
