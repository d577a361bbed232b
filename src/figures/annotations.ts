/** Layout annotations (text, with an optional arrow line) and shapes (lines and rectangles). */
import { safeColor } from './colors';
import { type Loose, toNumber } from './data';
import type { AxisMap } from './frame';
import { fmt } from './format';
import { svgText } from './markup';
import type { Box } from './model';
import { dashArray, opacity } from './paint';

function position(ref: unknown, v: unknown, letter: 'x' | 'y', axes: AxisMap, area: Box): number {
  const r = typeof ref === 'string' ? ref : letter;
  if (r === 'paper') {
    const f = toNumber(v);
    return letter === 'x' ? area.left + f * area.width : area.top + (1 - f) * area.height;
  }
  const placed = axes.get(r.replace(/ domain$/, ''));
  if (!placed) return NaN;
  if (r.endsWith(' domain')) {
    const [p0, p1] = placed.axis.pixels;
    return p0 + toNumber(v) * (p1 - p0);
  }
  return placed.axis.at(v);
}

/** Draws layout.annotations. */
export function drawAnnotations(layout: Loose, axes: AxisMap, area: Box): string {
  const list = Array.isArray(layout.annotations) ? (layout.annotations as Loose[]) : [];
  let out = '';
  for (const a of list) {
    if (!a || typeof a !== 'object' || a.visible === false) continue;
    const text = a.text === undefined || a.text === null ? '' : String(a.text);
    if (!text) continue;
    const x = position(a.xref, a.x, 'x', axes, area);
    const y = position(a.yref, a.y, 'y', axes, area);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const arrow = a.showarrow !== false;
    const tx = arrow ? x + (typeof a.ax === 'number' ? a.ax : -10) : x;
    const ty = arrow ? y + (typeof a.ay === 'number' ? a.ay : -30) : y;
    const color = safeColor((a.font as Loose | undefined)?.color);
    const size = (a.font as Loose | undefined)?.size;
    const anchor = a.xanchor === 'left' ? 'start' : a.xanchor === 'right' ? 'end' : 'middle';
    const dy = a.yanchor === 'top' ? '0.9em' : a.yanchor === 'bottom' ? '-0.2em' : '0.32em';
    const style = [color ? `fill:${color}` : '', typeof size === 'number' && size > 0 && size < 80 ? `font-size:${size}px` : ''].filter(Boolean).join(';');
    if (arrow) out += `<path class="lnf-axis" d="M${fmt(tx)} ${fmt(ty + (ty < y ? 6 : -6))}L${fmt(x)} ${fmt(y)}"/>`;
    out += svgText(tx, ty, text, ` text-anchor="${anchor}" dy="${dy}"${style ? ` style="${style}"` : ''}`);
  }
  return out ? `<g class="lnf-annotations">${out}</g>` : '';
}

/** Draws layout.shapes of type line and rect. */
export function drawShapes(layout: Loose, axes: AxisMap, area: Box): string {
  const list = Array.isArray(layout.shapes) ? (layout.shapes as Loose[]) : [];
  let out = '';
  for (const s of list) {
    if (!s || typeof s !== 'object' || s.visible === false) continue;
    const x0 = position(s.xref, s.x0, 'x', axes, area);
    const x1 = position(s.xref, s.x1, 'x', axes, area);
    const y0 = position(s.yref, s.y0, 'y', axes, area);
    const y1 = position(s.yref, s.y1, 'y', axes, area);
    if (![x0, x1, y0, y1].every(Number.isFinite)) continue;
    const line = (s.line ?? {}) as Loose;
    const width = typeof line.width === 'number' ? line.width : 2;
    const stroke = safeColor(line.color);
    const dash = dashArray(line.dash, width);
    const alpha = opacity(s.opacity);
    const style = [`stroke:${stroke ?? 'var(--fig-axis,#888)'}`, `stroke-width:${fmt(width)}`, dash ? `stroke-dasharray:${dash}` : '', alpha < 1 ? `opacity:${alpha}` : ''];
    if (s.type === 'rect') {
      const fill = safeColor(s.fillcolor);
      style.push(`fill:${fill ?? 'none'}`);
      out += `<rect x="${fmt(Math.min(x0, x1))}" y="${fmt(Math.min(y0, y1))}" width="${fmt(Math.abs(x1 - x0))}" height="${fmt(Math.abs(y1 - y0))}" style="${style.filter(Boolean).join(';')}"/>`;
    } else if (s.type === 'line' || s.type === undefined) {
      out += `<path d="M${fmt(x0)} ${fmt(y0)}L${fmt(x1)} ${fmt(y1)}" style="${style.filter(Boolean).join(';')};fill:none"/>`;
    }
  }
  return out ? `<g class="lnf-shapes">${out}</g>` : '';
}
