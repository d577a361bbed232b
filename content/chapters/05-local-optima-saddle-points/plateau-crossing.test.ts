import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./plateau-crossing.ts', import.meta.url);

type Steps = number | null;
type Exports = { gdSteps: Steps; averageMomentumSteps: Steps; momentumSteps: Steps; rmspropSteps: Steps; adamSteps: Steps; startGradient: number };

describe('plateau-crossing', () => {
  it('momentum and Adam cross the plateau in far fewer steps than gradient descent', async () => {
    const run = await runSnippetFile(snippet);
    const e = run.exports as unknown as Exports;
    expect(e.startGradient).toBeLessThan(1e-2); // the plain is nearly flat where the runs start
    const gd = e.gdSteps as number;
    expect(gd).toBeGreaterThan(1000);
    expect(e.momentumSteps).toBeLessThan(gd / 5);
    expect(e.adamSteps).toBeLessThan(gd / 20);
    expect(e.rmspropSteps).toBeLessThan(gd / 20);
    // The course's averaging form takes the same steps as GD once the average has warmed up.
    expect(Math.abs((e.averageMomentumSteps as number) - gd)).toBeLessThan(0.05 * gd);
    expect(run.figures.cost.data).toHaveLength(5);
    expect(run.figures.crossing.data[0]).toMatchObject({ type: 'bar' });
    expect(run.milliseconds).toBeGreaterThan(0);
  });

  it('from farther out gradient descent does not get across at all, while Adam still does', async () => {
    const run = await runSnippetFile(snippet, { knobs: { radius: 3.8 } });
    const e = run.exports as unknown as Exports;
    expect(e.gdSteps).toBeNull();
    expect(e.averageMomentumSteps).toBeNull();
    expect(e.adamSteps).not.toBeNull();
    expect(e.adamSteps as number).toBeLessThan(100);
    expect((run.figures.crossing.data[0] as { text: string[] }).text[0]).toBe('not in 5000');
  });

  it('the plain at distance 3.8 is about 2 × 10⁵ times flatter than the rim (4.1e-6 against 0.83), not a million', async () => {
    const run = await runSnippetFile(snippet);
    expect(run.exports.rimGradient as number).toBeCloseTo(2 * Math.sqrt(Math.LN2) * 0.5, 12);
    expect(run.exports.farGradientMillionths as number).toBeCloseTo(4.1, 1);
    expect(run.exports.rimToFarThousands as number).toBeGreaterThan(150);
    expect(run.exports.rimToFarThousands as number).toBeLessThan(250);
  });

  it('the averaging form at 10α crosses exactly when the sum form at α does: the speed-up is the larger α', async () => {
    const run = await runSnippetFile(snippet);
    expect(run.exports.averageMomentumTenfoldSteps).toBe(run.exports.momentumSteps);
    expect(run.exports.averageMomentumTenfoldSteps as number).toBeLessThan((run.exports.gdSteps as number) / 5);
  });
});
