import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./saddle-escape.ts', import.meta.url);
type Trace = { x: number[]; y: number[] };

describe('saddle-escape.ts: the reader picks the start on the contour figure', () => {
  it('declares a point knob on the contour figure, exactly on the ridge by default', async () => {
    const run = await runSnippetFile(snippet);
    expect(run.knobs.find((k) => k.name === 'start')).toMatchObject({ kind: 'point', figure: 'contour', value: [1.8, 0] });
  });

  it('both paths start where the reader put the point; off the ridge even the exact gradient rolls into a valley', async () => {
    const run = await runSnippetFile(snippet, { knobs: { start: [-1.5, 0.05] } });
    const [, exact, noisy] = run.figures.contour.data as Trace[];
    for (const path of [exact, noisy]) expect([path.x[0], path.y[0]]).toEqual([-1.5, 0.05]);
    // 0.05 off the ridge, (1 + α)^t grows the offset until the exact run leaves the saddle for the valley at y = 1.
    expect(exact.y.at(-1)).toBeCloseTo(1, 1);
    expect(run.exports.exactFinalCost as number).toBeLessThan(-0.2);
  });
});
