import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

// The answers the chapter's Try boxes reveal, checked with the knob values each box asks for.
const run = async (file: string, knobs: Record<string, number | string> = {}) => (await runSnippetFile(new URL(file, import.meta.url), { knobs })).exports;
const percent = (x: unknown) => Math.round(100 * (x as number));

describe('softmax-vector.ts: scores times 3 and 0.1, then z₃ above 5', () => {
  it('times 3 takes the largest probability from 0.84 past 0.99; times 0.1 flattens all four into 0.18-0.32', async () => {
    expect(((await run('softmax-vector.ts')).probabilities as number[])[0]).toBeCloseTo(0.84, 2);
    expect(((await run('softmax-vector.ts', { scale: 3 })).probabilities as number[])[0]).toBeGreaterThan(0.99);
    const flat = (await run('softmax-vector.ts', { scale: 0.1 })).probabilities as number[];
    expect(Math.min(...flat)).toBeGreaterThan(0.17);
    expect(Math.max(...flat)).toBeLessThan(0.33);
  });

  it('z₃ = 5 ties with class 0 at 0.49; at 5.5 class 3 wins with 0.61 against 0.37', async () => {
    const tie = (await run('softmax-vector.ts', { z3: 5 })).probabilities as number[];
    expect(tie[3]).toBeCloseTo(tie[0], 12);
    expect(tie[0]).toBeCloseTo(0.49, 2);
    const past = await run('softmax-vector.ts', { z3: 5.5 });
    expect(past.predicted).toBe(3);
    const p = past.probabilities as number[];
    expect(p[3]).toBeCloseTo(0.61, 2);
    expect(p[0]).toBeCloseTo(0.37, 2);
  });
});

describe('decision-regions.ts: blobs, then 2, 3 and 4 hidden units on the spirals', () => {
  it('on blobs, no hidden layer gets 96% and one hidden layer 98%', async () => {
    const e = await run('decision-regions.ts', { dataset: 'blobs' });
    expect(percent(e.accuracyLinear)).toBe(96);
    expect(percent(e.accuracyCurved)).toBe(98);
  });

  it('2 units give 57% (no hidden layer: 51%), 3 give 74%, 4 give 95%', async () => {
    const two = await run('decision-regions.ts', { hiddenUnits: 2 });
    expect(percent(two.accuracyLinear)).toBe(51);
    expect(percent(two.accuracyCurved)).toBe(57);
    expect(percent((await run('decision-regions.ts', { hiddenUnits: 3 })).accuracyCurved)).toBe(74);
    expect(percent((await run('decision-regions.ts', { hiddenUnits: 4 })).accuracyCurved)).toBe(95);
  });
});

describe('gradient-check.ts: ε = 0.1 and 10⁻⁹', () => {
  it('both steps are far worse than 10⁻⁵: truncation at 0.1, rounding at 10⁻⁹', async () => {
    const best = (await run('gradient-check.ts')).largestGap as number;
    const wide = (await run('gradient-check.ts', { epsilon: 0.1 })).largestGap as number;
    const narrow = (await run('gradient-check.ts', { epsilon: 1e-9 })).largestGap as number;
    expect(best).toBeLessThan(1e-10);
    expect(wide).toBeGreaterThan(1e-4);
    expect(wide).toBeLessThan(2e-4);
    expect(narrow).toBeGreaterThan(1e-7);
    expect(narrow).toBeLessThan(1e-6);
  });
});

describe('mnist.ts: 500 and 7500 training images, and 20 epochs', () => {
  it('500 images: 76% on the test set with 90% on training; 7500: about 91%, as with 3000; 20 epochs on 3000: 92%', async () => {
    const few = await run('mnist.ts', { trainSize: 500 });
    expect(percent(few.testAccuracy)).toBe(76);
    expect(percent(few.trainAccuracy)).toBe(90);
    expect(percent((await run('mnist.ts')).testAccuracy)).toBe(91);
    expect(percent((await run('mnist.ts', { trainSize: 7500 })).testAccuracy)).toBe(91);
    expect(percent((await run('mnist.ts', { epochs: 20 })).testAccuracy)).toBe(92);
  });
});
