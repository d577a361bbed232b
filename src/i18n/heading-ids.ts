/**
 * Explicit heading ids in Markdown: `## 偏差修正 \{#bias-correction}` gives the heading the id
 * "bias-correction", so a translated chapter keeps the English chapter's section anchors (links, the
 * language switch and the table of contents land on the same section). The brace is escaped because
 * an unescaped `{` starts a JavaScript expression in MDX. Runs before Astro gives the other headings
 * their slugs, and removes the marker from the heading text.
 */
import type { Element, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';

/** " {#some-id}" at the end of a heading's text. */
export const headingIdMarker = /\s*\{#([A-Za-z][\w-]*)\}\s*$/;

export function rehypeExplicitHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (!/^h[1-6]$/.test(node.tagName)) return;
      const last = node.children.at(-1);
      if (last?.type !== 'text') return;
      const match = headingIdMarker.exec((last as Text).value);
      if (!match) return;
      (last as Text).value = (last as Text).value.slice(0, match.index);
      node.properties.id = match[1];
    });
  };
}
