/**
 * A figure drawn 640 wide and shown on a 390 px phone would have 6 px text. Pages therefore carry each
 * build-time figure twice, wide and drawn for a phone (this viewBox width, its own ticks and legend rows),
 * and show one by the viewport's width; the page's live SVG frames pick the same way (svg-figure.ts).
 */
export const PHONE_FIGURE = { width: 380, viewportBelow: 600 } as const;

/** The media query under which the phone drawing is shown. */
export const PHONE_MEDIA = `(max-width: ${PHONE_FIGURE.viewportBelow - 0.02}px)`;

/**
 * The figure's CSS. Colours are custom properties with fallbacks, so the SVG
 * follows the site's light/dark theme without JavaScript:
 * --fig-text, --fig-axis, --fig-grid (already defined by src/styles/global.css),
 * --fig-font, --fig-note-bg, and --fig-c0 ... --fig-c9 for the default trace palette.
 * Without any of them, text takes the surrounding `color` (currentColor) and lines
 * a mid grey that reads on light and dark backgrounds alike.
 */
export const FIGURE_CSS = [
  '.lnf{font-family:var(--fig-font,var(--font-body,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif));font-size:12px;display:block;height:auto;max-width:100%}',
  '.lnf text{fill:var(--fig-text,currentColor)}',
  '.lnf .lnf-ticks text{font-size:11px;fill-opacity:.78}',
  '.lnf .lnf-ticks .lnf-digit{font-size:8.5px}',
  '.lnf .lnf-title{font-size:16px}',
  '.lnf .lnf-title-axis{font-size:12px;fill-opacity:1}',
  '.lnf .lnf-grid{stroke:var(--fig-grid,rgba(128,128,128,.22));fill:none;stroke-width:1}',
  '.lnf .lnf-zero{stroke:var(--fig-axis,rgba(128,128,128,.7));stroke-opacity:.6;fill:none;stroke-width:1}',
  '.lnf .lnf-axis{stroke:var(--fig-axis,rgba(128,128,128,.7));fill:none;stroke-width:1}',
  '.lnf .lnf-line{fill:none;stroke-linejoin:round;stroke-linecap:round}',
  '.lnf .lnf-mark{fill:none;stroke-linecap:round}',
  '.lnf .lnf-note rect{fill:var(--fig-note-bg,var(--bg,#fff));fill-opacity:.85;stroke:var(--fig-grid,rgba(128,128,128,.3))}',
  // Which of a figure's two drawings shows (see PHONE_FIGURE); print keeps the wide one.
  '.lnf.lnf-phone{display:none}',
  `@media screen and ${PHONE_MEDIA}{.lnf.lnf-wide{display:none}.lnf.lnf-phone{display:block}}`,
].join('');
