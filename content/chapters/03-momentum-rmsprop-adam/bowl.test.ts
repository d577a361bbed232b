import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./bowl.ts', import.meta.url);

type PerOptimizer = { gd: number; momentum: number; rmsprop: number; adam: number };

describe('bowl', () => {
  it('at α = 0.039 gradient descent zig-zags across the valley at every step; momentum, RMSprop and Adam barely do', async () => {
    const run = await runSnippetFile(snippet);
    const zig = run.exports.zigzags as PerOptimizer;
    const dist = run.exports.finalDistance as PerOptimizer;
    expect(zig.gd).toBe(60); // 1 − α·50 = −0.95: w₂ changes sign at every step and shrinks only 5% per step
    expect(zig.momentum).toBeLessThan(10);
    expect(zig.rmsprop).toBeLessThanOrEqual(5);
    expect(zig.adam).toBeLessThanOrEqual(2);
    // all three end nearer the minimum, and lower, than gradient descent at the same α
    const cost = run.exports.finalCost as PerOptimizer;
    for (const k of ['momentum', 'rmsprop', 'adam'] as const) {
      expect(dist[k]).toBeLessThan(dist.gd);
      expect(cost[k]).toBeLessThan(cost.gd);
    }
    expect(dist.gd).toBeLessThan(0.5); // but GD does converge: α is below its limit 2/50
    const paths = run.figures.paths.data as { type?: string; x: number[] }[];
    expect(paths.map((t) => t.type ?? 'scatter')).toEqual(['contour', 'scatter', 'scatter', 'scatter', 'scatter', 'scatter']);
    for (const t of paths.slice(1, 5)) expect(t.x).toHaveLength(61);
    expect(run.figures.cost.data).toHaveLength(4);
    expect(run.logs[0]).toContain('distance from the minimum after 60 steps');
  });

  it('past gradient descent\'s limit α = 2/50 it diverges while the other three still converge', async () => {
    const run = await runSnippetFile(snippet, { knobs: { learningRate: 0.045 } });
    const dist = run.exports.finalDistance as PerOptimizer;
    expect(dist.gd).toBeGreaterThan(1000);
    expect(dist.momentum).toBeLessThan(0.05);
    expect(dist.rmsprop).toBeLessThan(0.01);
    expect(dist.adam).toBeLessThan(0.05);
  });

  it('RMSprop tolerates a much larger α: at α = 0.1 it lands on the minimum, gradient descent explodes', async () => {
    const run = await runSnippetFile(snippet, { knobs: { learningRate: 0.1, steps: 60 } });
    const dist = run.exports.finalDistance as PerOptimizer;
    expect(dist.rmsprop).toBeLessThan(1e-6);
    expect(dist.adam).toBeLessThan(0.1); // RMSprop with momentum: Adam copes too
    expect(dist.gd).toBeGreaterThan(1e20);
    expect((run.figures.paths.data[1] as { y: number[] }).y.every((v) => Math.abs(v) <= 1)).toBe(true); // clipped for the plot
  });

  it("RMSprop's first step is about 3.16α (no bias correction), Adam's exactly α", async () => {
    const run = await runSnippetFile(snippet);
    expect(run.exports.rmspropFirstStep as number).toBeCloseTo(1 / Math.sqrt(0.1), 6); // α/√(1 − β₂), β₂ = 0.9
    expect(run.exports.adamFirstStep as number).toBeCloseTo(1, 6);
  });
});
