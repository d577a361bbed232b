/**
 * Keeps the punctuation that follows an inline formula on the formula's line. Chromium may break a line
 * between KaTeX's boxes and the text after them, so a comma, a full stop or a Chinese "；" could start the
 * next line on its own. Runs after rehype-katex: the formula and the punctuation mark (up to the first
 * space) are wrapped in one `<span class="math-nobr">`, which does not break. Only a formula that is short
 * or has no break of its own is wrapped: a long one must still break between its parts on a phone
 * (Chromium takes the break after the formula from KaTeX's own boxes, so no style can keep the one and
 * allow the others).
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';

/** Punctuation that must not start a line, Latin and CJK, up to the first space or other character. */
const CLOSING = /^[,.;:!?)\]’”，。；：！？）」』、]+/;

/** A formula up to this many characters of TeX is narrow enough never to need a break inside on a phone. */
export const SHORT_TEX = 24;

const hasClass = (node: ElementContent, name: string): node is Element =>
  node.type === 'element' && Array.isArray(node.properties.className) && node.properties.className.includes(name);

function texOf(node: ElementContent): string {
  if (node.type !== 'element') return '';
  if (node.tagName === 'annotation') return node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
  return node.children.map(texOf).join('');
}

/** Whether the formula may be kept whole: short, or KaTeX set it as one unbreakable box anyway. */
function keepsWhole(math: Element): boolean {
  const html = math.children.find((c) => hasClass(c, 'katex-html'));
  const boxes = html?.type === 'element' ? html.children.filter((c) => hasClass(c, 'base')).length : 0;
  return boxes <= 1 || texOf(math).trim().length <= SHORT_TEX;
}

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
        if (!isInlineMath(math) || next.type !== 'text' || !keepsWhole(math)) continue;
        const mark = CLOSING.exec(next.value)?.[0];
        if (!mark) continue;
        const rest: Text = { type: 'text', value: next.value.slice(mark.length) };
        const kept: Element = { type: 'element', tagName: 'span', properties: { className: ['math-nobr'] }, children: [math, { type: 'text', value: mark }] };
        parent.children.splice(i, 2, ...(rest.value ? [kept, rest] : [kept]));
      }
    });
  };
}
