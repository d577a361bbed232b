import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./momentum-forms.ts', import.meta.url);

describe('momentum-forms', () => {
  it('v = βv + dW with α(1 − β) follows the course form exactly; with the same α it takes 10x longer steps and diverges', async () => {
    const run = await runSnippetFile(snippet);
    const e = run.exports as { maxDifference: number; firstStepRatio: number; finalCost: Record<string, number> };
    expect(e.maxDifference).toBeLessThan(1e-12);
    expect(e.firstStepRatio).toBeCloseTo(10, 9); // 1/(1 − 0.9)
    expect(e.finalCost.average).toBeLessThan(0.05);
    expect(e.finalCost.sumRescaled).toBeCloseTo(e.finalCost.average, 12);
    expect(e.finalCost.sumSameAlpha).toBeGreaterThan(1e6); // α·50 = 4 > 2(1 + β) = 3.8: unstable
    expect(run.figures.forms.data).toHaveLength(4);
    const [, course, rescaled, same] = run.figures.forms.data as { x: number[] }[];
    expect(course.x).toHaveLength(61);
    expect(rescaled.x).toHaveLength(61);
    expect(same.x.length).toBeLessThan(61); // the diverging path is cut where it leaves the window
    expect(run.logs[0]).toMatch(/largest difference between the two forms/);
  });

  it('the step ratio is 1/(1 − β) for any β, and the rescaled forms still agree', async () => {
    const run = await runSnippetFile(snippet, { knobs: { beta: 0.98, learningRate: 0.02 } });
    expect(run.exports.maxDifference as number).toBeLessThan(1e-12);
    expect(run.exports.firstStepRatio as number).toBeCloseTo(50, 8);
    const half = await runSnippetFile(snippet, { knobs: { beta: 0.5 } });
    expect(half.exports.firstStepRatio as number).toBeCloseTo(2, 10);
  });
});
