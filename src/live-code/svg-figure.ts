/**
 * A live figure drawn with the build-time SVG renderer (src/figures), for the
 * frames a run streams before Plotly has loaded. The renderer escapes every
 * text and accepts only plain colours; the markup is still parsed as inert XML
 * and kept to the elements and attributes the renderer writes before it joins
 * the page, so a figure from reader code can never become script.
 * @module
 */
import { PHONE_FIGURE, PHONE_MEDIA, legendUnderPlot, renderFigureSvg } from '../figures';
import type { Figure } from '../runtime/snippet';

/** Every element the renderer writes. */
const ELEMENTS = new Set(['svg', 'g', 'path', 'rect', 'circle', 'text', 'tspan', 'title', 'desc', 'style', 'defs', 'clipPath', 'linearGradient', 'stop', 'image']);
/** Only a heatmap's PNG, inline, may be linked. */
const IMAGE_DATA = /^data:image\/png;base64,[A-Za-z0-9+/=]+$/;

function clean(element: Element): void {
  for (const child of [...element.children]) {
    if (!ELEMENTS.has(child.localName)) child.remove();
    else clean(child);
  }
  for (const { name, value } of [...element.attributes]) {
    const link = name === 'href' || name === 'xlink:href';
    if (/^on/i.test(name) || (link && !(element.localName === 'image' && IMAGE_DATA.test(value)))) element.removeAttribute(name);
  }
}

/**
 * The figure as an SVG element for this document, themed by the page's CSS like the build-time ones, and
 * drawn for a phone on a phone's screen, like the first-paint figure it replaces.
 */
export function svgFigure(figure: Figure, title: string): Element {
  const phone = window.matchMedia(PHONE_MEDIA).matches;
  const markup = renderFigureSvg({ ...figure, layout: legendUnderPlot(figure.layout) }, { title, ...(phone ? { width: PHONE_FIGURE.width } : {}) });
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  if (parsed.localName !== 'svg') throw new Error('the figure could not be drawn');
  clean(parsed);
  return document.importNode(parsed, true);
}

/**
 * Small figures that between them take the renderer through lines, markers, level lines and a filled
 * contour's raster, each cheap enough to draw in one idle slice even on a slow phone.
 */
export function warmUpFigures(): Figure[] {
  const grid = Array.from({ length: 21 }, (_, i) => i / 10 - 1);
  const z = grid.map((v) => grid.map((u) => Math.log(u * u + 3 * v * v + 1e-3)));
  const line = Array.from({ length: 30 }, (_, i) => i / 15 - 1);
  const small = { width: 240, height: 180, title: { text: 'warm' }, xaxis: { title: { text: 'x' } } };
  return [
    { id: 'warm-lines', data: [{ x: line, y: line.map((u) => u * u), mode: 'lines+markers', name: 'a' }, { x: line, y: line, mode: 'lines', name: 'b' }], layout: small },
    { id: 'warm-levels', data: [{ type: 'contour', x: grid, y: grid, z, showscale: false, contours: { coloring: 'none' } }], layout: small },
    { id: 'warm-bands', data: [{ type: 'contour', x: grid, y: grid, z, showscale: false, ncontours: 12 }], layout: small },
  ];
}

/**
 * Draws the warm-up figures, unseen, one per idle slice: a run's first frame then runs the renderer's
 * compiled code instead of interpreting it (a contour's first drawing costs several times its later ones).
 */
export function warmSvgRenderer(idle: (work: () => void) => void): void {
  const next = (figures: Figure[]) => {
    const [figure, ...rest] = figures;
    if (!figure) return;
    idle(() => {
      renderFigureSvg(figure);
      next(rest);
    });
  };
  next(warmUpFigures());
}
