/**
 * Keeps the punctuation that follows an inline formula on the formula's line. Chromium may break a line
 * between KaTeX's boxes and the text after them, so a comma, a full stop or a Chinese "；" could start the
 * next line on its own. Runs after rehype-katex. A short formula (or one KaTeX sets as a single box) and
 * the punctuation (up to the first space) are wrapped in one `<span class="math-nobr">`, which does not
 * break. A long formula must still break between its boxes on a phone (Chromium takes the break after the
 * formula from KaTeX's own boxes, so no style can keep that one and allow the others): only its last box
 * moves into the unbreakable span with the mark, inside a second, hidden `.katex` that styles it the same.
 * The first keeps the whole formula's MathML for screen readers; on screen nothing moves.
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

/**
 * Takes a long formula's last box out of it, into a `.katex` of its own that screen readers skip (the
 * formula keeps its MathML), or undefined if the formula has no box to spare.
 */
function takeLastBox(math: Element): Element | undefined {
  const html = math.children.find((c) => hasClass(c, 'katex-html'));
  if (html?.type !== 'element') return undefined;
  const last = html.children.at(-1);
  if (!last || !hasClass(last, 'base') || html.children.filter((c) => hasClass(c, 'base')).length < 2) return undefined;
  html.children = html.children.slice(0, -1);
  const hidden = { ariaHidden: 'true' };
  return {
    type: 'element', tagName: 'span', properties: { className: ['katex', 'math-tail'], ...hidden },
    children: [{ type: 'element', tagName: 'span', properties: { className: ['katex-html'], ...hidden }, children: [last] }],
  };
}

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
        const whole = keepsWhole(math);
        const tail = whole ? undefined : takeLastBox(math);
        if (!whole && !tail) continue;
        const rest: Text = { type: 'text', value: next.value.slice(mark.length) };
        const kept: Element = { type: 'element', tagName: 'span', properties: { className: ['math-nobr'] }, children: [tail ?? math, { type: 'text', value: mark }] };
        parent.children.splice(i, 2, ...(tail ? [math] : []), kept, ...(rest.value ? [rest] : []));
        if (tail) i++;
      }
    });
  };
}
