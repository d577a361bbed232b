import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

// The answers the chapter's Try boxes reveal, checked with the knob values each box asks for.
const run = (file: string, knobs: Record<string, number | boolean> = {}) => runSnippetFile(new URL(file, import.meta.url), { knobs });
type Curve = { y: number[]; name: string };
/** The bold curve, drawn second (after the data, before the course's thin ones). */
const yourCurve = async (knobs: Record<string, number | boolean>) =>
  ((await run('temperatures.ts', knobs)).figures.temperatures.data as Curve[])[1].y;

describe('temperatures.ts: 1 − β = 0.3 and 0.005, then bias correction', () => {
  it('0.3 follows the weather two days late at a third of its jumpiness; 0.005 peaks in late October, a month after 0.98', async () => {
    const quick = (await run('temperatures.ts', { oneMinusBeta: 0.3 })).exports;
    expect(quick.yourLag).toBe(2);
    expect(quick.yourRoughness as number / (quick.roughnessOfData as number)).toBeCloseTo(1 / 3, 1);
    const slow = await run('temperatures.ts', { oneMinusBeta: 0.005 });
    expect(slow.exports.yourRoughness).toBeLessThan(0.05);
    const curves = slow.figures.temperatures.data as Curve[];
    const peakDay = (y: number[]) => y.indexOf(Math.max(...y));
    const peak995 = peakDay(curves[1].y), peak98 = peakDay(curves.find((c) => c.name === 'β = 0.98')!.y);
    expect(peak995).toBeGreaterThanOrEqual(288); // 2012-10-15 is day 288 counting from 0
    expect(peak995).toBeLessThan(305); // before November
    expect(peak995 - peak98).toBeGreaterThanOrEqual(25);
  });

  it('with the correction, 0.995 still differs at the end of the year; 0.5 is back within a week', async () => {
    const [plain, corrected] = [await yourCurve({ oneMinusBeta: 0.005 }), await yourCurve({ oneMinusBeta: 0.005, biasCorrection: true })];
    expect(plain[13]).toBeLessThan(1);
    expect(Math.round(corrected[13])).toBe(8);
    expect(Math.round(plain[365])).toBe(13);
    expect(Math.round(corrected[365])).toBe(15);
    const [half, halfCorrected] = [await yourCurve({ oneMinusBeta: 0.5 }), await yourCurve({ oneMinusBeta: 0.5, biasCorrection: true })];
    expect(Math.abs(half[6] - halfCorrected[6])).toBeLessThan(0.1);
  });
});

describe('weights.ts at β = 0.95', () => {
  it('20 days carry 63% of the weight; after them a weight has shrunk to about 0.36', async () => {
    const e = (await run('weights.ts', { oneMinusBeta: 0.05 })).exports;
    expect(e.daysForMostWeight).toBe(20);
    expect(e.oneOverOneMinusBeta).toBeCloseTo(20, 9);
    expect(e.shrinkAfterWindow).toBeCloseTo(0.36, 2);
  });
});

describe('bias-correction.ts at β = 0.9 and 0.999', () => {
  it('0.9: 4.7 °C too low over twenty days, corrected within 0.1 °C from day 44; 0.999: 9.1 °C, and still after four years', async () => {
    const fast = (await run('bias-correction.ts', { oneMinusBeta: 0.1 })).exports;
    expect(fast.gapRawFirstWeeks).toBeCloseTo(4.7, 1);
    expect(fast.dayCorrectionFades).toBe(44);
    const slow = (await run('bias-correction.ts', { oneMinusBeta: 0.001 })).exports;
    expect(slow.firstDayRaw).toBeCloseTo(0.013, 3);
    expect(Math.round(slow.firstDayTheta as number)).toBe(13);
    expect(slow.gapRawFirstWeeks).toBeCloseTo(9.1, 1);
    expect(slow.dayCorrectionFades).toBe(Infinity);
  });
});
