import { describe, expect, it } from 'vitest';
import * as engine from '@engine';
import { loadDemo } from '../../../../../src/exercises/catalog';
import { runDemo } from '../../../../../src/exercises/demo';
import demo, { STEP_COUNTS } from './demo';
import { fitLine } from './solution';

describe("fit-line's live figure", () => {
  it('with the reference solution, the last line is the exact least-squares line', async () => {
    expect(await loadDemo('09-deep-learning-frameworks/exercises/fit-line')).toBe(demo);
    const outcome = runDemo(demo, fitLine, engine);
    expect(outcome.error).toBeUndefined();
    const traces = outcome.figure!.data as { name: string; y: number[] }[];
    expect(traces.map((t) => t.name)).toEqual(['data', 'least squares (exact)', ...STEP_COUNTS.map((k) => `your fitLine, ${k} step${k > 1 ? 's' : ''}`)]);
    const exact = traces[1].y, last = traces[traces.length - 1].y;
    exact.forEach((y, i) => expect(Math.abs(y - last[i])).toBeLessThan(1e-3));
    expect(outcome.figure!.caption).toMatch(/your w = .* the exact least-squares line has w = /);
  });

  it('a summing fitLine blows up, and the caption says so', () => {
    const summing = (xs: number[], ys: number[], learningRate: number, steps: number): [number, number] =>
      fitLine(xs, ys, learningRate * xs.length, steps);
    const outcome = runDemo(demo, summing, engine);
    expect(outcome.figure!.caption).toMatch(/left the page/);
  });
});
