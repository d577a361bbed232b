/**
 * The frame of a figure: which axes exist, their types and ranges, the
 * subplot domains (layout.xaxis2.domain, layout.grid) and the margins.
 */
import { Axis, inferAxisType } from './axis';
import { type Loose, pick, titleText } from './data';
import { plainText, textWidth } from './markup';
import type { Box, PreparedTrace } from './model';
import { dateTicks, linearTicks, logTicks, tickCount, type Tick } from './ticks';
import { formatTick } from './format';

/** An axis placed on the page, with what the axis renderer needs. */
export interface PlacedAxis {
  readonly axis: Axis;
  readonly letter: 'x' | 'y';
  readonly spec: Loose;
  readonly title: string;
  /** Fraction of the plot area this axis spans. */
  domain: [number, number];
  /** The counter axis it is drawn against (x axes sit on a y axis's domain and vice versa). */
  anchor: string;
  side: 'bottom' | 'top' | 'left' | 'right';
  ticks: Tick[];
}

/** All axes of a figure by id ('x', 'y2', ...). */
export type AxisMap = Map<string, PlacedAxis>;

/** Layout key of an axis id: 'x' → 'xaxis', 'y2' → 'yaxis2'. */
export function layoutKey(id: string): string {
  return `${id[0]}axis${id.slice(1)}`;
}

/** Builds the axes the traces use, with types, categories and autoranged ranges. */
export function buildAxes(traces: PreparedTrace[], layout: Loose, scene?: Loose): AxisMap {
  const ids = new Set<string>(['x', 'y']);
  for (const t of traces) {
    ids.add(t.xaxis);
    ids.add(t.yaxis);
  }
  const axes: AxisMap = new Map();
  for (const id of [...ids].sort()) {
    const letter = id[0] as 'x' | 'y';
    const key = layoutKey(id);
    let spec = (layout[key] ?? {}) as Loose;
    // 3-D traces have their axis titles under layout.scene.
    const sceneSpec = scene && id.length === 1 ? ((scene[key] ?? {}) as Loose) : undefined;
    if (sceneSpec && !layout[key]) spec = sceneSpec;
    const mine = traces.filter((t) => (letter === 'x' ? t.xaxis : t.yaxis) === id);
    const type = inferAxisType(spec.type, mine.map((t) => (letter === 'x' ? t.xRaw : t.yRaw)));
    const axis = new Axis(id, type);
    if (type === 'category') {
      const declared = spec.categoryarray;
      if (Array.isArray(declared)) axis.addCategories(declared);
      for (const t of mine) axis.addCategories(letter === 'x' ? t.xRaw : t.yRaw);
    }
    axes.set(id, { axis, letter, spec, title: titleText(spec.title), domain: [0, 1], anchor: letter === 'x' ? 'y' : 'x', side: letter === 'x' ? 'bottom' : 'left', ticks: [] });
  }
  for (const placed of axes.values()) autorange(placed, traces, axes);
  placeDomains(axes, traces, layout);
  return axes;
}

function autorange(placed: PlacedAxis, traces: PreparedTrace[], axes: AxisMap): void {
  const { axis, spec, letter } = placed;
  const given = spec.range;
  const reversed = spec.autorange === 'reversed';
  if (Array.isArray(given) && given.length === 2 && given.every((v) => typeof v === 'number' && Number.isFinite(v)) && spec.autorange !== true && given[0] !== given[1]) {
    axis.range = [given[0], given[1]];
    return;
  }
  let lo = Infinity;
  let hi = -Infinity;
  let pad = false;
  let includesZeroBase = false;
  for (const t of traces) {
    if ((letter === 'x' ? t.xaxis : t.yaxis) !== axis.id) continue;
    const other = axes.get(letter === 'x' ? t.yaxis : t.xaxis)!.axis;
    const e = letter === 'x' ? t.extents(axis, other).x : t.extents(other, axis).y;
    for (const v of e) {
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
      if (v === 0 && (t.type === 'bar' || t.type === 'histogram')) includesZeroBase = true;
    }
    if (letter === 'x' ? t.padX : t.padY) pad = true;
  }
  if (!(lo <= hi)) {
    axis.range = axis.type === 'log' ? [0, 1] : [-1, 6];
  } else if (lo === hi) {
    const d = axis.type === 'category' ? 0.5 : axis.type === 'log' ? 0.5 : lo === 0 ? 1 : Math.abs(lo) * 0.1;
    axis.range = [lo - d, hi + d];
  } else {
    const padsLow = !(includesZeroBase && lo === 0);
    const padsHigh = !(includesZeroBase && hi === 0);
    // Plotly pads by 5% of the padded axis, not of the data: the data fill the rest of it.
    const share = pad && axis.type !== 'category' ? 0.05 : 0;
    const padding = ((hi - lo) * share) / (1 - share * (Number(padsLow) + Number(padsHigh)));
    axis.range = [padsLow ? lo - padding : lo, padsHigh ? hi + padding : hi];
  }
  if (axis.type === 'category' && axis.categories.size && (traces.every((t) => t.type !== 'heatmap') || !(lo <= hi))) {
    axis.range = [Math.min(axis.range[0], -0.5), Math.max(axis.range[1], axis.categories.size - 0.5)];
  }
  if (reversed) axis.range = [axis.range[1], axis.range[0]];
}

function placeDomains(axes: AxisMap, traces: PreparedTrace[], layout: Loose): void {
  const grid = layout.grid as Loose | undefined;
  const rows = typeof grid?.rows === 'number' ? grid.rows : 0;
  const columns = typeof grid?.columns === 'number' ? grid.columns : 0;
  for (const placed of axes.values()) {
    const { spec, letter, axis } = placed;
    const n = Number(axis.id.slice(1) || 1);
    if (Array.isArray(spec.domain) && spec.domain.length === 2 && spec.domain.every((v) => typeof v === 'number')) {
      placed.domain = [spec.domain[0], spec.domain[1]];
    } else if (rows && columns && n <= rows * columns) {
      // layout.grid with independent axes: subplot n fills cell n in reading order.
      const gap = letter === 'x' ? num(grid?.xgap, 0.2) : num(grid?.ygap, 0.3);
      const count = letter === 'x' ? columns : rows;
      const index = letter === 'x' ? (n - 1) % columns : count - 1 - Math.floor((n - 1) / columns);
      const cell = 1 / count;
      placed.domain = [index * cell + (index > 0 ? (cell * gap) / 2 : 0), (index + 1) * cell - (index < count - 1 ? (cell * gap) / 2 : 0)];
    }
    // The anchor: declared, else the counter axis most traces pair it with.
    const declaredAnchor = typeof spec.anchor === 'string' && axes.has(spec.anchor) ? spec.anchor : undefined;
    const paired = traces.find((t) => (letter === 'x' ? t.xaxis : t.yaxis) === axis.id);
    placed.anchor = declaredAnchor ?? (paired ? (letter === 'x' ? paired.yaxis : paired.xaxis) : placed.anchor);
    if (spec.side === 'top' || spec.side === 'bottom' || spec.side === 'left' || spec.side === 'right') placed.side = spec.side;
  }
  for (const placed of axes.values()) {
    const over = placed.spec.overlaying;
    if (typeof over === 'string' && axes.has(over)) {
      placed.domain = [...axes.get(over)!.domain];
      placed.anchor = axes.get(over)!.anchor;
    }
  }
}

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

/** Tick marks for an axis of the given pixel length. */
export function axisTicks(placed: PlacedAxis, length: number): Tick[] {
  const { axis, spec } = placed;
  if (spec.showticklabels === false && spec.showgrid === false) return [];
  const tickvals = Array.isArray(spec.tickvals) ? spec.tickvals : undefined;
  if (tickvals) {
    const text = Array.isArray(spec.ticktext) ? spec.ticktext : [];
    return tickvals.map((v, i) => ({ coord: axis.coord(v), label: text[i] !== undefined ? String(text[i]) : formatTick(Number(v), 0) })).filter((t) => Number.isFinite(t.coord));
  }
  const [lo, hi] = [Math.min(...axis.range), Math.max(...axis.range)];
  if (axis.type === 'category') {
    const labels = [...axis.categories.keys()];
    const visible = labels.map((label, coord) => ({ coord, label })).filter((t) => t.coord >= lo - 1e-9 && t.coord <= hi + 1e-9);
    const widest = Math.max(0, ...visible.map((t) => textWidth(t.label, 11)));
    const room = length / Math.max(1, visible.length);
    const every = placed.letter === 'x' ? Math.max(1, Math.ceil((widest + 8) / room)) : Math.max(1, Math.ceil(13 / room));
    return visible.filter((_, i) => i % every === 0);
  }
  // As many ticks as Plotly puts there, so the labels do not change when it takes over.
  const target = typeof spec.nticks === 'number' && spec.nticks > 0 ? spec.nticks : tickCount(length, placed.letter);
  if (axis.type === 'date') return dateTicks(lo, hi, target);
  if (typeof spec.dtick === 'number' && spec.dtick > 0 && axis.type === 'linear' && (hi - lo) / spec.dtick < 100) {
    const t0 = typeof spec.tick0 === 'number' ? spec.tick0 : 0;
    const ticks: Tick[] = [];
    for (let v = t0 + Math.ceil((lo - t0) / spec.dtick - 1e-9) * spec.dtick; v <= hi + 1e-9 * spec.dtick; v += spec.dtick) ticks.push({ coord: v, label: formatTick(v, spec.dtick) });
    return ticks;
  }
  let ticks = axis.type === 'log' ? logTicks(lo, hi, target) : linearTicks(lo, hi, target);
  if (placed.letter === 'x' && ticks.length > 2) {
    // Thin labels that would touch.
    const widest = Math.max(...ticks.map((t) => textWidth(t.label, 11)));
    const spacing = length / Math.max(1, ticks.length - 1);
    if (widest + 10 > spacing) ticks = axis.type === 'log' ? ticks.filter((t) => Number.isInteger(Math.round(t.coord * 1e9) / 1e9)) : linearTicks(lo, hi, Math.max(2, Math.floor(length / (widest + 14))));
  }
  const format = spec.tickformat;
  if (typeof format === 'string' && axis.type !== 'log') ticks = ticks.map((t) => ({ coord: t.coord, label: applyTickFormat(t.coord, format) ?? t.label }));
  return ticks;
}

/** A subset of d3-format that snippets use: '.2f', '.0%', '.1e', ',d', 'd', '.3s'. */
export function applyTickFormat(v: number, format: string): string | undefined {
  const m = /^(,)?(?:\.(\d+))?([fe%ds])$/.exec(format);
  if (!m) return undefined;
  const digits = m[2] === undefined ? undefined : Number(m[2]);
  let text: string;
  switch (m[3]) {
    case 'f': text = v.toFixed(digits ?? 6); break;
    case 'e': text = v.toExponential(digits ?? 6); break;
    case '%': text = `${(v * 100).toFixed(digits ?? 0)}%`; break;
    case 'd': text = Math.round(v).toString(); break;
    default: return undefined;
  }
  if (m[1]) text = text.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return text;
}

/** Space the figure's edges need around the plot area. */
export interface Margins {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Margins from tick labels, axis titles, the title, the legend and the colour bar. */
export function computeMargins(axes: AxisMap, height: number, titleLines: number, rightExtra: number, topExtra: number, bottomExtra = 0): Margins {
  const m: Margins = { left: 12, right: 16 + rightExtra, top: titleLines ? 16 + titleLines * 20 + 8 : 14, bottom: 10 + bottomExtra };
  m.top += topExtra;
  // Vertical space first: it fixes y lengths, which fix y tick labels, which fix the left margin.
  let bottom = 0;
  let top = 0;
  for (const p of axes.values()) {
    if (p.letter !== 'x') continue;
    const need = (p.spec.showticklabels === false ? 4 : 20) + (p.title ? 20 : 0);
    if (p.side === 'top') top = Math.max(top, need);
    else bottom = Math.max(bottom, need);
  }
  m.bottom += bottom;
  m.top += top;
  const plotHeight = Math.max(40, height - m.top - m.bottom);
  let left = 0;
  let right = 0;
  for (const p of axes.values()) {
    if (p.letter !== 'y') continue;
    p.ticks = axisTicks(p, plotHeight * (p.domain[1] - p.domain[0]));
    const labels = p.spec.showticklabels === false ? 0 : Math.max(0, ...p.ticks.map((t) => textWidth(t.label, 11)));
    const need = labels + 10 + (p.title ? 20 : 0);
    if (p.side === 'right') right = Math.max(right, need);
    else left = Math.max(left, need);
  }
  m.left += left;
  m.right += right;
  return m;
}

/** The pixel box of a subplot from its x and y axes' domains. */
export function subplotBox(area: Box, xa: PlacedAxis, ya: PlacedAxis): Box {
  const left = area.left + xa.domain[0] * area.width;
  const top = area.top + (1 - ya.domain[1]) * area.height;
  return { left, top, width: (xa.domain[1] - xa.domain[0]) * area.width, height: (ya.domain[1] - ya.domain[0]) * area.height };
}

/** Sets each axis's pixel range from the plot area and its domain. */
export function placePixels(axes: AxisMap, area: Box): void {
  for (const p of axes.values()) {
    if (p.letter === 'x') p.axis.pixels = [area.left + p.domain[0] * area.width, area.left + p.domain[1] * area.width];
    else p.axis.pixels = [area.top + (1 - p.domain[0]) * area.height, area.top + (1 - p.domain[1]) * area.height];
  }
}

/** Applies `scaleanchor` (equal units on x and y): widens the range of the axis with fewer units per pixel. */
export function applyScaleAnchors(axes: AxisMap): void {
  for (const p of axes.values()) {
    const target = p.spec.scaleanchor;
    if (typeof target !== 'string' || !axes.has(target)) continue;
    const other = axes.get(target)!;
    const ratio = typeof p.spec.scaleratio === 'number' && p.spec.scaleratio > 0 ? p.spec.scaleratio : 1;
    const len = (a: Axis) => Math.abs(a.pixels[1] - a.pixels[0]);
    const span = (a: Axis) => Math.abs(a.range[1] - a.range[0]);
    // Units per pixel, with this axis's units scaled by the ratio.
    const mine = span(p.axis) / len(p.axis) * ratio;
    const theirs = span(other.axis) / len(other.axis);
    if (!(mine > 0 && theirs > 0)) continue;
    const widen = (a: Axis, factor: number) => {
      const [r0, r1] = a.range;
      const mid = (r0 + r1) / 2;
      a.range = [mid + (r0 - mid) * factor, mid + (r1 - mid) * factor];
    };
    if (mine < theirs) widen(p.axis, theirs / mine);
    else widen(other.axis, mine / theirs);
  }
}

/** The figure title text with markup stripped, for aria-label. */
export function plainTitle(layout: Loose): string {
  return plainText(titleText(pick(layout, 'title')));
}
