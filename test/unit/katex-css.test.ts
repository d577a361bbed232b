// The page's KaTeX stylesheet (src/layouts/Base.astro imports katex/dist/katex.min.css) must be the one
// for the KaTeX that renders the maths (rehype-katex's own dependency): KaTeX renames its classes between
// versions, and a stylesheet of another version leaves exponents full size and breaks lines inside formulas.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const renderingKatex = createRequire(require.resolve('rehype-katex')).resolve('katex');
const katex = require(renderingKatex) as { renderToString(tex: string, options: { displayMode: boolean }): string };
const css = readFileSync(require.resolve('katex/dist/katex.min.css'), 'utf8');

describe('KaTeX stylesheet', () => {
  it('has rules for the classes that size exponents and keep a formula on one line', () => {
    const markup = ['v_t = \\beta v_{t-1} + (1 - \\beta)\\theta_t', '\\hat z^{(i)} = \\gamma z_{\\text{norm}}^{(i)} + \\beta', '\\frac{v_t}{1-\\beta^t}', '\\sqrt{\\sigma^2+\\varepsilon}']
      .map((tex) => katex.renderToString(tex, { displayMode: true }))
      .join('');
    const written = new Set([...markup.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)));
    for (const name of ['base', 'sizing', 'reset-size6', 'size3', 'vlist-t', 'msupsub']) {
      expect(written.has(name), `the renderer writes .${name}`).toBe(true);
      expect(css.includes(`.${name}{`) || css.includes(`.${name},`) || css.includes(`.${name} `) || css.includes(`.${name}.`) || css.includes(`.${name}>`), `the stylesheet styles .${name}`).toBe(true);
    }
  });
});
