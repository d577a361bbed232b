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

/** Path data for a polyline: "M x y L x y x y ...". */
export function polylinePath(xs: readonly number[], ys: readonly number[]): string {
  if (!xs.length) return '';
  let d = `M${fmt(xs[0])} ${fmt(ys[0])}`;
  if (xs.length > 1) d += 'L';
  for (let i = 1; i < xs.length; i++) d += `${i > 1 ? ' ' : ''}${fmt(xs[i])} ${fmt(ys[i])}`;
  return d;
}
