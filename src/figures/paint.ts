/** Small helpers for SVG paint: dash patterns, opacity, path data. */
import { fmt } from './format';

const DASHES: Record<string, string> = {
  dash: '9,9',
  dot: '3,3',
  dashdot: '9,3,3,3',
  longdash: '15,6',
  longdashdot: '15,6,3,6',
};

/** Plotly's `line.dash` ('dash', 'dot', ..., or '5px,10px') as stroke-dasharray, '' for solid. */
export function dashArray(dash: unknown, width = 2): string {
  if (typeof dash !== 'string' || dash === 'solid') return '';
  const named = DASHES[dash];
  if (named) return named.split(',').map((v) => fmt((Number(v) * Math.max(1, width)) / 2)).join(',');
  const custom = dash.replace(/px/g, '').split(/[\s,]+/).map(Number);
  return custom.length && custom.every((v) => Number.isFinite(v) && v >= 0) ? custom.map(fmt).join(',') : '';
}

/** A number in 0..1, or the fallback. */
export function opacity(v: unknown, fallback = 1): number {
  return typeof v === 'number' && v >= 0 && v <= 1 ? v : fallback;
}

/**
 * A length in tenths of a pixel as path-data text, as short as it reads: 7 -> ".7", -15 -> "-1.5", 20 -> "2".
 */
function tenths(t: number): string {
  const sign = t < 0 ? '-' : '';
  const a = Math.abs(t);
  const whole = Math.floor(a / 10);
  const frac = a % 10;
  return sign + (frac === 0 ? String(whole) : `${whole === 0 ? '' : whole}.${frac}`);
}

/** Joins path-data numbers, with a space only where the next would otherwise run into the last ("1.5.7" reads 1.5, .7). */
function joinNumbers(numbers: readonly string[]): string {
  let out = '';
  let last = '';
  for (const n of numbers) {
    const runsOn = n.startsWith('-') || (n.startsWith('.') && last.includes('.'));
    out += out === '' || runsOn ? n : ` ${n}`;
    last = n;
  }
  return out;
}

/**
 * Path data for a polyline: an absolute move, then relative lines ("M48.1 189.4l52.5-51.4 30.7-33"), each step
 * taken between coordinates already rounded to a tenth of a pixel, so the points land exactly where absolute
 * coordinates would put them (no drift along a long line).
 */
export function polylinePath(xs: readonly number[], ys: readonly number[]): string {
  if (!xs.length) return '';
  const d = `M${fmt(xs[0])} ${fmt(ys[0])}`;
  if (xs.length === 1) return d;
  const steps: string[] = [];
  let [px, py] = [Math.round(xs[0] * 10), Math.round(ys[0] * 10)];
  for (let i = 1; i < xs.length; i++) {
    const [x, y] = [Math.round(xs[i] * 10), Math.round(ys[i] * 10)];
    steps.push(tenths(x - px), tenths(y - py));
    [px, py] = [x, y];
  }
  return `${d}l${joinNumbers(steps)}`;
}

/**
 * Path data for dots (markers drawn as round-capped zero-length strokes): "M10 20h0m.8 1.6h0...", each move
 * relative to the last dot, between coordinates rounded to a tenth of a pixel as {@link polylinePath}'s are.
 */
export function dotsPath(xs: readonly number[], ys: readonly number[]): string {
  if (!xs.length) return '';
  let d = `M${fmt(xs[0])} ${fmt(ys[0])}h0`;
  let [px, py] = [Math.round(xs[0] * 10), Math.round(ys[0] * 10)];
  for (let i = 1; i < xs.length; i++) {
    const [x, y] = [Math.round(xs[i] * 10), Math.round(ys[i] * 10)];
    d += `m${joinNumbers([tenths(x - px), tenths(y - py)])}h0`;
    [px, py] = [x, y];
  }
  return d;
}
