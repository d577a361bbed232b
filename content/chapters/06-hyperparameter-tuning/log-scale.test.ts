import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./log-scale.ts', import.meta.url);

type Exports = Record<'alphaUniformPerDecade' | 'alphaLogPerDecade' | 'betaUniformPerDecade' | 'betaLogPerDecade', number[]> &
  Record<'uniformTopDecadeShare' | 'spanChangeNear0_9' | 'spanChangeNear0_999', number>;

/** Every count within `tolerance` (relative) of an equal share. */
function roughlyEqual(counts: number[], tolerance: number) {
  const total = counts.reduce((a, b) => a + b, 0), share = total / counts.length;
  for (const c of counts) expect(Math.abs(c - share)).toBeLessThan(tolerance * share);
}

describe('log-scale', () => {
  it('log-scale sampling puts the same mass in every decade; uniform sampling does not', async () => {
    const run = await runSnippetFile(snippet);
    const e = run.exports as unknown as Exports;
    expect(e.alphaLogPerDecade.reduce((a, b) => a + b, 0)).toBe(2000);
    roughlyEqual(e.alphaLogPerDecade, 0.15);
    roughlyEqual(e.betaLogPerDecade, 0.1);
    expect(e.uniformTopDecadeShare).toBeGreaterThan(0.87); // 90% of uniform samples have α ≥ 0.1
    expect(e.alphaUniformPerDecade[0]).toBeLessThan(10); // ~0.01% land below 1e-3
    // Uniform β lands mostly below 0.99: 1 − β in [0.01, 0.1) about 10 times as often as in [0.001, 0.01).
    expect(e.betaUniformPerDecade[1]).toBeGreaterThan(8 * e.betaUniformPerDecade[0]);
    expect(e.spanChangeNear0_9).toBeCloseTo(0.0503, 3);
    expect(e.spanChangeNear0_999).toBeCloseTo(1000, 6);
    expect(run.figures.alpha.data.map((t) => (t as { type: string }).type)).toEqual(['histogram', 'histogram']);
    expect(run.figures.beta.data).toHaveLength(2);
  });

  it('holds with a different sample count', async () => {
    const run = await runSnippetFile(snippet, { knobs: { samples: 20000 } });
    const e = run.exports as unknown as Exports;
    roughlyEqual(e.alphaLogPerDecade, 0.05);
    roughlyEqual(e.betaLogPerDecade, 0.05);
    expect((run.figures.alpha.data[1] as { x: number[] }).x).toHaveLength(20000);
  });
});
