import { describe, expect, it } from 'vitest';
import { formulaHover } from '@snippet';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./temperatures.ts', import.meta.url);

type Hover = { customdata: string[]; hovertemplate: string };
const numbers = (line: string) => [...line.matchAll(/=\s*([\d.]+)\s*×\s*([\d.]+)\s*\+\s*([\d.]+)\s*×\s*([\d.]+)\s*=\s*([\d.]+)/g)][0].slice(1).map(Number);

describe('temperatures.ts: hovering a day of your curve shows the update with that day\'s numbers', () => {
  it('formulaHover puts one text per point in customdata and shows only it', () => {
    const hover = formulaHover(['a', ['b', 'c']]);
    expect(hover.customdata).toEqual(['a', 'b<br>c']);
    expect(hover.hovertemplate).toBe('%{customdata}<extra></extra>');
  });

  it('day t reads v_t = β × v_(t-1) + (1 − β) × θ_t with the numbers the curve uses', async () => {
    const run = await runSnippetFile(snippet, { knobs: { oneMinusBeta: 0.1 } });
    const yours = (run.figures.temperatures.data as ({ y: number[]; name: string } & Partial<Hover>)[])[1];
    expect(yours.hovertemplate).toBe('%{customdata}<extra></extra>');
    expect(yours.customdata).toHaveLength(yours.y.length);
    const theta = (run.figures.temperatures.data[0] as { y: number[] }).y;
    for (const day of [0, 1, 100, 365]) {
      const [beta, previous, oneMinusBeta, value, result] = numbers(yours.customdata![day]);
      expect(beta).toBe(0.9);
      expect(oneMinusBeta).toBe(0.1);
      expect(value).toBeCloseTo(theta[day], 2);
      expect(previous).toBeCloseTo(day === 0 ? 0 : yours.y[day - 1], 2);
      expect(result).toBeCloseTo(yours.y[day], 2);
      expect(Math.abs(beta * previous + oneMinusBeta * value - result)).toBeLessThan(0.01);
    }
  });

  it('with bias correction the label adds the division by 1 − β^t', async () => {
    const run = await runSnippetFile(snippet, { knobs: { oneMinusBeta: 0.1, biasCorrection: true } });
    const yours = (run.figures.temperatures.data as ({ y: number[] } & Hover)[])[1];
    const [, , correction] = yours.customdata[2].split('<br>');
    const [, divided, divisor, shown] = /=\s*([\d.]+)\s*\/\s*([\d.]+)\s*=\s*([\d.]+)/.exec(correction)!.map(Number);
    expect(divisor).toBeCloseTo(1 - 0.9 ** 3, 2);
    expect(shown).toBeCloseTo(yours.y[2], 2);
    expect(divided / divisor).toBeCloseTo(shown, 1);
  });
});
