import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

// The answers the chapter's Try boxes reveal, checked with the knob values each box asks for. (What γ and β do to
// the histogram is checked in forward-pass.test.ts.)
const run = async (file: string, knobs: Record<string, number> = {}) => (await runSnippetFile(new URL(file, import.meta.url), { knobs })).exports;

describe('normalize-inputs.ts at range ratios 1 and 100', () => {
  it('ratio 1: the raw bowl still curves 10 times more one way, 45 steps against 2', async () => {
    const e = await run('normalize-inputs.ts', { scale: 1 });
    expect(Math.round(e.conditionRaw as number)).toBe(10);
    expect(e.stepsRaw).toBe(45);
    expect(e.stepsNormalized).toBe(2);
  });

  it('ratio 100: about 25,000 times, and 20,000 steps do not get a hundred times closer', async () => {
    const e = await run('normalize-inputs.ts', { scale: 100 });
    expect(e.conditionRaw).toBeGreaterThan(24_000);
    expect(e.conditionRaw).toBeLessThan(27_000);
    expect(e.stepsRaw).toBe(Infinity);
    expect(e.stepsNormalized).toBe(2);
  });
});

describe('with-and-without.ts with 2 and 12 hidden layers', () => {
  type Result = { finalLoss: { plain: number[]; batchNorm: number[] } };
  it('2 layers: at α = 1 the plain network trains as well as with batch norm; at α = 0.1 the gap narrows', async () => {
    const deep = ((await run('with-and-without.ts')) as unknown as Result).finalLoss;
    const shallow = ((await run('with-and-without.ts', { hiddenLayers: 2 })) as unknown as Result).finalLoss;
    expect(shallow.plain[2]).toBeCloseTo(0.059, 3);
    expect(shallow.batchNorm[2]).toBeCloseTo(0.058, 3);
    expect([deep.plain[1], deep.batchNorm[1]].map((x) => x.toFixed(3))).toEqual(['0.415', '0.045']);
    expect([shallow.plain[1], shallow.batchNorm[1]].map((x) => x.toFixed(2))).toEqual(['0.37', '0.08']);
    expect(shallow.plain[0] - shallow.batchNorm[0]).toBeGreaterThan(0.4);
  });

  it('12 layers: stuck at ln 3 at α = 1, and 0.77 against 0.17 at α = 0.01', async () => {
    const e = ((await run('with-and-without.ts', { hiddenLayers: 12 })) as unknown as Result).finalLoss;
    expect(e.plain[2]).toBeCloseTo(Math.log(3), 2);
    expect(e.plain[0]).toBeCloseTo(0.77, 2);
    expect(e.batchNorm[0]).toBeCloseTo(0.17, 2);
  });
});

describe('batch-noise.ts with mini-batches of 8 and 256', () => {
  it('0.62 and 0.09: about a seventh, a little below 1/√32', async () => {
    const small = (await run('batch-noise.ts', { batchSize: 8 })).noise as number;
    const large = (await run('batch-noise.ts', { batchSize: 256 })).noise as number;
    expect(small).toBeCloseTo(0.62, 2);
    expect(large).toBeCloseTo(0.09, 2);
    expect(Math.round(small / large)).toBe(7);
    expect(large / small).toBeLessThan(1 / Math.sqrt(32));
  });
});

describe('test-time.ts with running averages at β = 0.5 and 0.99', () => {
  it('0.5 ends near the training set (0.62 and 0.63), 0.99 far from it (0.51 and 0.45); accuracy 98% and 97%', async () => {
    const quick = await run('test-time.ts', { momentum: 0.5 });
    expect([quick.runningMean, quick.trainingSetMean].map((x) => (x as number).toFixed(2))).toEqual(['0.62', '0.63']);
    expect(Math.round(100 * (quick.accuracyRunning as number))).toBe(98);
    const slow = await run('test-time.ts', { momentum: 0.99 });
    expect([slow.runningMean, slow.trainingSetMean].map((x) => (x as number).toFixed(2))).toEqual(['0.51', '0.45']);
    expect(Math.round(100 * (slow.accuracyRunning as number))).toBe(97);
    expect(Math.round(100 * ((await run('test-time.ts')).accuracyRunning as number))).toBe(98);
  });
});

describe('layer-inputs.ts for other units', () => {
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const spread = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));
  /** Mean and spread of each recorded epoch (1, 5, 20, 60), without and with batch norm, and the two drifts. */
  const unit = async (unit: number) => {
    const r = await runSnippetFile(new URL('./layer-inputs.ts', import.meta.url), { knobs: { unit } });
    const epochs = (id: string) => (r.figures[id].data as { x: number[] }[]).map((t) => ({ mean: mean(t.x), spread: spread(t.x) }));
    return { plain: epochs('plain'), normalized: epochs('batchNorm'), drift: r.exports.driftPlain as number, driftNormalized: r.exports.driftWithBatchNorm as number };
  };

  it('unit 2 drifts up, unit 0 down, unit 3 up then below its start; spreads grow; moves from 1.2 (unit 1) to 9.2 (unit 10) spreads', async () => {
    const [u0, u1, u2, u3, u10] = [await unit(0), await unit(1), await unit(2), await unit(3), await unit(10)];
    expect(u2.plain[3].mean).toBeGreaterThan(u2.plain[0].mean);
    expect(u0.plain[3].mean).toBeLessThan(u0.plain[0].mean);
    expect(u3.plain[1].mean).toBeGreaterThan(u3.plain[0].mean);
    expect(u3.plain[3].mean).toBeLessThan(u3.plain[0].mean);
    for (const u of [u0, u1, u2, u3, u10]) {
      expect(u.plain[3].spread).toBeGreaterThan(u.plain[0].spread);
      expect(u.driftNormalized).toBeLessThan(0.3);
      for (const epoch of u.normalized) expect(Math.abs(epoch.mean)).toBeLessThan(0.1);
    }
    expect(u1.drift).toBeCloseTo(1.2, 1);
    expect(u10.drift).toBeCloseTo(9.2, 1);
  }, 120_000);
});
