import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./wandering.ts', import.meta.url);
type Pair = { fixed: number; decayed: number };

describe('wandering', () => {
  it('with noisy gradients a fixed α keeps wandering around the minimum; a decayed α settles much closer', async () => {
    const run = await runSnippetFile(snippet);
    const spread = run.exports.finalSpread as Pair;
    expect(spread.decayed).toBeLessThan(spread.fixed / 3);
    expect(spread.fixed).toBeGreaterThan(0.2); // it never settles
    expect(run.exports.lastAlpha as number).toBeCloseTo(0.2 / 30, 12);
    const paths = run.figures.paths.data as { x: number[] }[];
    expect(paths).toHaveLength(3);
    expect(paths[1].x).toHaveLength(601); // 30 epochs × 20 steps + the start
    expect(run.figures.distance.data).toHaveLength(2);
  });

  it('a gentler decay helps less; without noise there is nothing to average out and a fixed α converges fastest', async () => {
    const gentle = await runSnippetFile(snippet, { knobs: { decay: '0.95^epoch · α0' } });
    const g = gentle.exports.finalSpread as Pair;
    expect(g.decayed).toBeLessThan(g.fixed);
    const base = await runSnippetFile(snippet);
    expect(g.decayed).toBeGreaterThan((base.exports.finalSpread as Pair).decayed);
    const exact = await runSnippetFile(snippet, { knobs: { noise: 0 } });
    const e = exact.exports.finalSpread as Pair;
    expect(e.fixed).toBeLessThan(1e-20);
    expect(e.decayed).toBeGreaterThan(e.fixed * 1e6);
  });
});
