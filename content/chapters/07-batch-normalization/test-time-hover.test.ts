import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./test-time.ts', import.meta.url);
type Trace = { y: number[]; customdata?: string[] };

describe('test-time.ts: hovering the running average shows its update with that step\'s numbers', () => {
  it('μ_run(k) = β·μ_run(k−1) + (1 − β)·μ_batch(k), from 0', async () => {
    const run = await runSnippetFile(snippet);
    const [batch, running] = run.figures.running.data as Trace[];
    expect(running.customdata![0]).toBe(`μ_run = β·μ_run + (1 − β)·μ_batch = 0.9 × 0.000 + 0.10 × ${batch.y[0].toFixed(3)} = ${running.y[0].toFixed(3)}`);
    for (const k of [1, 50, running.y.length - 1]) {
      const [beta, previous, share, mu, result] = [...running.customdata![k].matchAll(/-?\d+\.\d+/g)].map((m) => Number(m[0]));
      expect([beta, share]).toEqual([0.9, 0.1]);
      expect(previous).toBeCloseTo(running.y[k - 1], 3);
      expect(mu).toBeCloseTo(batch.y[k], 3);
      expect(result).toBeCloseTo(running.y[k], 3);
      expect(beta * previous + share * mu).toBeCloseTo(result, 2);
    }
  });
});
