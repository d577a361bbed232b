import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

// The answers the chapter's Try boxes reveal, checked with the knob values each box asks for.
const run = (file: string, knobs: Record<string, number> = {}) => runSnippetFile(new URL(file, import.meta.url), { knobs });

describe('minimize-cost.ts at α = 1, 0.5 and 1.1', () => {
  it('α = 1 jumps between 0 and 10 with the cost stuck at 25; α = 0.5 lands on 5 in one step', async () => {
    const one = (await run('minimize-cost.ts', { learningRate: 1 })).exports;
    expect(one.firstSteps).toEqual([0, 10, 0, 10, 0, 10]);
    expect(one.finalCost).toBe(25);
    expect(((await run('minimize-cost.ts', { learningRate: 0.5 })).exports.firstSteps as number[])[1]).toBe(5);
  });

  it('α = 1.1 goes 0, 11, −2.2, 13.64 and ends near −4·10⁸ after 100 steps', async () => {
    const e = (await run('minimize-cost.ts', { learningRate: 1.1 })).exports;
    const steps = e.firstSteps as number[];
    [0, 11, -2.2, 13.64].forEach((w, k) => expect(steps[k]).toBeCloseTo(w, 9));
    expect(e.finalW).toBeCloseTo(5 - 5 * 1.2 ** 100, -3);
    expect(Math.round((e.finalW as number) / 1e8)).toBe(-4);
  });
});

describe('coefficients-as-data.ts with x₁ = 6', () => {
  it('the minimum moves to −3 whatever x₂ is; only the cost there changes (16 with x₂ = 25)', async () => {
    for (const c of [-50, 25, 100]) {
      const e = (await run('coefficients-as-data.ts', { b: 6, c })).exports;
      expect(e.finalW).toBeCloseTo(-3, 6);
      expect(e.finalCost).toBeCloseTo(c - 9, 6);
    }
  });
});

describe('graph.ts at w = 5', () => {
  it('+, − and w × w get 1, w × 10 gets −1, the constants 0, and w itself 5 + 5 − 10 = 0', async () => {
    const r = await run('graph.ts', { w: 5 });
    expect(r.exports.autodiffGradient).toBe(0);
    const notes = (r.figures.graph.layout as { annotations: { text: string }[] }).annotations.map((a) => a.text);
    expect(notes).toEqual(['w: 5.0, grad 0.0', '×: 25.0, grad 1.0', '10: 10.0, grad 0.0', '×: 50.0, grad -1.0',
      '−: -25.0, grad 1.0', '25: 25.0, grad 0.0', '+: 0.0, grad 1.0']);
  });
});
