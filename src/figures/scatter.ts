/** Scatter traces: lines, markers, lines+markers, dashes, fills and steps. */
import type { Axis } from './axis';
import { defaultColor, safeColor } from './colors';
import { resolveColorscale, sampleColorscale } from './colorscale';
import { toHex } from './colors';
import { type Loose, extent, numbers, pick, values } from './data';
import { downsampleRun, splitRuns, type Run } from './downsample';
import { escapeXml } from './escape';
import { fmt } from './format';
import type { DrawContext, PreparedTrace } from './model';
import { dashArray, dotsPath, opacity, polylinePath } from './paint';

/** Reads a scatter (or scatter3d, seen from above) trace. */
export function prepareScatter(trace: Loose, index: number, axes: { xaxis: string; yaxis: string }): PreparedTrace {
  let xRaw = values(trace.x);
  let yRaw = values(trace.y);
  if (!xRaw.length) xRaw = yRaw.map((_, i) => i);
  if (!yRaw.length) yRaw = xRaw.map((_, i) => i);
  const n = Math.min(xRaw.length, yRaw.length);
  xRaw = xRaw.slice(0, n);
  yRaw = yRaw.slice(0, n);
  const mode = typeof trace.mode === 'string' ? trace.mode : n < 20 ? 'lines+markers' : 'lines';
  const hasLines = mode.includes('lines');
  const hasMarkers = mode.includes('markers');
  const lineColor = safeColor(pick(trace, 'line', 'color'));
  const markerColor = safeColor(pick(trace, 'marker', 'color'));
  const color = lineColor ?? markerColor ?? defaultColor(index);
  const width = num(pick(trace, 'line', 'width'), 2);
  const dash = dashArray(pick(trace, 'line', 'dash'), width);
  const fill = typeof trace.fill === 'string' ? trace.fill : 'none';
  const name = typeof trace.name === 'string' ? trace.name : `trace ${index}`;
  const symbol = hasLines && hasMarkers ? 'line+marker' : hasMarkers ? 'marker' : 'line';
  return {
    type: String(trace.type ?? 'scatter'),
    name,
    ...axes,
    xRaw,
    yRaw,
    padX: hasMarkers || fill === 'tozerox',
    padY: true,
    extents: (xa, ya) => {
      const x = xRaw.map((v) => xa.coord(v));
      const y = yRaw.map((v) => ya.coord(v));
      if (fill === 'tozeroy' && ya.type === 'linear') y.push(0);
      if (fill === 'tozerox' && xa.type === 'linear') x.push(0);
      return { x, y };
    },
    legend: { name, color: lineColor ?? color, symbol, dash },
    summary: `${name} (${mode}, ${n} point${n === 1 ? '' : 's'}${rangeNote(yRaw)})`,
    draw: (ctx) => drawScatter(trace, ctx, { xRaw, yRaw, hasLines, hasMarkers, color, markerColor, width, dash, fill }),
  };
}

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback;
}

function rangeNote(yRaw: unknown[]): string {
  const e = extent(numbers(yRaw));
  if (!e) return '';
  const f = (v: number) => String(Number(v.toPrecision(3)));
  return e[0] === e[1] ? `, y = ${f(e[0])}` : `, y from ${f(e[0])} to ${f(e[1])}`;
}

interface ScatterStyle {
  xRaw: unknown[];
  yRaw: unknown[];
  hasLines: boolean;
  hasMarkers: boolean;
  color: string;
  markerColor?: string;
  width: number;
  dash: string;
  fill: string;
}

function drawScatter(trace: Loose, ctx: DrawContext, s: ScatterStyle): string {
  const { xa, ya } = ctx;
  const xs = s.xRaw.map((v) => xa.at(v));
  const ys = s.yRaw.map((v) => ya.at(v));
  const shape = pick(trace, 'line', 'shape');
  const runs = splitRuns(xs, ys).map((r) => downsampleRun(stepped(r, shape)));
  const traceOpacity = opacity(trace.opacity);
  let out = '';
  const fillColor = safeColor(trace.fillcolor);
  if (s.fill !== 'none' && runs.length) {
    const d = fillPath(runs, s.fill, ctx, xa, ya);
    if (d) out += `<path d="${d}" style="fill:${fillColor ?? s.color};fill-opacity:${fillColor ? 1 : 0.35};stroke:none"/>`;
  }
  if (s.hasLines) {
    const d = runs.map((r) => polylinePath(r.xs, r.ys)).join('');
    if (d) out += `<path class="lnf-line" d="${d}" style="stroke:${s.color};stroke-width:${fmt(s.width)}${s.dash ? `;stroke-dasharray:${s.dash}` : ''}"/>`;
  }
  if (s.hasMarkers) out += drawMarkers(trace, xs, ys, s);
  ctx.previousLine = { xs: runs.flatMap((r) => r.xs), ys: runs.flatMap((r) => r.ys) };
  if (!out) return '';
  return traceOpacity < 1 ? `<g opacity="${traceOpacity}">${out}</g>` : out;
}

function stepped(run: Run, shape: unknown): Run {
  if (shape !== 'hv' && shape !== 'vh') return run;
  const out: Run = { xs: [], ys: [] };
  for (let i = 0; i < run.xs.length; i++) {
    if (i > 0) {
      out.xs.push(shape === 'hv' ? run.xs[i] : run.xs[i - 1]);
      out.ys.push(shape === 'hv' ? run.ys[i - 1] : run.ys[i]);
    }
    out.xs.push(run.xs[i]);
    out.ys.push(run.ys[i]);
  }
  return out;
}

function fillPath(runs: Run[], fill: string, ctx: DrawContext, xa: Axis, ya: Axis): string {
  const clampY = (p: number) => Math.min(Math.max(p, ctx.box.top), ctx.box.top + ctx.box.height);
  const clampX = (p: number) => Math.min(Math.max(p, ctx.box.left), ctx.box.left + ctx.box.width);
  if (fill === 'tozeroy') {
    const base = clampY(ya.type === 'log' ? ya.pixels[0] : ya.px(0));
    return runs.map((r) => `${polylinePath([r.xs[0], ...r.xs, r.xs[r.xs.length - 1]], [base, ...r.ys, base])}Z`).join('');
  }
  if (fill === 'tozerox') {
    const base = clampX(xa.type === 'log' ? xa.pixels[0] : xa.px(0));
    return runs.map((r) => `${polylinePath([base, ...r.xs, base], [r.ys[0], ...r.ys, r.ys[r.ys.length - 1]])}Z`).join('');
  }
  if (fill === 'toself') return runs.map((r) => `${polylinePath(r.xs, r.ys)}Z`).join('');
  if ((fill === 'tonexty' || fill === 'tonextx') && ctx.previousLine && ctx.previousLine.xs.length) {
    const xs = runs.flatMap((r) => r.xs);
    const ys = runs.flatMap((r) => r.ys);
    const prev = ctx.previousLine;
    return `${polylinePath([...xs, ...[...prev.xs].reverse()], [...ys, ...[...prev.ys].reverse()])}Z`;
  }
  return '';
}

/** Markers as round-capped zero-length strokes: a few bytes per point, grouped by colour. */
function drawMarkers(trace: Loose, xs: number[], ys: number[], s: ScatterStyle): string {
  const marker = (trace.marker ?? {}) as Loose;
  const sizeArr = numbers(marker.size);
  const size = num(marker.size, 6);
  const alpha = opacity(marker.opacity);
  const colors = pointColors(marker, xs.length, s.markerColor ?? s.color);
  const alphaStyle = alpha < 1 ? `;stroke-opacity:${alpha};fill-opacity:${alpha}` : '';
  if (sizeArr.length) {
    // Bubble chart: one circle per point.
    return xs
      .map((x, i) => {
        const r = (Number.isFinite(sizeArr[i]) ? sizeArr[i] : size) / 2;
        return Number.isFinite(x) && Number.isFinite(ys[i]) ? `<circle cx="${fmt(x)}" cy="${fmt(ys[i])}" r="${fmt(r)}" style="fill:${colors[i]}${alphaStyle}"/>` : '';
      })
      .join('');
  }
  const groups = new Map<string, Run>();
  const seen = new Set<string>();
  const grid = xs.length > 5000 ? 1 : 0.1;
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) continue;
    const gx = Math.round(xs[i] / grid) * grid;
    const gy = Math.round(ys[i] / grid) * grid;
    const key = `${colors[i]}|${gx}|${gy}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const dots = groups.get(colors[i]) ?? { xs: [], ys: [] };
    dots.xs.push(gx);
    dots.ys.push(gy);
    groups.set(colors[i], dots);
  }
  let out = '';
  for (const [color, dots] of groups) {
    out += `<path class="lnf-mark" d="${dotsPath(dots.xs, dots.ys)}" style="stroke:${color};stroke-width:${fmt(size)}${alphaStyle}"/>`;
  }
  return out;
}

/** One CSS colour per point: a fixed colour, a list of colours, or numbers through a colorscale. */
function pointColors(marker: Loose, n: number, fallback: string): string[] {
  const raw = values(marker.color);
  if (!raw.length) return new Array<string>(n).fill(fallback);
  if (typeof raw[0] === 'string') return Array.from({ length: n }, (_, i) => escapeXml(safeColor(raw[i]) ?? fallback));
  const vals = numbers(raw);
  const e = extent(vals) ?? [0, 1];
  const lo = typeof marker.cmin === 'number' ? marker.cmin : e[0];
  const hi = typeof marker.cmax === 'number' ? marker.cmax : e[1];
  const defaultScale = lo >= 0 ? 'Viridis' : 'RdBu';
  const scale = resolveColorscale(marker.colorscale ?? defaultScale, marker.reversescale === true);
  // Quantise to 32 levels so points share paths.
  return Array.from({ length: n }, (_, i) => {
    const t = hi > lo ? (vals[i] - lo) / (hi - lo) : 0.5;
    return Number.isFinite(t) ? toHex(sampleColorscale(scale, Math.round(t * 31) / 31)) : fallback;
  });
}
