import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./graph.ts', import.meta.url);


describe('graph', () => {
  it('records the graph of w² − 10w + 25 with values and gradients', async () => {
    const run = await runSnippetFile(snippet);
    const e = run.exports as { labels: string[]; nodeCount: number; edgeCount: number; autodiffGradient: number; handGradient: number };
    // w, w×w, 10, w×10, −, 25, +: w feeds the first × twice.
    expect(e.labels).toEqual(['w', '×', '10', '×', '−', '25', '+']);
    expect(e.nodeCount).toBe(7);
    expect(e.edgeCount).toBe(8);
    expect(e.autodiffGradient).toBe(-4);
    expect(e.handGradient).toBe(-4);
    const layout = run.figures.graph.layout as { annotations: { text: string }[] };
    expect(layout.annotations).toHaveLength(7);
    expect(layout.annotations[6].text).toBe('+: 4.0, grad 1.0');
  });

  it('at the minimum w = 5 the gradient is 0', async () => {
    const e = (await runSnippetFile(snippet, { knobs: { w: 5 } })).exports as { autodiffGradient: number; handGradient: number };
    expect(e.autodiffGradient).toBe(0);
    expect(e.handGradient).toBe(0);
  });
});
