import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./schedules.ts', import.meta.url);

describe('schedules', () => {
  it("plots all six schedules and reproduces the lecture's table 0.1, 0.067, 0.05, 0.04", async () => {
    const run = await runSnippetFile(snippet);
    const table = run.exports.lectureTable as number[];
    expect(table.map((a) => a.toFixed(3))).toEqual(['0.100', '0.067', '0.050', '0.040']);
    // The engine counts epochs from 0: its first epoch trains at α0, the lecture's first (epoch_num 1) at α0/2.
    expect(run.exports.firstEpochAlpha).toBe(0.2);
    expect(table[0]).toBe((run.exports.firstEpochAlpha as number) / 2);
    const traces = run.figures.schedules.data as { x: number[]; y: number[] }[];
    expect(traces).toHaveLength(6);
    for (const t of traces) {
      expect(t.y).toHaveLength(51);
      expect(t.y[0]).toBeCloseTo(0.2, 12); // every schedule starts at α0
      for (let e = 1; e < t.y.length; e++) expect(t.y[e]).toBeLessThanOrEqual(t.y[e - 1]); // and never rises
    }
    // at epoch 10, with α0 = 0.2 and decay rate 1
    const at10 = run.exports.alphasAt10 as number[];
    expect(at10[0]).toBeCloseTo(0.2 / 11, 12);
    expect(at10[1]).toBeCloseTo(0.2 * 0.95 ** 10, 12);
    expect(at10[2]).toBeCloseTo(0.2 / Math.sqrt(11), 12);
    expect(at10[3]).toBeCloseTo(0.1, 12); // halved once
    expect(at10[4]).toBeCloseTo(0.1, 12); // 0.2 / (1 + 1)
    expect(at10[5]).toBeCloseTo(0.2, 12); // manual: still the first stage
    const final = run.exports.finalAlphas as number[];
    expect(final[5]).toBeCloseTo(0.01, 12); // manual's last stage, α0/20
    expect(final[0]).toBeLessThan(final[1]); // 1/(1 + 50) falls below 0.95^50 ≈ 0.077
    expect(run.logs[0]).toBe('lecture table, α0 = 0.2, decay rate 1: 0.100, 0.067, 0.050, 0.040');
  });

  it('a smaller decay rate keeps α high for longer; the log toggle switches the axis', async () => {
    const run = await runSnippetFile(snippet, { knobs: { decayRate: 0.1, epochs: 100, logScale: true } });
    const final = run.exports.finalAlphas as number[];
    expect(final[0]).toBeCloseTo(0.2 / 11, 12); // α0 / (1 + 0.1 · 100)
    expect(final[4]).toBeCloseTo(0.2 / 2, 12); // α0 / (1 + 0.1 · 10)
    expect((run.figures.schedules.layout.yaxis as { type: string }).type).toBe('log');
    expect((run.figures.schedules.data[0] as { y: number[] }).y).toHaveLength(101);
  });
});
