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

  it('keeps a long formula breakable, moving only its last box into the span with the mark', () => {
    const base = (name: string): Element => ({ type: 'element', tagName: 'span', properties: { className: ['base'], id: name }, children: [] });
    const formula = (tex: string): Element => ({
      type: 'element', tagName: 'span', properties: { className: ['katex'] }, children: [
        { type: 'element', tagName: 'span', properties: { className: ['katex-mathml'] }, children: [{ type: 'element', tagName: 'annotation', properties: {}, children: [{ type: 'text', value: tex }] }] },
        { type: 'element', tagName: 'span', properties: { className: ['katex-html'] }, children: [base('first'), base('second'), base('last')] },
      ],
    });
    const long = formula(String.raw`\alpha = \frac{1}{1 + \text{decay\_rate} \cdot \text{epoch}}\,\alpha_0`);
    const tree = paragraph(long, { type: 'text', value: ', then' });
    rehypeMathPunctuation()(tree);
    const [kept, nobr, rest] = (tree.children[0] as Element).children as Element[];
    // The formula stays where it was, whole for screen readers (its MathML), with its first boxes free to break.
    expect(kept).toBe(long);
    expect((kept.children[1] as Element).children.map((c) => (c as Element).properties.id)).toEqual(['first', 'second']);
    expect(kept.children[0]).toMatchObject({ properties: { className: ['katex-mathml'] } });
    // Its last box sits with the comma in the unbreakable span, in a .katex of its own that screen readers skip.
    expect(nobr.properties.className).toEqual(['math-nobr']);
    const [tail, mark] = nobr.children as [Element, { value: string }];
    expect(tail.properties).toMatchObject({ className: ['katex', 'math-tail'], ariaHidden: 'true' });
    expect(((tail.children[0] as Element).children[0] as Element).properties.id).toBe('last');
    expect(mark.value).toBe(',');
    expect(rest).toMatchObject({ type: 'text', value: ' then' });
    // A short one is kept whole.
    expect(wrapped(paragraph(formula('a = b'), { type: 'text', value: ',' }))[0]).toBe('[math|,]');
  });

  it('leaves a formula followed by a word or a space alone', () => {
    expect(wrapped(paragraph(math(), { type: 'text', value: ' and' }))).toEqual(['[x]', ' and']); // [x]: the formula, unwrapped
  });
});
