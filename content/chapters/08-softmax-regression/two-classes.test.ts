import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./two-classes.ts', import.meta.url);


describe('two-classes', () => {
  it.each([[{}], [{ z1: 3 }], [{ z1: -4.5 }]])('with C = 2, softmax is the logistic sigmoid of z₀ − z₁ (%o)', async (knobs) => {
    const run = await runSnippetFile(snippet, { knobs });
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
