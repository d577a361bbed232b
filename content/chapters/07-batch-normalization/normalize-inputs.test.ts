import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./normalize-inputs.ts', import.meta.url);


describe('normalize-inputs', () => {
  it('normalizing makes the bowl round and gradient descent fast', async () => {
    const run = await runSnippetFile(snippet);
    const e = run.exports as Record<string, number>;
    expect(e.conditionRaw).toBeGreaterThan(100);
    expect(e.conditionNormalized).toBeLessThan(1.2);
    expect(e.stepsNormalized).toBeLessThanOrEqual(5);
    expect(e.stepsRaw).toBeGreaterThan(100 * e.stepsNormalized);
    for (const id of ['raw', 'normalized']) {
      expect(run.figures[id].data).toHaveLength(2);
      expect((run.figures[id].data[1] as { x: number[] }).x).toHaveLength(31);
    }
  });

  it('even equal ranges leave an elongated bowl when the features are not centred', async () => {
    const run = await runSnippetFile(snippet, { knobs: { scale: 1 } });
    const e = run.exports as Record<string, number>;
    expect(e.conditionRaw).toBeGreaterThan(5);
    expect(e.conditionNormalized).toBeLessThan(1.2);
    expect(e.stepsRaw).toBeGreaterThan(e.stepsNormalized);
  });

  it('a larger range of x₂ stretches the raw bowl further', async () => {
    const run = await runSnippetFile(snippet, { knobs: { scale: 100 } });
    const e = run.exports as Record<string, number>;
    expect(e.conditionRaw).toBeGreaterThan(10_000);
    expect(e.stepsRaw).toBe(Infinity);
    expect(e.conditionNormalized).toBeLessThan(1.2);
  });

  it('the prose and the code name the same units for the default range ratio of 10', async () => {
    const { readFileSync } = await import('node:fs');
    const prose = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
    const code = readFileSync(new URL('./normalize-inputs.ts', import.meta.url), 'utf8');
    const run = await runSnippetFile(snippet);
    const scale = run.knobs.find((k) => k.name === 'scale');
    expect(scale?.value).toBe(10); // a decimetre is a tenth of a metre
    for (const text of [prose, code]) {
      expect(text).toMatch(/metres/);
      expect(text).toMatch(/decimetres/);
      expect(text).not.toMatch(/centimetres/);
    }
  });
});
