/**
 * Keeps the punctuation that follows an inline formula on the formula's line. Chromium may break a line
 * between KaTeX's boxes and the text after them, so a comma, a full stop or a Chinese "；" could start the
 * next line on its own. Runs after rehype-katex: the formula and the punctuation mark (up to the first
 * space) are wrapped in one `<span class="math-nobr">`, which does not break.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';

/** Punctuation that must not start a line, Latin and CJK, up to the first space or other character. */
const CLOSING = /^[,.;:!?)\]’”，。；：！？）」』、]+/;

const isInlineMath = (node: ElementContent): node is Element => {
  if (node.type !== 'element' || node.tagName !== 'span') return false;
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes('katex');
};

export function rehypeMathPunctuation() {
  return (tree: Root) => {
    visit(tree, 'element', (parent: Element) => {
      if (Array.isArray(parent.properties.className) && parent.properties.className.includes('math-nobr')) return;
      for (let i = 0; i < parent.children.length - 1; i++) {
        const math = parent.children[i];
        const next = parent.children[i + 1];
        if (!isInlineMath(math) || next.type !== 'text') continue;
        const mark = CLOSING.exec(next.value)?.[0];
        if (!mark) continue;
        const rest: Text = { type: 'text', value: next.value.slice(mark.length) };
        const kept: Element = { type: 'element', tagName: 'span', properties: { className: ['math-nobr'] }, children: [math, { type: 'text', value: mark }] };
        parent.children.splice(i, 2, ...(rest.value ? [kept, rest] : [kept]));
      }
    });
  };
}
