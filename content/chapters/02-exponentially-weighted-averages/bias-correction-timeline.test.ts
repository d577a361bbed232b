import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./bias-correction.ts', import.meta.url);
type Trace = { x: number[]; y: number[]; customdata?: string[] };

describe('bias-correction.ts: a timeline steps through the days as the average builds up', () => {
  it('declares a timeline over the 120 days shown, at the end by default', async () => {
    const run = await runSnippetFile(snippet);
    expect(run.knobs.find((k) => k.name === 'day')).toMatchObject({ kind: 'timeline', steps: 120, value: 120 });
    for (const trace of run.figures.start.data as Trace[]) expect(trace.x).toHaveLength(120);
  });

  it('at day k draws the first k days, the same values as the full run, and the same results', async () => {
    const full = await runSnippetFile(snippet);
    const at = await runSnippetFile(snippet, { knobs: { day: 7 } });
    const [theta, raw, corrected] = at.figures.start.data as Trace[];
    const fullTraces = full.figures.start.data as Trace[];
    expect(theta.x).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(raw.y).toEqual(fullTraces[1].y.slice(0, 7));
    expect(corrected.y).toEqual(fullTraces[2].y.slice(0, 7));
    expect(at.exports).toEqual(full.exports); // the prose's numbers do not depend on where the timeline stands
  });

  it('hovering day t shows v_t = β·v_(t-1) + (1 − β)·θ_t and its correction with that day\'s numbers', async () => {
    const run = await runSnippetFile(snippet, { knobs: { oneMinusBeta: 0.02 } });
    const [theta, raw, corrected] = run.figures.start.data as Trace[];
    expect(raw.customdata![0]).toBe(`v1 = 0.980 × 0.00 + 0.020 × ${theta.y[0].toFixed(2)} = ${raw.y[0].toFixed(2)}`);
    expect(raw.customdata![1]).toBe(`v2 = 0.980 × ${raw.y[0].toFixed(2)} + 0.020 × ${theta.y[1].toFixed(2)} = ${raw.y[1].toFixed(2)}`);
    expect(corrected.customdata![1]).toBe(`v2 / (1 − β^2) = ${raw.y[1].toFixed(2)} / ${(1 - 0.98 ** 2).toFixed(4)} = ${corrected.y[1].toFixed(2)}`);
  });
});
