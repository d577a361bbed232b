import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./softmax-vector.ts', import.meta.url);


describe('softmax-vector', () => {
  it('exponentiates and normalizes the course example z = [5, 2, -1, 3]', async () => {
    const run = await runSnippetFile(snippet);
    const e = run.exports as { exponentials: number[]; probabilities: number[]; sum: number; engineGap: number; predicted: number; hardMax: number[] };
    expect(e.exponentials[0]).toBeCloseTo(148.4, 1);
    expect(e.exponentials.reduce((s, v) => s + v, 0)).toBeCloseTo(176.3, 1);
    expect(e.probabilities.map((p) => Number(p.toFixed(3)))).toEqual([0.842, 0.042, 0.002, 0.114]);
    expect(e.sum).toBeCloseTo(1, 14);
    expect(e.engineGap).toBeLessThan(1e-14);
    expect(e.predicted).toBe(0);
    expect(e.hardMax).toEqual([1, 0, 0, 0]);
    expect(run.figures.softmax.data).toHaveLength(2);
  });

  it('larger scores sharpen softmax toward the hard max, and the order of the scores is kept', async () => {
    const run = await runSnippetFile(snippet, { knobs: { z3: 8, scale: 3 } });
    const e = run.exports as { probabilities: number[]; sum: number; predicted: number; hardMax: number[]; engineGap: number };
    expect(e.predicted).toBe(3);
    expect(e.hardMax).toEqual([0, 0, 0, 1]);
    expect(e.probabilities[3]).toBeGreaterThan(0.999);
    expect(e.sum).toBeCloseTo(1, 14);
    expect(e.engineGap).toBeLessThan(1e-14);
    const soft = (await runSnippetFile(snippet, { knobs: { z3: 8, scale: 0.1 } })).exports.probabilities as number[];
    expect(Math.max(...soft)).toBeLessThan(0.5);
    expect(soft.indexOf(Math.max(...soft))).toBe(3);
  });
});
