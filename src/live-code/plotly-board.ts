/**
 * Draws a snippet's figures in place of their build-time SVGs: at most one
 * figure redrawn per animation frame, in the site's theme, resized with the
 * page. Until Plotly has loaded, frames are drawn with the same SVG renderer
 * as the build (svg-figure.ts), so a run shows its first frame without waiting
 * for Plotly's download and parse; the first SVG frame starts that load, and
 * Plotly takes over with the newest figures once it is there. While a slider is
 * dragged, frames are drawn with that renderer too (a few milliseconds where
 * Plotly.react takes tens), and Plotly redraws the figure once the frames stop.
 * Figures arrive checked and made safe by the page's gate (runtime/figure-guard.ts).
 * @module
 */
import type { Layout } from 'plotly.js';
import type { Figure } from '../runtime/snippet';
import type { PlotlyApi } from './plotly-bundle';
import { watchTheme } from './theme';
import { legendUnderPlot } from '../figures/legend';
import { splitLines, wrapLines } from '../figures/markup';
import { titleText } from '../figures/data';
import { TITLE_SIDES } from '../figures/render';
import { svgFigure, warmSvgRenderer } from './svg-figure';

let plotly: Promise<PlotlyApi> | null = null;
/** Plotly, once loaded: until then figures draw as SVG. */
let loadedPlotly: PlotlyApi | null = null;

/** Loads the Plotly bundle once per page. */
export function loadPlotly(): Promise<PlotlyApi> {
  plotly ??= import('./plotly-bundle').then((m) => (loadedPlotly = m.default));
  return plotly;
}

/** Figure colours: the theme's --fig-* custom properties, defined once in src/styles/global.css. */
interface Ink {
  readonly text: string;
  readonly grid: string;
  readonly line: string;
}

/** Used only where the site's stylesheet is missing: a grey that reads on light and dark. */
const NEUTRAL = '#808080';

function ink(): Ink {
  const css = getComputedStyle(document.documentElement);
  const read = (name: string) => css.getPropertyValue(name).trim() || NEUTRAL;
  return { text: read('--fig-text'), grid: read('--fig-grid'), line: read('--fig-axis') };
}

function axisTheme(axis: unknown, ink: Ink): object {
  return { gridcolor: ink.grid, linecolor: ink.line, zerolinecolor: ink.line, ...(axis as object) };
}

/** The snippet's layout with the current theme's colours filled in where the snippet set none. */
export function themedLayout(layout: Partial<Layout>, width?: number): Partial<Layout> {
  return layoutWithInk(layout, ink(), width);
}

/** Plotly's title size (1.4 times its 12 px font). */
const TITLE_FONT_PX = 17;

/**
 * {@link themedLayout} with explicit colours (pure, for tests); the legend goes under the plot, as in the
 * build-time SVG, and a title too long for a figure `width` px wide wraps onto more lines, as it does there.
 */
export function layoutWithInk(snippetLayout: Partial<Layout>, ink: Ink, width?: number): Partial<Layout> {
  const layout = legendUnderPlot(snippetLayout);
  const scene = layout.scene ?? {};
  const text = titleText(layout.title);
  const wrapped = text && width ? wrapLines(text, width - TITLE_SIDES, TITLE_FONT_PX) : text;
  const title = wrapped === text ? {} : { title: { ...(typeof layout.title === 'object' ? layout.title : {}), text: wrapped } };
  return {
    margin: { l: 55, r: 20, t: wrapped ? 20 + 22 * splitLines(wrapped).length : 20, b: 45 },
    ...layout,
    ...title,
    autosize: true,
    paper_bgcolor: 'rgba(0,0,0,0)',
    plot_bgcolor: 'rgba(0,0,0,0)',
    font: { color: ink.text, ...layout.font },
    xaxis: axisTheme(layout.xaxis, ink),
    yaxis: axisTheme(layout.yaxis, ink),
    scene: { ...scene, xaxis: axisTheme(scene.xaxis, ink), yaxis: axisTheme(scene.yaxis, ink), zaxis: axisTheme(scene.zaxis, ink) },
    legend: { bgcolor: 'rgba(0,0,0,0)', ...layout.legend },
  } as Partial<Layout>;
}

/**
 * Trace types the SVG renderer draws as Plotly would in the page: everything but 3-D (a surface or a
 * 3-D scatter is drawn from above at build time, and only Plotly can turn it). Grids become PNG
 * images in stored deflate blocks (src/figures/png.ts), which cost no time to write.
 */
const SVG_TRACE_TYPES: ReadonlySet<string | undefined> = new Set(['scatter', 'bar', 'histogram', 'heatmap', 'contour', undefined]);

function drawsAsSvg(figure: Figure): boolean {
  return figure.data.every((trace) => SVG_TRACE_TYPES.has((trace as { type?: string }).type));
}

/** How long after the last drag run ended Plotly redraws its figures (a pause in the drag, or its end). */
const DRAG_SETTLES_AFTER_MS = 250;

/** The same config object on every redraw: Plotly.react then has no config change to look at. */
const PLOTLY_CONFIG = { responsive: true, displaylogo: false } as const;

/** Whether a frame is part of a drag (drawn fast, as SVG) or one to keep (drawn by Plotly once loaded). */
export type FrameKind = 'drag' | 'settled';

/** The figures of one snippet, drawn into `container` (one child element per figure id). */
export class PlotlyBoard {
  private readonly latest = new Map<string, Figure>();
  private readonly dirty = new Set<string>();
  /** Figures whose newest frame is part of a drag. */
  private readonly dragging = new Set<string>();
  private settleTimer = 0;
  /** The themed layout each figure was last drawn with, and the snippet layout (as JSON) it came from. */
  private readonly layouts = new Map<string, { readonly source: string; readonly themed: Partial<Layout> }>();
  private frame = 0;
  /** Plotly is loading to take over from the SVG frames. */
  private handingOver = false;
  private readonly stopWatching: () => void;
  private readonly resizer: ResizeObserver;
  /** The figures' width (they span the container), from the resize observer. */
  private width = 0;
  /** Resolves when the next batch of redraws is on screen (tests and timings wait on it). */
  onDrawn: (ids: string[]) => void = () => {};

  constructor(private readonly container: HTMLElement) {
    this.stopWatching = watchTheme(() => this.redrawAll());
    this.resizer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry.contentRect.width);
      if (width !== this.width && this.width !== 0) this.redrawAll(); // titles wrap for the new width
      this.width = width;
      void this.resizeAll();
    });
    this.resizer.observe(container);
  }

  /**
   * Queues figures for drawing; several updates within a frame become one redraw. Drag frames are drawn
   * as SVG; {@link settleLater} has them drawn again as kept frames.
   */
  update(figures: readonly Figure[], kind: FrameKind = 'settled'): void {
    for (const figure of figures) {
      this.latest.set(figure.id, figure);
      this.dirty.add(figure.id);
      if (kind === 'drag') this.dragging.add(figure.id);
      else this.dragging.delete(figure.id);
    }
    this.schedule();
  }

  /** A drag run ended: unless another run starts first ({@link holdSettle}), Plotly redraws its figures soon. */
  settleLater(): void {
    clearTimeout(this.settleTimer);
    if (this.dragging.size > 0) this.settleTimer = window.setTimeout(() => this.settle(), DRAG_SETTLES_AFTER_MS);
  }

  /** A run starts: the drag goes on, so the figures stay drag frames for now. */
  holdSettle(): void {
    clearTimeout(this.settleTimer);
  }

  /** The drag paused or ended: the figures last drawn as drag frames are drawn again, by Plotly once it is there. */
  private settle(): void {
    const ids = [...this.dragging];
    this.dragging.clear();
    this.update(ids.map((id) => this.latest.get(id)).filter((f): f is Figure => f !== undefined));
  }

  private schedule(): void {
    if (!this.frame && this.dirty.size > 0) this.frame = requestAnimationFrame(() => void this.draw());
  }

  /**
   * Before a first run: compiles the renderer its first frames will use, in the idle slices `idle` gives
   * (nothing to do once Plotly draws them).
   */
  warmRenderer(idle: (work: () => void) => void): void {
    if (!loadedPlotly) warmSvgRenderer(idle);
  }

  /** Forgets the draws still queued (Stop, the time limit, a newer run): the page is free at once. */
  cancel(): void {
    this.dirty.clear();
    this.dragging.clear();
    clearTimeout(this.settleTimer);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** Removes figures the last run did not draw (after an edit renamed or dropped them). */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const element of this.container.querySelectorAll<HTMLElement>('[data-figure-id]')) {
      const id = element.dataset.figureId as string;
      if (ids.has(id)) continue;
      void loadPlotly().then((p) => p.purge(element));
      element.remove();
      this.latest.delete(id);
      this.layouts.delete(id);
    }
  }

  private slot(id: string): HTMLElement {
    const existing = [...this.container.querySelectorAll<HTMLElement>('[data-figure-id]')].find((e) => e.dataset.figureId === id);
    if (existing) return existing;
    const element = document.createElement('figure');
    element.className = 'snippet-figure';
    element.dataset.figureId = id;
    this.container.append(element);
    return element;
  }

  /** Draws one queued figure per animation frame, so a run with many figures cannot hold the page. */
  private async draw(): Promise<void> {
    const [id] = this.dirty;
    this.dirty.delete(id);
    const figure = id === undefined ? undefined : this.latest.get(id);
    try {
      const fast = figure !== undefined && (!loadedPlotly || this.dragging.has(figure.id));
      const drawnAsSvg = fast && drawsAsSvg(figure) && this.drawSvg(figure);
      if (figure && !drawnAsSvg) await this.drawPlotly(await loadPlotly(), figure);
      if (figure) {
        const element = this.slot(figure.id);
        element.dataset.drawn = String(Number(element.dataset.drawn ?? 0) + 1);
        this.onDrawn([figure.id]);
      }
    } finally {
      this.frame = 0;
      this.schedule();
    }
  }

  /**
   * A frame before Plotly is there: the build's renderer, then Plotly redraws the newest figures once loaded.
   * @returns false when the renderer could not draw it (Plotly will).
   */
  private drawSvg(figure: Figure): boolean {
    let svg: Element;
    try {
      svg = svgFigure(figure, figure.id);
    } catch {
      return false;
    }
    const element = this.slot(figure.id);
    if (element.dataset.live !== undefined) {
      // A drag frame over a live plot: Plotly lets go of the element (it draws it anew once the drag settles).
      loadedPlotly?.purge(element);
      delete element.dataset.live;
    }
    element.replaceChildren(svg);
    element.dataset.renderer = 'svg';
    if (!this.handingOver) {
      this.handingOver = true;
      void loadPlotly().then(() => this.redrawAll());
    }
    return true;
  }

  private async drawPlotly(Plotly: PlotlyApi, figure: Figure): Promise<void> {
    const element = this.slot(figure.id);
    if (element.dataset.live === undefined) {
      // The SVG gives way to the live plot, at the same height (no jump in the page).
      const height = element.getBoundingClientRect().height;
      if (height > 100) element.style.height = `${height}px`;
      element.replaceChildren();
      element.dataset.live = '';
    }
    element.dataset.renderer = 'plotly';
    await Plotly.react(element, figure.data, this.layoutFor(figure), PLOTLY_CONFIG);
  }

  /** The themed layout, built again only when the snippet's layout changed (or the theme: see redrawAll). */
  private layoutFor(figure: Figure): Partial<Layout> {
    const width = this.width || (this.width = this.container.clientWidth);
    const source = `${width} ${JSON.stringify(figure.layout ?? {})}`;
    const known = this.layouts.get(figure.id);
    if (known?.source === source) return known.themed;
    const themed = themedLayout(figure.layout, width);
    this.layouts.set(figure.id, { source, themed });
    return themed;
  }

  private redrawAll(): void {
    this.layouts.clear(); // the theme changed, or Plotly takes over: colours are read again
    this.update([...this.latest.values()]);
  }

  private async resizeAll(): Promise<void> {
    if (this.latest.size === 0) return;
    const Plotly = await loadPlotly();
    for (const element of this.container.querySelectorAll<HTMLElement>('[data-live]')) Plotly.Plots.resize(element);
  }

  /** Stops following theme and size (the snippet element left the page). */
  dispose(): void {
    this.stopWatching();
    this.resizer.disconnect();
    cancelAnimationFrame(this.frame);
    clearTimeout(this.settleTimer);
  }
}
