/**
 * Makes a figure from a worker safe to hand to Plotly. Reader code is
 * untrusted, and Plotly renders some HTML-like markup in text and loads
 * `layout.images` from any address, so every figure the page draws passes
 * through here first:
 * - every string is literal text: markup is escaped (Plotly shows `&lt;` as
 *   `<`), except the few harmless tags that format text (<b>, <i>, <sub>,
 *   <sup>, <br>, and <extra> in hover templates);
 * - nothing that loads or links: `images` and `template` are dropped anywhere;
 * - bounded: traces per figure, points per trace (longer arrays are thinned
 *   evenly), cells per grid, characters per string, depth of nesting;
 * - numbers are finite (others become gaps), trace types are ones the page draws.
 * Pure, so Node tests can check it.
 * @module
 */
import { MAX_GRID_CELLS, MAX_POINTS_PER_TRACE, MAX_TEXT_CHARS, MAX_TRACES_PER_FIGURE } from './limits';
import type { Figure } from './snippet';

/** The trace types the page's Plotly bundle draws (others would silently fall back to scatter). */
export const DRAWN_TRACE_TYPES: readonly string[] = ['scatter', 'bar', 'contour', 'heatmap', 'histogram', 'surface', 'scatter3d'];

/** Tags Plotly turns into formatting and nothing else. */
const FORMATTING_TAG = /^<\/?(?:b|i|em|sub|sup|extra)>$|^<br\s*\/?>$/i;
/** Keys that make Plotly load or link something: dropped at any depth. */
const DROPPED_KEYS = new Set(['images', 'template', 'href', 'source', 'link']);
const MAX_DEPTH = 12;
const MAX_KEYS = 300;
/** Values one figure may carry in all (a figure of a million points is refused, not thinned value by value). */
const MAX_VALUES_PER_FIGURE = 4_000_000;

/** `text` as literal text for Plotly: markup escaped except formatting tags, length bounded. */
export function plotText(text: string): string {
  const clipped = text.length > MAX_TEXT_CHARS ? `${text.slice(0, MAX_TEXT_CHARS)}…` : text;
  return clipped.replace(/<[^<>]*>|[<>&]/g, (part) =>
    FORMATTING_TAG.test(part) ? part : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}

class TooLarge extends Error {}

interface Walk {
  values: number;
  readonly notes: string[];
  /** What is being walked, for notes ("figure \"paths\", trace 2"). */
  where: string;
}

function count(walk: Walk, n: number): void {
  walk.values += n;
  if (walk.values > MAX_VALUES_PER_FIGURE) throw new TooLarge();
}

/** Every `stride`-th element, keeping the last one (so a curve still ends where it ends). */
function thin<T>(list: ArrayLike<T>, stride: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < list.length; i += stride) out.push(list[i]);
  if ((list.length - 1) % stride !== 0) out.push(list[list.length - 1]);
  return out;
}

function cleanList(list: ArrayLike<unknown>, key: string, depth: number, walk: Walk): unknown[] | Float64Array {
  const isGrid = Array.isArray(list) && list.length > 0 && (Array.isArray(list[0]) || ArrayBuffer.isView(list[0]));
  if (isGrid) {
    const cells = (list as ArrayLike<unknown>[]).reduce((sum, row) => sum + ((row as ArrayLike<unknown>)?.length ?? 0), 0);
    if (cells > MAX_GRID_CELLS) throw new TooLarge(`${walk.where}: a ${key} grid of ${cells.toLocaleString('en')} cells is more than the ${MAX_GRID_CELLS.toLocaleString('en')} a figure may draw.`);
  }
  let source: ArrayLike<unknown> = list;
  if (list.length > MAX_POINTS_PER_TRACE) {
    const stride = Math.ceil(list.length / MAX_POINTS_PER_TRACE);
    walk.notes.push(`${walk.where}: ${key} has ${list.length.toLocaleString('en')} points; drawn with every ${stride}th.`);
    source = thin(list, stride);
  }
  count(walk, source.length);
  if (ArrayBuffer.isView(source) || (source.length > 0 && typeof source[0] === 'number' && !Array.isArray(source[0]))) {
    // Numbers only: one pass, non-finite values become gaps.
    const numbers = Array.from(source as ArrayLike<unknown>, (v) => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' ? plotText(v) : null));
    return numbers as unknown[];
  }
  return Array.from(source, (item) => clean(item, key, depth + 1, walk));
}

function clean(value: unknown, key: string, depth: number, walk: Walk): unknown {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return plotText(value);
  if (depth > MAX_DEPTH || typeof value !== 'object') return undefined;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return cleanList(value as unknown as ArrayLike<number>, key, depth, walk);
  if (Array.isArray(value)) return cleanList(value, key, depth, walk);
  const out: Record<string, unknown> = {};
  let keys = 0;
  for (const [k, v] of Object.entries(value)) {
    if (++keys > MAX_KEYS) break;
    if (DROPPED_KEYS.has(k) || k === '__proto__') continue;
    const cleaned = clean(v, k, depth + 1, walk);
    if (cleaned !== undefined) out[k] = cleaned;
  }
  return out;
}

/** The outcome of guarding one figure: the figure to draw (if any), and what was changed, for the console. */
export interface GuardedFigure {
  readonly figure?: Figure;
  readonly notes: readonly string[];
}

/** A safe copy of `raw` for Plotly, or none with the reason in `notes`. */
export function guardFigure(raw: unknown): GuardedFigure {
  const input = raw as Partial<Figure> | null;
  if (typeof input !== 'object' || input === null || typeof input.id !== 'string' || input.id.length === 0 || input.id.length > 100) {
    return { notes: ['A figure without a valid id (a short string) was ignored.'] };
  }
  const where = `figure "${input.id}"`;
  if (!Array.isArray(input.data)) return { notes: [`${where}: its traces must be a list; not drawn.`] };
  const walk: Walk = { values: 0, notes: [], where };
  let traces = input.data as unknown[];
  if (traces.length > MAX_TRACES_PER_FIGURE) {
    walk.notes.push(`${where}: ${traces.length} traces; only the first ${MAX_TRACES_PER_FIGURE} are drawn.`);
    traces = traces.slice(0, MAX_TRACES_PER_FIGURE);
  }
  try {
    const data: Figure['data'] = [];
    traces.forEach((trace, index) => {
      const type = (trace as { type?: unknown } | null)?.type ?? 'scatter';
      if (typeof type !== 'string' || !DRAWN_TRACE_TYPES.includes(type)) {
        walk.notes.push(`${where}: trace ${index + 1} has type "${plotText(String(type)).slice(0, 40)}", which this page does not draw (${DRAWN_TRACE_TYPES.join(', ')}).`);
        return;
      }
      walk.where = `${where}, trace ${index + 1}`;
      const cleaned = clean(trace, 'trace', 1, walk);
      if (cleaned && typeof cleaned === 'object') data.push(cleaned as Figure['data'][number]);
    });
    walk.where = where;
    const layout = (input.layout && typeof input.layout === 'object' ? clean(input.layout, 'layout', 1, walk) : {}) as Figure['layout'];
    return { figure: { id: input.id, data, layout }, notes: walk.notes };
  } catch (error) {
    if (!(error instanceof TooLarge)) throw error;
    return { notes: [...walk.notes, error.message || `${where} is too large to draw (over ${MAX_VALUES_PER_FIGURE.toLocaleString('en')} values); not drawn.`] };
  }
}
