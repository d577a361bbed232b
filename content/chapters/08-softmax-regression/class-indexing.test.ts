/**
 * One convention for class indices in this chapter: classes are numbered 0 to C − 1, in the prose, the
 * exercises and the snippets (as the engine and every array do), never 1 to C.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const here = new URL('./', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, here), 'utf8');
const texts: [string, string][] = [
  ['index.mdx', read('index.mdx')],
  ...readdirSync(new URL('exercises/', here), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).flatMap((name) =>
    ['instructions.mdx', 'cases.ts', 'solution.ts'].map((file): [string, string] => [`exercises/${name}/${file}`, read(`exercises/${name}/${file}`)])),
  ...readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f): [string, string] => [f, read(f)]),
];

describe('class indices run from 0 to C − 1', () => {
  it.each(texts)('%s: sums over classes start at 0, and no class index reaches C', (_name, text) => {
    // A sum over the classes from 1 to C (examples, i = 1..m, are the course's own convention and stay).
    expect(text).not.toMatch(/\\sum_\{j=1\}\^\{C\}/);
    // With C = 4 (the course's example) the last score is z₃; with C = 2 the scores are z₀ and z₁.
    expect(text).not.toMatch(/z₄|z_4|z_\{4\}/);
  });

  it('the two-class case names its classes 0 and 1', () => {
    const prose = read('index.mdx');
    const twoClassSection = prose.slice(prose.indexOf('### Two classes'), prose.indexOf('## Decision regions'));
    const twoClassHint = read('exercises/cross-entropy-gradient/cases.ts').split('\n').filter((line) => line.includes('two classes')).join('\n');
    for (const text of [twoClassSection, read('two-classes.ts'), twoClassHint]) {
      expect(text.length).toBeGreaterThan(20);
      expect(text).not.toMatch(/[zŷ]₂|\\hat y_2|z_2\b/);
    }
    expect(twoClassSection).toMatch(/\\hat y_0 &?= /);
  });

  it("the snippets' figures and knobs name classes 0 to C − 1", async () => {
    const softmaxRun = await runSnippetFile(new URL('softmax-vector.ts', here));
    expect((softmaxRun.figures.softmax.data[0] as { x: string[] }).x).toEqual(['class 0', 'class 1', 'class 2', 'class 3']);
    expect(softmaxRun.knobs.find((k) => k.name === 'z3')).toMatchObject({ options: { label: 'z₃ (the last score)' } });
    const twoRun = await runSnippetFile(new URL('two-classes.ts', here));
    expect(twoRun.knobs.map((k) => k.name)).toEqual(['z1']);
    expect((twoRun.figures.c2.data[0] as { name: string }).name).toBe('softmax, ŷ₀');
  });
});
