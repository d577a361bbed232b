import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./paths-on-contours.ts', import.meta.url);

type Three = { batch: number; mini: number; stochastic: number };

describe('paths-on-contours', () => {
  it('batch GD goes down at every step; stochastic wanders widest, mini-batches in between', async () => {
    const run = await runSnippetFile(snippet);
    const falls = run.exports.fullCostAlwaysFalls as { batch: boolean; mini: boolean; stochastic: boolean };
    expect(falls).toEqual({ batch: true, mini: false, stochastic: false });
    const d = run.exports.settleDistance as Three;
    expect(d.stochastic).toBeGreaterThan(2 * d.mini);
    expect(d.mini).toBeGreaterThan(d.batch);
    expect(d.batch).toBeLessThan(0.05); // close to the least-squares minimum after 80 steps
    const paths = (run.figures.paths.data as { x: number[] }[]).slice(1, 4);
    for (const p of paths) expect(p.x).toHaveLength(81); // the start and 80 iterations each
  });
});
