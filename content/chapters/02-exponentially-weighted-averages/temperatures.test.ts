import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./temperatures.ts', import.meta.url);

type Exports = { roughnessByBeta: number[]; lagByBeta: number[]; roughnessOfData: number; yourRoughness: number; yourLag: number };

describe('temperatures.ts: Seattle 2012 daily highs smoothed with β = 0.5, 0.9, 0.98', () => {
  it('larger β is smoother (smaller day-to-day change) but lags further behind', async () => {
    const r = await runSnippetFile(snippet);
    const e = r.exports as Exports;
    const [r5, r9, r98] = e.roughnessByBeta;
    expect(r5).toBeLessThan(e.roughnessOfData);
    expect(r9).toBeLessThan(r5 / 2);
    expect(r98).toBeLessThan(r9 / 2);
    const [l5, l9, l98] = e.lagByBeta;
    expect(l5).toBeLessThan(l9);
    expect(l9).toBeLessThan(l98);
    // The lag is of the order of the mean age of the weights, β/(1-β) = 1, 9, 49 days
    // (less for 0.98: the seasonal curve bends within its window).
    expect(l5).toBeLessThanOrEqual(2);
    expect(Math.abs(l9 - 9)).toBeLessThanOrEqual(3);
    expect(l98).toBeGreaterThanOrEqual(25);
    expect(l98).toBeLessThanOrEqual(55);
    // the reader's β (default 0.9) is the middle curve
    expect(e.yourLag).toBe(l9);
    const traces = r.figures.temperatures.data as { y: number[]; name: string; line?: { width: number } }[];
    expect(traces).toHaveLength(5);
    for (const t of traces) expect(t.y).toHaveLength(366);
    // The bold curve is drawn first, so the thin β = 0.9 it equals here is drawn over it and stays in sight.
    const [, yours, ...course] = traces;
    expect(yours.name).toMatch(/^your β = 0\.900$/);
    expect(course.map((t) => t.name)).toEqual(['β = 0.5', 'β = 0.9', 'β = 0.98']);
    expect(yours.line!.width).toBeGreaterThan(course[1].line!.width);
    expect(course[1].y).toEqual(yours.y);
  });

  it('the knob moves the bold curve: 1 - β = 0.02 gives β = 0.98, smoother and later', async () => {
    const r = await runSnippetFile(snippet, { knobs: { oneMinusBeta: 0.02 } });
    const e = r.exports as Exports;
    expect(e.yourLag).toBe(e.lagByBeta[2]);
    expect(e.yourRoughness).toBeCloseTo(e.roughnessByBeta[2], 10);
  });

  it('without bias correction the average starts near 0 °C; with it, at the first day', async () => {
    const off = await runSnippetFile(snippet);
    const on = await runSnippetFile(snippet, { knobs: { biasCorrection: true } });
    const first = (run: typeof off, name: string) => (run.figures.temperatures.data as { y: number[]; name: string }[]).find((t) => t.name === name)!.y[0];
    const theta0 = (off.figures.temperatures.data[0] as { y: number[] }).y[0];
    const [v98Off, v98On] = [first(off, 'β = 0.98'), first(on, 'β = 0.98')];
    expect(v98Off).toBeCloseTo(0.02 * theta0, 10);
    expect(v98On).toBeCloseTo(theta0, 10);
  });
});
