/**
 * Static first-paint figures: Plotly figures rendered to SVG at build time,
 * visible with JavaScript off and themed by CSS custom properties.
 *
 * ```ts
 * import { renderFigureSvg } from '../figures';
 * const svg = renderFigureSvg(run.figures.loss, { title: 'Loss against iterations' });
 * ```
 * Inline the string in the page (not as an <img>) so it picks up the theme.
 * @module
 */
export { renderFigureSvg, type RenderOptions } from './render';
export { FIGURE_CSS, PHONE_FIGURE, PHONE_MEDIA } from './style';
export { legendUnderPlot } from './legend';
export { COLORWAY } from './colors';
export { histogramBins, type Bins, type BinOptions } from './histogram';
export { encodePng } from './png';
