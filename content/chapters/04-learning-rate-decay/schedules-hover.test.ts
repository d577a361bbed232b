import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./schedules.ts', import.meta.url);
type Trace = { x: number[]; y: number[]; customdata: string[] };

describe('schedules.ts: hovering a point shows its schedule\'s rule with that epoch\'s numbers', () => {
  it('each rule, evaluated as written, gives the α the curve shows', async () => {
    const run = await runSnippetFile(snippet, { knobs: { alpha0: 0.2, decayRate: 1 } });
    const traces = run.figures.schedules.data as Trace[];
    expect(traces).toHaveLength(6);
    expect(traces[0].customdata[3]).toBe('epoch 3<br>α = α0 / (1 + 1 · 3) = 0.2 / 4 = 0.05');
    expect(traces[1].customdata[2]).toBe('epoch 2<br>α = 0.95^2 · α0 = 0.9025 × 0.2 = 0.1805');
    expect(traces[3].customdata[25]).toBe('epoch 25<br>α = 0.5^⌊25/10⌋ · α0 = 0.25 × 0.2 = 0.05');
    expect(traces[5].customdata[36]).toBe('epoch 36<br>α = α0 / 20 = 0.01');
    for (const trace of traces) {
      trace.customdata.forEach((text, e) => {
        const shown = Number(text.split(' = ').at(-1));
        expect(shown).toBeCloseTo(trace.y[e], 4);
      });
    }
  });
});
