/**
 * Heatmap, contour and surface traces: a z grid drawn as cells (small grids as
 * <rect>s, big ones as one PNG <image> of at most 100 x 100 pixels), with
 * filled contour bands and marching-squares lines for contours, and a
 * seen-from-above heatmap for 3-D surfaces.
 */
import { type Axis, coordAtPixel } from './axis';
import { toHex, type Rgba } from './colors';
import { type Colorscale, resolveColorscale, sampleColorscale } from './colorscale';
import { type Loose, extent, isArrayLike, matrix, pick, values } from './data';
import { escapeXml } from './escape';
import { fmt, formatValue } from './format';
import { contourLines } from './marching-squares';
import type { DrawContext, PreparedTrace } from './model';
import { polylinePath } from './paint';
import { pngDataUrl } from './png';

/** What a surface's still picture says about it (RenderOptions.surfaceNote says it in the page's language). */
export const SURFACE_NOTE = '3-D view loads on Run';
import { downsampleRun } from './downsample';
import { niceStep } from './ticks';

/** Largest grid drawn as one <rect> per cell; bigger grids become an image. */
export const MAX_RECT_CELLS = 900;
/** Largest raster side in pixels. */
export const MAX_RASTER = 100;

type Kind = 'heatmap' | 'contour' | 'surface';

interface Grid {
  z: number[][];
  nx: number;
  ny: number;
  xRaw: unknown[];
  yRaw: unknown[];
}

function readGrid(trace: Loose): Grid {
  let z = matrix(trace.z);
  if (trace.transpose === true && z.length) z = z[0].map((_, j) => z.map((row) => row[j]));
  const nx = z.reduce((m, row) => Math.max(m, row.length), 0);
  z = z.map((row) => (row.length < nx ? [...row, ...new Array<number>(nx - row.length).fill(NaN)] : row));
  const ny = z.length;
  // Surfaces may give x and y as 2-D meshgrids: take the first row of x and the first column of y.
  const xv = values(trace.x);
  const yv = values(trace.y);
  const xRaw = xv.length && isArrayLike(xv[0]) ? values(xv[0]) : xv;
  const yRaw = yv.length && isArrayLike(yv[0]) ? yv.map((row) => values(row)[0]) : yv;
  return {
    z,
    nx,
    ny,
    xRaw: xRaw.length >= nx && nx > 0 ? xRaw.slice(0, nx + 1) : Array.from({ length: nx }, (_, i) => i),
    yRaw: yRaw.length >= ny && ny > 0 ? yRaw.slice(0, ny + 1) : Array.from({ length: ny }, (_, i) => i),
  };
}

/** Node coordinates (cell centres) and cell edges along one axis. */
function axisCells(raw: unknown[], n: number, axis: Axis): { centres: number[]; edges: number[] } {
  const coords = raw.map((v) => axis.coord(v));
  if (coords.length === n + 1) {
    return { edges: coords, centres: coords.slice(0, n).map((c, i) => (c + coords[i + 1]) / 2) };
  }
  const centres = coords.slice(0, n);
  const edges: number[] = [];
  for (let i = 0; i <= n; i++) {
    if (n === 1) edges.push(centres[0] + (i === 0 ? -0.5 : 0.5));
    else if (i === 0) edges.push(centres[0] - (centres[1] - centres[0]) / 2);
    else if (i === n) edges.push(centres[n - 1] + (centres[n - 1] - centres[n - 2]) / 2);
    else edges.push((centres[i - 1] + centres[i]) / 2);
  }
  return { centres, edges };
}

/** Reads a heatmap, contour or surface trace. */
export function prepareHeatmap(trace: Loose, kind: Kind, index: number, axes: { xaxis: string; yaxis: string }): PreparedTrace {
  const grid = readGrid(trace);
  const name = typeof trace.name === 'string' ? trace.name : `trace ${index}`;
  const e = extent(grid.z.flat()) ?? [0, 1];
  let zmin = typeof trace.zmin === 'number' ? trace.zmin : typeof trace.cmin === 'number' ? trace.cmin : e[0];
  let zmax = typeof trace.zmax === 'number' ? trace.zmax : typeof trace.cmax === 'number' ? trace.cmax : e[1];
  const zmid = typeof trace.zmid === 'number' ? trace.zmid : undefined;
  if (zmid !== undefined) {
    const half = Math.max(Math.abs(zmax - zmid), Math.abs(zmid - zmin));
    zmin = zmid - half;
    zmax = zmid + half;
  }
  const scale = resolveColorscale(trace.colorscale, trace.reversescale === true);
  const levels = kind === 'heatmap' ? [] : contourLevels(trace, zmin, zmax, kind === 'surface' ? 10 : 15);
  const showScale = trace.showscale !== false;
  const nodes = kind !== 'heatmap';
  const colorbarTitle = String(pick(trace, 'colorbar', 'title', 'text') ?? (typeof pick(trace, 'colorbar', 'title') === 'string' ? pick(trace, 'colorbar', 'title') : ''));
  return {
    type: kind,
    name,
    ...axes,
    xRaw: grid.xRaw,
    yRaw: grid.yRaw,
    padX: false,
    padY: false,
    extents: (xa, ya) => {
      if (!grid.nx || !grid.ny) return { x: [], y: [] };
      const xc = axisCells(grid.xRaw, grid.nx, xa);
      const yc = axisCells(grid.yRaw, grid.ny, ya);
      return nodes ? { x: xc.centres, y: yc.centres } : { x: xc.edges, y: yc.edges };
    },
    colorbar: showScale && grid.nx ? { scale, min: zmin, max: zmax, title: colorbarTitle } : undefined,
    note: kind === 'surface' ? SURFACE_NOTE : undefined,
    summary: `${name} (${kind} of ${grid.ny}×${grid.nx} values${grid.nx ? ` from ${formatValue(e[0])} to ${formatValue(e[1])}` : ''})`,
    draw: (ctx) => (grid.nx && grid.ny ? drawGrid(trace, kind, grid, ctx, { scale, zmin, zmax, levels }) : ''),
  };
}

interface Paint {
  scale: Colorscale;
  zmin: number;
  zmax: number;
  levels: number[];
}

function colorOf(p: Paint, v: number): Rgba {
  return sampleColorscale(p.scale, p.zmax > p.zmin ? (v - p.zmin) / (p.zmax - p.zmin) : 0.5);
}

/** Contour levels: `contours.start/end/size` when given, else a nice step giving about `n` levels. */
export function contourLevels(trace: Loose, zmin: number, zmax: number, n: number): number[] {
  const c = (trace.contours ?? {}) as Loose;
  const count = typeof trace.ncontours === 'number' && trace.ncontours > 0 ? trace.ncontours : n;
  const size = typeof c.size === 'number' && c.size > 0 ? c.size : niceStep((zmax - zmin) / count);
  if (!(zmax > zmin)) return [];
  const start = typeof c.start === 'number' ? c.start : Math.floor(zmin / size + 1) * size;
  const end = typeof c.end === 'number' ? c.end : zmax;
  const levels: number[] = [];
  for (let k = 0; start + k * size <= end + size * 1e-9 && levels.length < 200; k++) {
    const v = start + k * size;
    if (v > zmin && v < zmax) levels.push(Number(v.toPrecision(12)));
  }
  return levels;
}

/**
 * The last few grids drawn, by everything their drawing depends on. A knob that moves a path over fixed
 * contours (or a run that redraws a loss curve beside a fixed heatmap) then redraws the grid for nothing:
 * its raster and marching squares are most of a figure's drawing time.
 */
const drawnGrids = new Map<string, string>();
const DRAWN_GRIDS_KEPT = 8;

/** Two 32-bit hashes of the numbers' bit patterns, together 64 bits: a collision would show a stale grid. */
function hashNumbers(rows: readonly (readonly unknown[])[]): string {
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (const row of rows) {
    for (const v of row) {
      bits[0] = typeof v === 'number' ? v : NaN;
      for (const w of [words[0], words[1], typeof v === 'number' ? 0 : String(v).length]) {
        a = Math.imul(a ^ w, 0x01000193);
        b = Math.imul(b ^ w, 0x5bd1e995) ^ (b >>> 15);
      }
    }
    a = Math.imul(a ^ row.length, 0x01000193);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

function gridKey(trace: Loose, kind: Kind, grid: Grid, ctx: DrawContext, paint: Paint): string | null {
  // Category axes and text labels place by strings the number hash cannot see: those grids are drawn each time.
  if (ctx.xa.type === 'category' || ctx.ya.type === 'category' || grid.xRaw.some((v) => typeof v !== 'number') || grid.yRaw.some((v) => typeof v !== 'number')) return null;
  const { z: _z, x: _x, y: _y, ...rest } = trace;
  const axis = (a: DrawContext['xa']) => [a.type, ...a.range, ...a.pixels].join(',');
  return [kind, JSON.stringify(rest), JSON.stringify(paint), axis(ctx.xa), axis(ctx.ya), JSON.stringify(ctx.box), hashNumbers([grid.xRaw, grid.yRaw, ...grid.z])].join('|');
}

function drawGrid(trace: Loose, kind: Kind, grid: Grid, ctx: DrawContext, paint: Paint): string {
  const key = gridKey(trace, kind, grid, ctx, paint);
  const known = key === null ? undefined : drawnGrids.get(key);
  if (known !== undefined) return known;
  const drawn = drawGridAnew(trace, kind, grid, ctx, paint);
  if (key !== null) {
    if (drawnGrids.size >= DRAWN_GRIDS_KEPT) drawnGrids.delete(drawnGrids.keys().next().value as string);
    drawnGrids.set(key, drawn);
  }
  return drawn;
}

function drawGridAnew(trace: Loose, kind: Kind, grid: Grid, ctx: DrawContext, paint: Paint): string {
  const { xa, ya } = ctx;
  const xc = axisCells(grid.xRaw, grid.nx, xa);
  const yc = axisCells(grid.yRaw, grid.ny, ya);
  const coloring = pick(trace, 'contours', 'coloring') ?? 'fill';
  let out = '';
  if (kind === 'heatmap') {
    const smooth = trace.zsmooth === 'best' || trace.zsmooth === 'fast';
    out += grid.nx * grid.ny <= MAX_RECT_CELLS && !smooth ? cellRects(grid, xc.edges, yc.edges, ctx, paint) : raster(grid, xc, yc, ctx, paint, smooth ? 'bilinear' : 'nearest');
    out += cellText(trace, grid, xc.centres, yc.centres, ctx, paint);
    return out;
  }
  if (kind === 'surface') out += raster(grid, xc, yc, ctx, paint, 'bilinear');
  else if (coloring === 'fill') out += raster(grid, xc, yc, ctx, paint, 'bands');
  else if (coloring === 'heatmap') out += raster(grid, xc, yc, ctx, paint, 'bilinear');
  const showLines = pick(trace, 'contours', 'showlines') !== false;
  if (showLines || coloring === 'lines' || coloring === 'none') out += levelLines(trace, kind, grid, xc.centres, yc.centres, ctx, paint, coloring === 'lines');
  return out;
}

function cellRects(grid: Grid, xe: number[], ye: number[], ctx: DrawContext, paint: Paint): string {
  let out = '';
  const xp = xe.map((c) => ctx.xa.px(c));
  const yp = ye.map((c) => ctx.ya.px(c));
  for (let r = 0; r < grid.ny; r++) {
    for (let c = 0; c < grid.nx; c++) {
      const v = grid.z[r][c];
      if (!Number.isFinite(v)) continue;
      const x = Math.min(xp[c], xp[c + 1]);
      const y = Math.min(yp[r], yp[r + 1]);
      // A hair of overlap hides anti-aliasing seams between neighbouring cells.
      out += `<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(Math.abs(xp[c + 1] - xp[c]) + 0.3)}" height="${fmt(Math.abs(yp[r + 1] - yp[r]) + 0.3)}" fill="${toHex(colorOf(paint, v))}"/>`;
    }
  }
  return `<g class="lnf-cells">${out}</g>`;
}

/** Index of the cell containing coordinate c, given sorted (either way) edges; -1 outside. */
function cellIndex(edges: number[], c: number): number {
  const n = edges.length - 1;
  const asc = edges[n] >= edges[0];
  let lo = 0;
  let hi = n;
  if (asc ? c < edges[0] || c > edges[n] : c > edges[0] || c < edges[n]) return -1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (asc ? c >= edges[mid] : c <= edges[mid]) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Fractional node index of coordinate c between node coordinates; NaN outside. */
function nodeIndex(nodes: number[], c: number): number {
  if (nodes.length === 1) return Math.abs(c - nodes[0]) < 1e-12 ? 0 : NaN;
  const i = cellIndex(nodes, c);
  if (i < 0) return NaN;
  const j = Math.min(i, nodes.length - 2);
  const span = nodes[j + 1] - nodes[j];
  return j + (span === 0 ? 0 : (c - nodes[j]) / span);
}

function bilinear(z: number[][], fx: number, fy: number): number {
  const c0 = Math.min(Math.floor(fx), z[0].length - 1);
  const r0 = Math.min(Math.floor(fy), z.length - 1);
  const c1 = Math.min(c0 + 1, z[0].length - 1);
  const r1 = Math.min(r0 + 1, z.length - 1);
  const tx = fx - c0;
  const ty = fy - r0;
  const top = z[r0][c0] * (1 - tx) + z[r0][c1] * tx;
  const bottom = z[r1][c0] * (1 - tx) + z[r1][c1] * tx;
  return top * (1 - ty) + bottom * ty;
}

function raster(grid: Grid, xc: { centres: number[]; edges: number[] }, yc: { centres: number[]; edges: number[] }, ctx: DrawContext, paint: Paint, mode: 'nearest' | 'bilinear' | 'bands'): string {
  const nodes = mode !== 'nearest';
  const xs = nodes ? xc.centres : xc.edges;
  const ys = nodes ? yc.centres : yc.edges;
  const px = xs.map((c) => ctx.xa.px(c)).filter(Number.isFinite);
  const py = ys.map((c) => ctx.ya.px(c)).filter(Number.isFinite);
  if (!px.length || !py.length) return '';
  // Only the part inside the plot box is rasterised.
  const left = Math.max(Math.min(...px), ctx.box.left);
  const right = Math.min(Math.max(...px), ctx.box.left + ctx.box.width);
  const top = Math.max(Math.min(...py), ctx.box.top);
  const bottom = Math.min(Math.max(...py), ctx.box.top + ctx.box.height);
  if (!(right > left && bottom > top)) return '';
  const exact = mode === 'nearest' && grid.nx <= MAX_RASTER && grid.ny <= MAX_RASTER && uniform(px) && uniform(py) && left === Math.min(...px) && right === Math.max(...px) && top === Math.min(...py) && bottom === Math.max(...py);
  const w = exact ? grid.nx : Math.max(1, Math.min(MAX_RASTER, Math.round(right - left)));
  const h = exact ? grid.ny : Math.max(1, Math.min(MAX_RASTER, Math.round(bottom - top)));
  const rgba = new Uint8Array(w * h * 4);
  // Every row crosses the same columns: find each column's place in the grid once, not once per pixel.
  const columns = new Float64Array(w);
  for (let i = 0; i < w; i++) {
    const cx = coordAtPixel(ctx.xa, left + ((i + 0.5) / w) * (right - left));
    columns[i] = nodes ? nodeIndex(xc.centres, cx) : cellIndex(xc.edges, cx);
  }
  const bandColors: Rgba[] = [];
  for (let j = 0; j < h; j++) {
    const cy = coordAtPixel(ctx.ya, top + ((j + 0.5) / h) * (bottom - top));
    const fy = nodes ? nodeIndex(yc.centres, cy) : cellIndex(yc.edges, cy);
    if (!(fy >= 0)) continue;
    for (let i = 0; i < w; i++) {
      const fx = columns[i];
      if (!(fx >= 0)) continue;
      const v = nodes ? bilinear(grid.z, fx, fy) : grid.z[fy][fx];
      if (!Number.isFinite(v)) continue;
      let color: Rgba;
      if (mode === 'bands') {
        const band = bandOf(paint.levels, v);
        color = bandColors[band] ??= colorOf(paint, bandValue(paint, band));
      } else color = colorOf(paint, v);
      const o = (j * w + i) * 4;
      rgba[o] = Math.round(color[0]);
      rgba[o + 1] = Math.round(color[1]);
      rgba[o + 2] = Math.round(color[2]);
      rgba[o + 3] = 255;
    }
  }
  const pixelated = mode === 'nearest' ? ' image-rendering="optimizeSpeed" style="image-rendering:pixelated"' : '';
  return `<image x="${fmt(left)}" y="${fmt(top)}" width="${fmt(right - left)}" height="${fmt(bottom - top)}" preserveAspectRatio="none"${pixelated} href="${pngDataUrl(w, h, rgba)}"/>`;
}

/** The band value v falls in: the first level above it, or past the last level. */
function bandOf(levels: number[], v: number): number {
  let band = 0;
  while (band < levels.length && !(v < levels[band])) band++;
  return band;
}

/** The value whose colour a contour band gets: the middle of the band. */
function bandValue(paint: Paint, band: number): number {
  const { levels, zmin, zmax } = paint;
  if (!levels.length) return (zmin + zmax) / 2;
  const lo = band === 0 ? zmin : levels[band - 1];
  const hi = band === levels.length ? zmax : levels[band];
  return (lo + hi) / 2;
}

function uniform(ps: number[]): boolean {
  if (ps.length < 3) return true;
  const step = (ps[ps.length - 1] - ps[0]) / (ps.length - 1);
  return ps.every((p, i) => Math.abs(p - (ps[0] + i * step)) < Math.abs(step) * 0.05);
}

function levelLines(trace: Loose, kind: Kind, grid: Grid, xn: number[], yn: number[], ctx: DrawContext, paint: Paint, colored: boolean): string {
  // Big grids are strided down for the lines; they are a preview, not a measurement.
  const stride = Math.max(1, Math.ceil(Math.max(grid.nx, grid.ny) / 150));
  const z = stride === 1 ? grid.z : grid.z.filter((_, r) => r % stride === 0).map((row) => row.filter((_, c) => c % stride === 0));
  const at = (nodes: number[], f: number) => {
    const i = Math.min(Math.floor(f * stride), nodes.length - 1);
    const j = Math.min(i + 1, nodes.length - 1);
    const t = f * stride - i;
    return nodes[i] + (nodes[j] - nodes[i]) * t;
  };
  const width = typeof pick(trace, 'line', 'width') === 'number' ? (pick(trace, 'line', 'width') as number) : colored ? 1.5 : kind === 'surface' ? 0.6 : 0.7;
  let out = '';
  let plain = '';
  for (const level of paint.levels) {
    let d = '';
    for (const line of contourLines(z, level)) {
      const run = downsampleRun({ xs: line.map((p) => ctx.xa.px(at(xn, p[0]))), ys: line.map((p) => ctx.ya.px(at(yn, p[1]))) }, 400);
      d += polylinePath(run.xs, run.ys);
    }
    if (!d) continue;
    if (colored) out += `<path class="lnf-line" d="${d}" style="stroke:${toHex(colorOf(paint, level))};stroke-width:${fmt(width)}"/>`;
    else plain += d;
  }
  if (plain) out += `<path class="lnf-line" d="${plain}" style="stroke:rgba(0,0,0,${kind === 'surface' ? 0.25 : 0.4});stroke-width:${fmt(width)}"/>`;
  return out;
}

/** Cell labels for small heatmaps with `texttemplate: '%{z}'` or a 2-D `text` (confusion matrices). */
function cellText(trace: Loose, grid: Grid, xn: number[], yn: number[], ctx: DrawContext, paint: Paint): string {
  const template = typeof trace.texttemplate === 'string' ? trace.texttemplate : '';
  const text = values(trace.text);
  if ((!template && !text.length) || grid.nx * grid.ny > 400) return '';
  let out = '';
  for (let r = 0; r < grid.ny; r++) {
    for (let c = 0; c < grid.nx; c++) {
      const v = grid.z[r][c];
      const given = isArrayLike(text[r]) ? values(text[r])[c] : undefined;
      const label = template ? template.replace(/%\{z(:[^}]*)?\}/g, Number.isFinite(v) ? formatValue(v) : '').replace(/%\{text\}/g, given === undefined ? '' : String(given)) : given === undefined ? '' : String(given);
      if (!label) continue;
      const [rr, gg, bb] = Number.isFinite(v) ? colorOf(paint, v) : [255, 255, 255];
      const dark = 0.299 * rr + 0.587 * gg + 0.114 * bb < 140;
      out += `<text x="${fmt(ctx.xa.px(xn[c]))}" y="${fmt(ctx.ya.px(yn[r]))}" dy="0.35em" text-anchor="middle" style="fill:${dark ? '#fff' : '#111'}">${escapeXml(label)}</text>`;
    }
  }
  return out ? `<g class="lnf-celltext">${out}</g>` : '';
}
