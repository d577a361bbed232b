/**
 * Display formulas made of parts set side by side with `\qquad` (`μ = …, \qquad σ² = …`) become a row of
 * separate display formulas that wraps: side by side where the column is wide enough, one under another on
 * a phone, where the single formula was up to twice the column's width and had to be scrolled sideways.
 * Runs before rehype-katex, on the `<pre><code class="math-display">` that remark-math makes.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * The parts of a formula between its top-level `\qquad`s: outside braces, `\left…\right` and `\begin…\end`
 * environments (where `\qquad` spaces columns of one aligned block, which must stay whole). A formula with
 * no such `\qquad` is one part.
 */
export function splitAtQquad(tex: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < tex.length; i++) {
    const ch = tex[i];
    if (ch === '\\') {
      const word = /^\\([A-Za-z]+)/.exec(tex.slice(i))?.[1];
      if (word === 'begin' || word === 'left') depth++;
      else if (word === 'end' || word === 'right') depth--;
      else if (word === 'qquad' && depth === 0) {
        parts.push(tex.slice(start, i));
        start = i + '\\qquad'.length;
      }
      i += word ? word.length : 1; // an escaped brace (\{) does not nest
    } else if (ch === '{') depth++;
    else if (ch === '}') depth--;
  }
  parts.push(tex.slice(start));
  const kept = parts.map((part) => part.trim()).filter((part) => part.length > 0);
  return kept.length > 0 ? kept : [tex];
}

function displayMath(node: Element): string | undefined {
  const code = node.tagName === 'pre' && node.children.length === 1 ? node.children[0] : undefined;
  if (code?.type !== 'element' || code.tagName !== 'code') return undefined;
  const classes = code.properties.className;
  if (!Array.isArray(classes) || !classes.includes('math-display')) return undefined;
  return code.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

const mathBlock = (tex: string): Element => ({
  type: 'element',
  tagName: 'pre',
  properties: {},
  children: [{ type: 'element', tagName: 'code', properties: { className: ['language-math', 'math-display'] }, children: [{ type: 'text', value: tex }] }],
});

export function rehypeMathRows() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const tex = displayMath(node);
      if (tex === undefined || !parent || index === undefined) return;
      const parts = splitAtQquad(tex);
      if (parts.length < 2) return;
      const row: Element = { type: 'element', tagName: 'div', properties: { className: ['math-row'] }, children: parts.map(mathBlock) as ElementContent[] };
      parent.children.splice(index, 1, row);
    });
  };
}
