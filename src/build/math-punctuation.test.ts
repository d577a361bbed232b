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

  it('leaves a formula followed by a word or a space alone', () => {
    expect(wrapped(paragraph(math(), { type: 'text', value: ' and' }))).toEqual(['[x]', ' and']); // [x]: the formula, unwrapped
  });
});
