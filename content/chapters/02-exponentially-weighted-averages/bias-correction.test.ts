import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./bias-correction.ts', import.meta.url);

type Exports = { firstDayTheta: number; firstDayRaw: number; firstDayCorrected: number; gapRawFirstWeeks: number; gapCorrectedFirstWeeks: number; dayCorrectionFades: number };

describe('bias-correction.ts: v/(1 - βᵗ) fixes the start of the average', () => {
  const fades = new Map<number, number>();

  it('β = 0.98: uncorrected v starts at 2% of the first day; corrected v starts on it and tracks the data', async () => {
    const r = await runSnippetFile(snippet);
    const e = r.exports as Exports;
    expect(e.firstDayRaw).toBeCloseTo(0.02 * e.firstDayTheta, 10);
    expect(e.firstDayCorrected).toBeCloseTo(e.firstDayTheta, 10);
    expect(e.gapRawFirstWeeks).toBeGreaterThan(5); // °C below a plain average over days 1-20
    expect(e.gapCorrectedFirstWeeks).toBeLessThan(0.5);
    fades.set(0.98, e.dayCorrectionFades);
    const traces = r.figures.start.data as { y: number[] }[];
    expect(traces).toHaveLength(3);
    for (const trace of traces) expect(trace.y).toHaveLength(120);
  });

  it('β = 0.9 and 0.5: the correction matters less and fades sooner', async () => {
    const r9 = (await runSnippetFile(snippet, { knobs: { oneMinusBeta: 0.1 } })).exports as Exports;
    const r5 = (await runSnippetFile(snippet, { knobs: { oneMinusBeta: 0.5 } })).exports as Exports;
    expect(r9.firstDayRaw).toBeCloseTo(0.1 * r9.firstDayTheta, 10);
    expect(r9.gapCorrectedFirstWeeks).toBeLessThan(r9.gapRawFirstWeeks / 3);
    expect(r5.dayCorrectionFades).toBeLessThan(r9.dayCorrectionFades);
    expect(r9.dayCorrectionFades).toBeLessThan(fades.get(0.98)!);
    // βᵗ·v̂ < 0.1 °C takes a few multiples of 1/(1 - β) days
    expect(r9.dayCorrectionFades).toBeGreaterThan(20);
    expect(r9.dayCorrectionFades).toBeLessThan(60);
    expect(fades.get(0.98)).toBeGreaterThan(150);
    expect(fades.get(0.98)).toBeLessThan(350);
  });

  it('β = 0.999 still needs the correction after four years of data', async () => {
    const r = await runSnippetFile(snippet, { knobs: { oneMinusBeta: 0.001 } });
    expect((r.exports as Exports).dayCorrectionFades).toBe(Infinity);
    expect(r.logs.at(-1)).toContain('still matters');
  });
});
