/** The editor's declarations, generated from the engine's and runtime's source. */
import { describe, expect, it } from 'vitest';
import { generateSnippetTypes, widenLongLiterals } from '../../src/build/snippet-types';

describe('generateSnippetTypes()', () => {
  const { files } = generateSnippetTypes(process.cwd());

  it('declares the engine barrel and the snippet API with their doc comments', () => {
    expect(files['engine/index.d.ts']).toContain("export { Tensor } from './tensor'");
    expect(files['engine/tensor.d.ts']).toContain('An n-dimensional array');
    const snippet = files['runtime/snippet.d.ts'];
    for (const name of ['knob', 'choice', 'toggle', 'liveKnob', 'plot', 'progress', 'tick', 'parallel']) {
      expect(snippet).toContain(`export declare function ${name}`);
    }
    expect(snippet).toContain('A numeric parameter the reader can change with a slider');
    expect(files['node_modules/@types/plotly.js/index.d.ts']).toContain('export type Data');
  });

  it('keeps bundled data sets out of the declarations', () => {
    const total = Object.values(files).reduce((sum, text) => sum + text.length, 0);
    expect(total).toBeLessThan(1_000_000);
  });
});

describe('widenLongLiterals()', () => {
  it('turns long literal consts into their base type and leaves short ones', () => {
    const long = 'x'.repeat(500);
    expect(widenLongLiterals(`export declare const data = "${long}";\ndeclare const name = "adam";`))
      .toBe('export declare const data: string;\ndeclare const name = "adam";');
  });
});
