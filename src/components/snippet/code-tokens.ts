/**
 * Lighter highlighted code for build-time pages. Shiki writes every token as
 * `<span style="color:#CF222E;--shiki-dark:#FF7B72">`, both themes inline, on
 * each of thousands of tokens per chapter. This transformer gives the few
 * colours the code themes use a short class instead (the rules are
 * {@link codeTokenCss}, in every page's head), drops the style of tokens in
 * the code's own colour (they inherit it from <pre>) and merges neighbouring
 * tokens of one colour, whitespace included. A colour not in the table keeps
 * Shiki's inline style, so a theme change never loses highlighting.
 * @module
 */
import type { Element, ElementContent } from 'hast';
import type { ShikiTransformer } from 'shiki';

/**
 * The token colours of the code themes (src/lib/code-themes.ts), light then dark, by class. Shiki's style
 * text for each is `color:<light>;--shiki-dark:<dark>`. The pre's own colour is not here: such tokens inherit it.
 */
export const tokenColours = {
  k: ['#CF222E', '#FF7B72'], // keywords
  n: ['#0550AE', '#79C0FF'], // numbers, constants, properties
  s: ['#0A3069', '#A5D6FF'], // strings
  f: ['#8250DF', '#D2A8FF'], // functions
  t: ['#953800', '#FFA657'], // types, parameters
  c: ['#6E7781', '#8B949E'], // comments
} as const satisfies Record<string, readonly [string, string]>;

/** The code's own colour (the <pre>'s), light then dark: tokens in it need no style. */
export const plainColour = ['#1F2328', '#E6EDF3'] as const;

const styleOf = ([light, dark]: readonly [string, string]) => `color:${light};--shiki-dark:${dark}`;
const classByStyle = new Map<string, string>(Object.entries(tokenColours).map(([name, colours]) => [styleOf(colours), name]));

/**
 * The rules for the token classes. The dark theme's rule in src/styles/global.css reads `--shiki-dark`,
 * so each class sets it as Shiki's inline style did.
 */
export const codeTokenCss = Object.entries(tokenColours)
  .map(([name, [light, dark]]) => `.astro-code .${name}{color:${light};--shiki-dark:${dark}}`)
  .join('');

/** A token's attributes as one comparable key: its class, its leftover style, or '' for the code's colour. */
function tokenKey(token: Element): string {
  return `${String(token.properties.className ?? '')}|${String(token.properties.style ?? '')}`;
}

const textOf = (token: Element) => token.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
const isToken = (node: ElementContent): node is Element =>
  node.type === 'element' && node.tagName === 'span' && node.children.every((child) => child.type === 'text');

/** One line's tokens, restyled and merged. */
function lighten(line: Element): void {
  const merged: ElementContent[] = [];
  for (const node of line.children) {
    if (!isToken(node)) {
      merged.push(node);
      continue;
    }
    const style = String(node.properties.style ?? '');
    const name = classByStyle.get(style);
    if (name) node.properties = { className: [name] };
    else if (style.toUpperCase() === styleOf(plainColour).toUpperCase()) node.properties = {};
    const previous = merged.at(-1);
    if (previous && isToken(previous) && (tokenKey(previous) === tokenKey(node) || textOf(node).trim() === '')) {
      previous.children = [{ type: 'text', value: textOf(previous) + textOf(node) }];
      continue;
    }
    if (previous && isToken(previous) && textOf(previous).trim() === '') {
      // Leading whitespace takes the colour of the token after it.
      previous.properties = node.properties;
      previous.children = [{ type: 'text', value: textOf(previous) + textOf(node) }];
      continue;
    }
    merged.push(node);
  }
  // A token in the code's own colour needs no element at all.
  line.children = merged.map((node) => (isToken(node) && tokenKey(node) === '|' ? { type: 'text', value: textOf(node) } : node));
}

/** The transformer for `<Code transformers={[lighterTokens]}>`. */
export const lighterTokens: ShikiTransformer = {
  name: 'lighter-tokens',
  line(line) {
    lighten(line);
  },
};
