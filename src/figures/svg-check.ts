/**
 * A tiny, DOM-free reader for the SVG this folder writes, used by the tests:
 * elements with their attributes, and a well-formedness check.
 */

/** An element as found in the text: tag name, attributes, and its inner text (for <text>, <title>, <desc>). */
export interface FoundElement {
  readonly tag: string;
  readonly attrs: Record<string, string>;
  readonly inner: string;
}

/** All elements with this tag name, in document order. */
export function findElements(svg: string, tag: string): FoundElement[] {
  const out: FoundElement[] = [];
  const re = new RegExp(`<${tag}(\\s[^>]*?)?(/>|>([\\s\\S]*?)</${tag}>)`, 'g');
  for (const m of svg.matchAll(re)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1]] = a[2];
    out.push({ tag, attrs, inner: m[3] ?? '' });
  }
  return out;
}

/** Throws unless every tag is closed in order and no raw '<' or '&' sits in text. */
export function assertWellFormed(svg: string): void {
  const stack: string[] = [];
  const re = /<(\/?)([A-Za-z][\w:-]*)([^>]*?)(\/?)>|<|&(?!(amp|lt|gt|quot|#39);)/g;
  for (const m of svg.matchAll(re)) {
    if (!m[2]) throw new Error(`Stray "${m[0]}" at ${m.index}: ${svg.slice(Math.max(0, m.index! - 40), m.index! + 40)}`);
    if (m[4]) continue;
    if (m[1]) {
      const open = stack.pop();
      if (open !== m[2]) throw new Error(`</${m[2]}> closes <${open}> at ${m.index}`);
    } else stack.push(m[2]);
  }
  if (stack.length) throw new Error(`Unclosed: ${stack.join(', ')}`);
}

/** The numbers in path data, as [x, y] pairs (absolute M/L commands only, as our lines use). */
export function pathPoints(d: string): Array<[number, number]> {
  const nums = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const pts: Array<[number, number]> = [];
  for (let i = 0; i + 1 < nums.length; i += 2) pts.push([nums[i], nums[i + 1]]);
  return pts;
}
