import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const bowl = new URL('./bowl.ts', import.meta.url);
type Trace = { x: number[]; y: number[]; name: string; customdata?: string[] };
type AdamStep = { t: number; g: number[]; mHat: number[]; vHat: number[]; step: number[] };

describe('bowl.ts: start anywhere, step through, and read Adam\'s update on hover', () => {
  it('a point knob on the paths figure moves every path\'s first point and the handle', async () => {
    const run = await runSnippetFile(bowl, { knobs: { start: [1.2, -0.6] } });
    expect(run.knobs.find((k) => k.name === 'start')).toMatchObject({ kind: 'point', figure: 'paths', value: [-1.8, 0.8], x: [-2, 2], y: [-1, 1] });
    const traces = run.figures.paths.data.slice(1) as Trace[];
    for (const trace of traces) expect([trace.x[0], trace.y[0]]).toEqual([1.2, -0.6]);
    // and the optimizers still head for the minimum from there
    expect(Math.hypot(traces[3].x.at(-1)!, traces[3].y.at(-1)!)).toBeLessThan(Math.hypot(1.2, 0.6));
  });

  it('the timeline at step k draws each path up to step k, and the whole run by default', async () => {
    const whole = await runSnippetFile(bowl);
    expect(whole.knobs.find((k) => k.name === 'shown')).toMatchObject({ kind: 'timeline', steps: 60, value: 60 });
    const at = await runSnippetFile(bowl, { knobs: { shown: 5 } });
    const partial = at.figures.paths.data.slice(1, 5) as Trace[];
    const full = whole.figures.paths.data.slice(1, 5) as Trace[];
    partial.forEach((trace, i) => expect(trace.x).toEqual(full[i].x.slice(0, 6)));
    expect(at.exports.finalDistance).toEqual(whole.exports.finalDistance);
  });

  it('Adam\'s written-out update (m̂, v̂, Δw) is the step the engine took, and the hover shows it', async () => {
    const run = await runSnippetFile(bowl);
    const adam = (run.figures.paths.data as Trace[])[4];
    const steps = run.exports.adamSteps as AdamStep[];
    expect(steps).toHaveLength(60);
    for (const { t, step } of [steps[0], steps[9], steps[59]]) {
      expect(step[0]).toBeCloseTo(adam.x[t] - adam.x[t - 1], 10);
      expect(step[1]).toBeCloseTo(adam.y[t] - adam.y[t - 1], 10);
    }
    // Bias-corrected, the first m̂ is the gradient itself and the first step is α against its sign.
    expect(steps[0].mHat[0]).toBeCloseTo(steps[0].g[0], 12);
    expect(Math.abs(steps[0].step[0])).toBeCloseTo(0.039, 6);
    expect(adam.customdata).toHaveLength(61);
    expect(adam.customdata![10]).toBe([
      'Adam, step 10',
      `g = ∇J = (${steps[9].g[0].toFixed(3)}, ${steps[9].g[1].toFixed(3)})`,
      `m̂ = (${steps[9].mHat[0].toFixed(3)}, ${steps[9].mHat[1].toFixed(3)}), v̂ = (${steps[9].vHat[0].toFixed(3)}, ${steps[9].vHat[1].toFixed(3)})`,
      `Δw = −α·m̂/(√v̂ + ε) = (${steps[9].step[0].toFixed(3)}, ${steps[9].step[1].toFixed(3)})`,
    ].join('<br>'));
  });
});
