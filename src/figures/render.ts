/** renderFigureSvg: a Plotly figure as a static, themed, accessible SVG string. */
import type { Figure } from '../runtime/snippet';
import { fnv1a } from '../runtime/hash';
import { drawAnnotations, drawShapes } from './annotations';
import { drawAxes, drawGrids } from './axes-svg';
import { type BarSlot, prepareBar } from './bar';
import { colorbarWidth, drawColorbar } from './colorbar';
import { type Loose, pick, titleText } from './data';
import { describeFigure } from './describe';
import { escapeXml } from './escape';
import { fmt } from './format';
import { applyScaleAnchors, axisTicks, buildAxes, computeMargins, placePixels, subplotBox } from './frame';
import { prepareHeatmap, SURFACE_NOTE } from './heatmap';
import { prepareHistogram } from './histogram';
import { drawLegend, legendHeight, legendIsBelow, legendWidth } from './legend';
import { plainText, splitLines, svgText, textWidth, wrapLines } from './markup';
import type { Box, DrawContext, LegendEntry, PreparedTrace } from './model';
import { prepareScatter } from './scatter';
import { FIGURE_CSS } from './style';
import { type TraceType, isTraceType } from './trace-types';

/** Size and accessible name of the rendered figure. */
export interface RenderOptions {
  /** Width of the viewBox in CSS pixels (default: layout.width, else 640). The SVG scales to its container. */
  readonly width?: number;
  /** Height of the viewBox (default: layout.height, else 400). */
  readonly height?: number;
  /** Accessible name when the layout has no title. */
  readonly title?: string;
  /** The note on a surface's picture from above, in the page's language (default English). */
  readonly surfaceNote?: string;
  /**
   * Whether the SVG carries its own copy of {@link FIGURE_CSS} (default true: self-contained). Pages with many
   * figures set false and carry it once (src/layouts/Base.astro).
   */
  readonly ownCss?: boolean;
  /** Which of a page's two drawings this is (src/figures/style.ts, PHONE_FIGURE); unset for a lone figure. */
  readonly drawing?: 'wide' | 'phone';
}

const DEFAULT_WIDTH = 640;
const DEFAULT_HEIGHT = 400;
/** Room left of and right of a title: a longer one wraps onto more lines. */
export const TITLE_SIDES = 24;

/**
 * Renders a figure (Plotly traces and layout) to a self-contained SVG string,
 * for first paint without JavaScript. Supports scatter (lines, markers, dashes,
 * fills, steps), bar, histogram, heatmap, contour, surface (seen from above),
 * scatter3d (seen from above), subplots by axis domains or layout.grid, log and
 * category axes, ranges, titles, legend, colour bar, annotations and shapes.
 * Colours follow the page theme through CSS custom properties (see {@link FIGURE_CSS}).
 * All text from the figure is escaped.
 */
export function renderFigureSvg(figure: Figure, options: RenderOptions = {}): string {
  const layout = (figure.layout ?? {}) as Loose;
  const width = positive(options.width) ?? positive(layout.width) ?? DEFAULT_WIDTH;
  const height = positive(options.height) ?? positive(layout.height) ?? DEFAULT_HEIGHT;
  const { traces, skipped, legend, hidden } = prepareTraces((figure.data ?? []) as unknown as Loose[], layout);
  const scene = sceneOf(traces, layout);
  // Traces shown only in the legend do not stretch the axes (as in Plotly).
  const axes = buildAxes(traces.filter((t) => !hidden.has(t)), layout, scene);

  const title = wrapLines(titleText(layout.title), width - TITLE_SIDES, 16);
  const titleLines = title ? splitLines(title).length : 0;
  const horizontalLegend = pick(layout, 'legend', 'orientation') === 'h';
  const legendBelow = legendIsBelow(layout.legend as Loose | undefined);
  const colorbar = traces.find((t) => t.colorbar)?.colorbar;
  const legendW = legendWidth(legend, horizontalLegend);
  const colorbarW = colorbarWidth(colorbar);
  const rightExtra = (legendW ? legendW + 12 : 0) + (colorbarW ? colorbarW + 4 : 0);
  const rowsHeight = legendHeight(legend, horizontalLegend, width - 80);
  const [topExtra, bottomExtra] = legendBelow ? [0, rowsHeight] : [rowsHeight, 0];
  const margins = computeMargins(axes, height, titleLines, rightExtra, topExtra, bottomExtra);
  const area: Box = { left: margins.left, top: margins.top, width: Math.max(40, width - margins.left - margins.right), height: Math.max(40, height - margins.top - margins.bottom) };
  placePixels(axes, area);
  applyScaleAnchors(axes);
  for (const p of axes.values()) p.ticks = axisTicks(p, Math.abs(p.axis.pixels[1] - p.axis.pixels[0]));

  // Traces, each clipped to its subplot box.
  const clips = new Map<string, { id: string; box: Box }>();
  const previous = new Map<string, DrawContext['previousLine']>();
  let body = '';
  for (const t of traces) {
    if (hidden.has(t) || !axes.has(t.xaxis) || !axes.has(t.yaxis)) continue;
    const xa = axes.get(t.xaxis)!;
    const ya = axes.get(t.yaxis)!;
    const key = `${t.xaxis}${t.yaxis}`;
    if (!clips.has(key)) clips.set(key, { id: `@@-c${clips.size}`, box: subplotBox(area, xa, ya) });
    const clip = clips.get(key)!;
    const ctx: DrawContext = { xa: xa.axis, ya: ya.axis, box: clip.box, previousLine: previous.get(key) };
    const drawn = t.draw(ctx);
    if (t.type === 'scatter' || t.type === 'scatter3d') previous.set(key, ctx.previousLine);
    if (drawn) body += `<g clip-path="url(#${clip.id})">${drawn}</g>`;
  }
  const defs = [...clips.values()].map((c) => `<clipPath id="${c.id}"><rect x="${fmt(c.box.left)}" y="${fmt(c.box.top)}" width="${fmt(c.box.width)}" height="${fmt(c.box.height)}"/></clipPath>`).join('');

  let svg = defs ? `<defs>${defs}</defs>` : '';
  svg += drawGrids(axes);
  svg += drawShapes(layout, axes, area).replace('<g class="lnf-shapes">', '<g class="lnf-shapes lnf-below">');
  svg += body;
  svg += drawAxes(axes);
  svg += notes(traces, axes, area, options.surfaceNote);
  svg += drawAnnotations(layout, axes, area);
  if (title) svg += svgText(titleX(layout, width, area), 16 + 14, title, ` class="lnf-title" text-anchor="${titleX(layout, width, area) === area.left ? 'start' : 'middle'}"`, 1.25, 16);
  let x = area.left + area.width + 12;
  // The right edge: right-side y axes push the legend and colour bar out.
  x += Math.max(0, width - margins.right - (area.left + area.width)) + (margins.right - 16 - rightExtra);
  if (legendW) {
    svg += drawLegend(legend, x, area.top, false, legendW);
    x += legendW + 12;
  }
  if (horizontalLegend && legendBelow) svg += drawLegend(legend, area.left, height - bottomExtra, true, width - 80, width - 8);
  else if (horizontalLegend) svg += drawLegend(legend, area.left, area.top - topExtra - 2, true, width - 80, width - 8);
  if (colorbar) svg += drawColorbar(colorbar, x - 8, area.top, area.height, '@@-cb');

  const name = plainText(title) || options.title || `Figure ${figure.id}`;
  const desc = describeFigure(traces, skipped, axes);
  // A stable id prefix, so figures on one page never share clip or gradient ids.
  const uid = `lnf${fnv1a(svg + name + desc).toString(36)}`;
  const head = `<svg xmlns="http://www.w3.org/2000/svg" class="lnf${options.drawing ? ` lnf-${options.drawing}` : ''}" viewBox="0 0 ${fmt(width)} ${fmt(height)}" width="100%" preserveAspectRatio="xMidYMid meet" role="img" aria-label="${escapeXml(name)}" aria-describedby="${uid}-d" data-figure="${escapeXml(figure.id)}">`;
  return `${head}<title>${escapeXml(name)}</title><desc id="${uid}-d">${escapeXml(desc)}</desc>${options.ownCss === false ? '' : `<style>${FIGURE_CSS}</style>`}${svg.replaceAll('@@', uid)}</svg>`;
}

function positive(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v > 50 ? v : undefined;
}

function titleX(layout: Loose, width: number, area: Box): number {
  const x = pick(layout, 'title', 'x');
  if (typeof x === 'number' && x < 0.2) return area.left;
  return width / 2;
}

interface Prepared {
  traces: PreparedTrace[];
  skipped: string[];
  legend: LegendEntry[];
  hidden: Set<PreparedTrace>;
}

/** Which subplot a trace draws in. */
type TraceAxes = { xaxis: string; yaxis: string };

/** Reads one trace; `barSlot` gives bars and histograms their place among the bars of their subplot. */
type Preparer = (trace: Loose, index: number, axes: TraceAxes, barSlot: () => BarSlot) => PreparedTrace;

/** One preparer per trace type: adding a type to trace-types.ts fails the type check until it has one here. */
const PREPARERS: Record<TraceType, Preparer> = {
  scatter: (trace, index, axes) => prepareScatter(trace, index, axes),
  scatter3d: (trace, index, axes) => prepareScatter(trace, index, axes),
  bar: (trace, index, axes, barSlot) => prepareBar(trace, index, barSlot(), axes),
  histogram: (trace, index, axes, barSlot) => prepareHistogram(trace, index, barSlot(), axes),
  heatmap: (trace, index, axes) => prepareHeatmap(trace, 'heatmap', index, axes),
  contour: (trace, index, axes) => prepareHeatmap(trace, 'contour', index, axes),
  surface: (trace, index, axes) => prepareHeatmap(trace, 'surface', index, axes),
};

/** Older Plotly names drawn the same way at first paint. */
const ALIASES: Readonly<Record<string, TraceType>> = { scattergl: 'scatter', heatmapgl: 'heatmap' };

/** 3-D traces are drawn seen from above, on the default x and y axes. */
const SEEN_FROM_ABOVE: ReadonlySet<TraceType> = new Set(['surface', 'scatter3d']);

function prepareTraces(data: Loose[], layout: Loose): Prepared {
  const traces: PreparedTrace[] = [];
  const skipped: string[] = [];
  const hidden = new Set<PreparedTrace>();
  const legendCandidates: Array<{ trace: Loose; prepared: PreparedTrace }> = [];
  const barMode = ['stack', 'overlay', 'relative'].includes(layout.barmode as string) ? (layout.barmode as BarSlot['mode']) : 'group';
  const barLike = (t: Loose) => t && (t.type === 'bar' || t.type === 'histogram') && t.visible !== false && t.visible !== 'legendonly';
  const slotCounts = new Map<string, number>();
  const stacks = new Map<string, BarSlot['stacks']>();
  const onlyHistograms = data.filter(barLike).every((t) => t.type === 'histogram');
  const gap = typeof layout.bargap === 'number' ? layout.bargap : onlyHistograms ? 0 : 0.2;
  data.forEach((trace, index) => {
    if (!trace || typeof trace !== 'object' || trace.visible === false) return;
    const named = typeof trace.type === 'string' ? trace.type : 'scatter';
    const type = isTraceType(named) ? named : ALIASES[named];
    if (type === undefined) {
      skipped.push(`${typeof trace.name === 'string' ? trace.name : `trace ${index}`} (${named})`);
      return;
    }
    const axes = SEEN_FROM_ABOVE.has(type) ? { xaxis: 'x', yaxis: 'y' } : { xaxis: axisId(trace.xaxis, 'x'), yaxis: axisId(trace.yaxis, 'y') };
    const key = `${axes.xaxis}${axes.yaxis}`;
    const barSlot = (): BarSlot => {
      const count = data.filter((t) => barLike(t) && `${axisId(t.xaxis, 'x')}${axisId(t.yaxis, 'y')}` === key).length;
      const slotIndex = slotCounts.get(key) ?? 0;
      if (barLike(trace)) slotCounts.set(key, slotIndex + 1);
      if (!stacks.has(key)) stacks.set(key, new Map());
      return { index: slotIndex, count, mode: barMode, gap, stacks: stacks.get(key)! };
    };
    const prepared = PREPARERS[type](type === named ? trace : { ...trace, type }, index, axes, barSlot);
    if (trace.visible === 'legendonly') hidden.add(prepared);
    traces.push(prepared);
    if (prepared.legend && trace.showlegend !== false) legendCandidates.push({ trace, prepared });
  });
  const drawable = traces.filter((t) => t.legend).length;
  const show = layout.showlegend === true || (layout.showlegend !== false && drawable > 1);
  const legend = show ? legendCandidates.map((c) => c.prepared.legend!) : [];
  return { traces, skipped, legend, hidden };
}

function axisId(v: unknown, letter: 'x' | 'y'): string {
  return typeof v === 'string' && new RegExp(`^${letter}\\d*$`).test(v) ? (v === `${letter}1` ? letter : v) : letter;
}

function sceneOf(traces: PreparedTrace[], layout: Loose): Loose | undefined {
  return traces.some((t) => SEEN_FROM_ABOVE.has(t.type as TraceType)) ? ((layout.scene ?? {}) as Loose) : undefined;
}

/** Notes such as "3-D view loads on Run", top-left in the subplot, on a backing pill. */
function notes(traces: PreparedTrace[], axes: ReturnType<typeof buildAxes>, area: Box, surfaceNote = SURFACE_NOTE): string {
  const seen = new Set<string>();
  let out = '';
  for (const t of traces) {
    if (!t.note || seen.has(t.note)) continue;
    seen.add(t.note);
    const note = t.note === SURFACE_NOTE ? surfaceNote : t.note;
    const box = subplotBox(area, axes.get(t.xaxis)!, axes.get(t.yaxis)!);
    const w = textWidth(note, 12) + 16;
    out += `<g class="lnf-note"><rect x="${fmt(box.left + 8)}" y="${fmt(box.top + 8 + (seen.size - 1) * 26)}" width="${fmt(w)}" height="22" rx="11"/>${svgText(box.left + 16, box.top + 19 + (seen.size - 1) * 26, note, ' dy="0.32em"')}</g>`;
  }
  return out;
}
