import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { rehypeMathPunctuation } from './math-punctuation';

const math = (): Element => ({ type: 'element', tagName: 'span', properties: { className: ['katex'] }, children: [{ type: 'text', value: 'x' }] });
const paragraph = (...children: Element['children']): Root => ({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children }] });
const wrapped = (tree: Root) => {
  rehypeMathPunctuation()(tree);
  return (tree.children[0] as Element).children.map((c) => (c.type === 'text' ? c.value : `[${(c as Element).children.map((k) => (k.type === 'text' ? k.value : 'math')).join('|')}]`));
};

describe('rehypeMathPunctuation: punctuation after an inline formula stays on its line', () => {
  it('wraps the formula with the marks that follow it, up to the first other character', () => {
    expect(wrapped(paragraph(math(), { type: 'text', value: ', so the cost' }))).toEqual(['[math|,]', ' so the cost']);
    expect(wrapped(paragraph({ type: 'text', value: '取 ' }, math(), { type: 'text', value: '；然后' }))).toEqual(['取 ', '[math|；]', '然后']);
    expect(wrapped(paragraph(math(), { type: 'text', value: ').' }))).toEqual(['[math|).]']);
  });

  it('leaves a long formula with breaks of its own breakable, so it still fits a phone', () => {
    const base = (): Element => ({ type: 'element', tagName: 'span', properties: { className: ['base'] }, children: [] });
    const formula = (tex: string): Element => ({
      type: 'element', tagName: 'span', properties: { className: ['katex'] }, children: [
        { type: 'element', tagName: 'span', properties: { className: ['katex-mathml'] }, children: [{ type: 'element', tagName: 'annotation', properties: {}, children: [{ type: 'text', value: tex }] }] },
        { type: 'element', tagName: 'span', properties: { className: ['katex-html'] }, children: [base(), base()] },
      ],
    });
    expect(wrapped(paragraph(formula(String.raw`\alpha = \frac{1}{1 + \text{decay\_rate} \cdot \text{epoch}}\,\alpha_0`), { type: 'text', value: ',' }))[0])
      .toBe('[math|math]'); // the formula itself (its two parts), not wrapped
    expect(wrapped(paragraph(formula('a = b'), { type: 'text', value: ',' }))[0]).toBe('[math|,]');
  });

  it('leaves a formula followed by a word or a space alone', () => {
    expect(wrapped(paragraph(math(), { type: 'text', value: ' and' }))).toEqual(['[x]', ' and']); // [x]: the formula, unwrapped
  });
});
