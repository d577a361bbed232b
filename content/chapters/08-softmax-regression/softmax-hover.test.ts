import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./softmax-vector.ts', import.meta.url);
type Trace = { y: number[]; customdata?: string[] };

describe('softmax-vector.ts: hovering a probability bar shows ŷ_i = e^z_i / Σ e^z with the numbers', () => {
  it('the course example: class 0 gets e^5 / Σ e^z', async () => {
    const run = await runSnippetFile(snippet);
    const [, probabilities] = run.figures.softmax.data as Trace[];
    const t = run.exports.exponentials as number[];
    const total = run.exports.expSum as number;
    expect(probabilities.customdata![0]).toBe(`ŷ0 = e^z0 / Σ e^z = e^5 / ${total.toFixed(2)} = ${t[0].toFixed(2)} / ${total.toFixed(2)} = ${probabilities.y[0].toFixed(3)}`);
    probabilities.customdata!.forEach((text, i) => expect(Number(text.split(' = ').at(-1))).toBeCloseTo(t[i] / total, 3));
  });
});
