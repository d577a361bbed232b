import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./saddle-escape.ts', import.meta.url);

describe('saddle-escape', () => {
  it('exact gradient descent started on the ridge stalls at the saddle; noisy gradients fall off it', async () => {
    const run = await runSnippetFile(snippet);
    const e = run.exports as Record<string, number>;
    expect(e.exactDistance).toBeLessThan(1e-6); // converged INTO the saddle
    expect(Math.abs(e.exactFinalCost)).toBeLessThan(1e-9); // J(0, 0) = 0, not the minimum −1/4
    expect(e.noisyDistance).toBeGreaterThan(0.7); // near a valley floor (0, ±1)
    expect(e.noisyFinalCost).toBeLessThan(-0.15); // close to the minimum value −0.25
    expect(e.noisyEscapeStep).toBeGreaterThan(0);
    expect(e.noisyEscapeStep).toBeLessThan(100);
    expect(Object.keys(run.figures)).toEqual(['contour', 'surface', 'distance']);
    const surface = run.figures.surface.data as { type?: string; x: number[] }[];
    expect(surface.map((t) => t.type)).toEqual(['surface', 'scatter3d', 'scatter3d']);
    expect(surface[1].x).toHaveLength(101);
    expect(run.figures.distance.data).toHaveLength(2);
    expect(run.milliseconds).toBeGreaterThan(0);
  });

  it('without noise both runs stall; with more noise the escape comes sooner', async () => {
    const defaultEscape = (await runSnippetFile(snippet)).exports.noisyEscapeStep as number;
    const calm = await runSnippetFile(snippet, { knobs: { noise: 0 } });
    expect(calm.exports.noisyDistance).toBeLessThan(1e-6);
    expect(calm.exports.noisyEscapeStep).toBe(-1);
    const loud = await runSnippetFile(snippet, { knobs: { noise: 0.8, steps: 200 } });
    expect(loud.exports.noisyEscapeStep).toBeGreaterThan(0);
    expect(loud.exports.noisyEscapeStep as number).toBeLessThan(defaultEscape); // more noise, sooner off the ridge
    expect(loud.exports.exactDistance as number).toBeLessThan(1e-6);
    expect(loud.figures.distance.data[0]).toMatchObject({ y: expect.any(Array) });
    expect((loud.figures.distance.data[0] as { y: number[] }).y).toHaveLength(201);
  });
});
