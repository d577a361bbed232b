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

/**
 * The points of path data as absolute [x, y] pairs, for the M/L/H/V/Z commands our lines use, absolute or
 * relative (summed in tenths of a pixel, the precision they are written in, so no float error creeps in).
 */
export function pathPoints(d: string): Array<[number, number]> {
  const pts: Array<[number, number]> = [];
  let [x, y] = [0, 0];
  let [startX, startY] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLHVZmlhvz])([^MLHVZmlhvz]*)/g)) {
    const nums = (args.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map((n) => Math.round(Number(n) * 10));
    const relative = command === command.toLowerCase();
    const op = command.toUpperCase();
    if (op === 'Z') {
      [x, y] = [startX, startY];
      continue;
    }
    const step = op === 'H' || op === 'V' ? 1 : 2;
    for (let i = 0; i + step - 1 < nums.length; i += step) {
      if (op === 'H') x = relative ? x + nums[i] : nums[i];
      else if (op === 'V') y = relative ? y + nums[i] : nums[i];
      else [x, y] = relative ? [x + nums[i], y + nums[i + 1]] : [nums[i], nums[i + 1]];
      if (op === 'M' && i === 0) [startX, startY] = [x, y];
      pts.push([x / 10, y / 10]);
    }
  }
  return pts;
}
