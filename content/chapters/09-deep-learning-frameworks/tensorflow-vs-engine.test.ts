import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./tensorflow-vs-engine.ts', import.meta.url);


type Exports = { tfFinalW: number; engineFinalW: number; largestGap: number; tfWs: number[]; engineWs: number[] };

describe('tensorflow-vs-engine', () => {
  it.each(['adam', 'sgd', 'momentum'])('with %s, TensorFlow.js and the engine both reach w = 5 and agree at every step', async (optimizer) => {
    const run = await runSnippetFile(snippet, { knobs: { optimizer } });
    const e = run.exports as Exports;
    expect(Math.abs(e.tfFinalW - 5)).toBeLessThan(1e-3);
    expect(Math.abs(e.engineFinalW - 5)).toBeLessThan(1e-3);
    expect(e.tfWs).toHaveLength(201);
    expect(e.engineWs).toHaveLength(201);
    // Float32 keeps about 7 significant digits; 200 steps of rounding on w ≈ 5 stay below 1e-5 relative.
    e.engineWs.forEach((w, k) => expect(Math.abs(w - e.tfWs[k])).toBeLessThanOrEqual(1e-5 * 5));
    expect(e.largestGap).toBeLessThan(5e-5);
    // The paths really are float32 against float64: they are not bit-identical.
    expect(e.largestGap).toBeGreaterThan(0);
    expect(run.figures.w.data).toHaveLength(3);
  });

  it('the optimizer knob changes the path: the three rules take different steps', async () => {
    const second = async (optimizer: string) => ((await runSnippetFile(snippet, { knobs: { optimizer, steps: 10 } })).exports as Exports).engineWs[1];
    // From w = 0 (dJ/dw = −10): sgd moves α·10 = 1, momentum the same on its first step, Adam about α = 0.1.
    expect(await second('sgd')).toBeCloseTo(1, 12);
    expect(await second('momentum')).toBeCloseTo(1, 12);
    expect(await second('adam')).toBeCloseTo(0.1, 6);
  });
});
