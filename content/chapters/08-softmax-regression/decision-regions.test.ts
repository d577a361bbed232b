import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./decision-regions.ts', import.meta.url);


describe('decision-regions', () => {
  it('spirals: no hidden layer gives straight boundaries and fails; one hidden layer bends them and succeeds', async () => {
    const run = await runSnippetFile(snippet);
    const e = run.exports as Record<string, number>;
    expect(e.leavingLinear).toBe(0);
    expect(e.leavingCurved).toBeGreaterThan(5);
    expect(e.accuracyLinear).toBeLessThan(0.6);
    expect(e.accuracyCurved).toBeGreaterThan(0.95);
    for (const id of ['linear', 'curved']) {
      const regions = run.figures[id].data[0] as { z: number[][] };
      expect(regions.z).toHaveLength(80);
      expect(new Set(regions.z.flat()).size).toBe(3);
    }
  });

  it('blobs: four linearly separable classes need no hidden layer', async () => {
    const run = await runSnippetFile(snippet, { knobs: { dataset: 'blobs' } });
    const e = run.exports as Record<string, number>;
    expect(e.leavingLinear).toBe(0);
    expect(e.accuracyLinear).toBeGreaterThan(0.9);
    expect(new Set((run.figures.linear.data[0] as { z: number[][] }).z.flat()).size).toBe(4);
  });

  it('even 4 hidden units bend the boundaries enough for the spirals', async () => {
    const e = (await runSnippetFile(snippet, { knobs: { hiddenUnits: 4 } })).exports as Record<string, number>;
    expect(e.leavingCurved).toBeGreaterThan(0);
    expect(e.accuracyCurved).toBeGreaterThan(e.accuracyLinear + 0.3);
  });
});
