import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./stable-learning-rate.ts', import.meta.url);

type Limits = { gd: number; averaging: number[]; sum: number[] };

describe('stable-learning-rate', () => {
  it('measures the largest stable α of each optimizer and matches 2/λ, 2(1+β)/((1−β)λ) and 2(1+β)/λ within 1%', async () => {
    const run = await runSnippetFile(snippet);
    const measured = run.exports.measured as Limits, formula = run.exports.formula as Limits;
    expect(measured.gd / formula.gd).toBeGreaterThan(0.99);
    expect(measured.gd / formula.gd).toBeLessThanOrEqual(1);
    measured.averaging.forEach((a, k) => expect(Math.abs(a / formula.averaging[k] - 1)).toBeLessThan(0.01));
    measured.sum.forEach((a, k) => expect(Math.abs(a / formula.sum[k] - 1)).toBeLessThan(0.01));
    // The chapter's claim: at β = 0.9 the averaging form is stable at about 19 times gradient descent's α.
    expect(run.exports.stableRatio as number).toBeGreaterThan(18.8);
    expect(run.exports.stableRatio as number).toBeLessThan(19.2);
    expect(run.exports.averagingFormula).toBeCloseTo(0.76, 12);
    expect(run.exports.sumFormula).toBeCloseTo(0.076, 12);
    expect(run.figures.limits.data).toHaveLength(5);
  });
});
