import { describe, expect, it } from 'vitest';
import { splitAtQquad } from './math-rows';

describe('splitAtQquad: the parts of a display formula set side by side', () => {
  it('splits at each top-level \\qquad, keeping each part\'s punctuation', () => {
    expect(splitAtQquad(String.raw`\mu = \frac{1}{m}\sum_i z^{(i)}, \qquad \sigma^2 = \frac{1}{m}, \qquad z`)).toEqual([
      String.raw`\mu = \frac{1}{m}\sum_i z^{(i)},`,
      String.raw`\sigma^2 = \frac{1}{m},`,
      'z',
    ]);
  });

  it('leaves a formula whole where its \\qquad is inside braces, \\left…\\right or an environment', () => {
    for (const tex of [
      String.raw`a = \text{this \qquad that}`,
      String.raw`\left( a \qquad b \right)`,
      String.raw`\begin{aligned} a &= 1, \qquad b &= 2 \\ c &= 3 \end{aligned}`,
      String.raw`x \rightarrow y`,
    ]) expect(splitAtQquad(tex)).toEqual([tex]);
  });

  it('does not count an escaped brace or \\\\ as nesting', () => {
    expect(splitAtQquad(String.raw`\{a\} \qquad b \\ c`)).toEqual([String.raw`\{a\}`, String.raw`b \\ c`]);
  });

  it('keeps \\rightarrow from being read as \\right', () => {
    expect(splitAtQquad(String.raw`\left( x \right) \rightarrow y \qquad z`)).toEqual([String.raw`\left( x \right) \rightarrow y`, 'z']);
  });
});
