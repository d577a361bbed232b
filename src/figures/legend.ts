/** The legend: one row per named trace, to the right of the plot (or in rows above or below it when horizontal). */
import { fmt } from './format';
import { plainText, svgText, textWidth } from './markup';
import type { LegendEntry } from './model';

const ROW = 20;
const SWATCH = 24;

/** Width the legend needs beside the plot (0 when horizontal or empty). */
export function legendWidth(entries: LegendEntry[], horizontal: boolean): number {
  if (!entries.length || horizontal) return 0;
  return SWATCH + 14 + Math.min(180, Math.max(...entries.map((e) => textWidth(e.name, 12))));
}

/** Height a horizontal legend needs above the plot. */
export function legendHeight(entries: LegendEntry[], horizontal: boolean, width: number): number {
  if (!entries.length || !horizontal) return 0;
  return ROW * horizontalRows(entries, width).length + 4;
}

/** Room for an entry's text in a horizontal legend `width` wide: a longer name is cut to it, never past the figure. */
const horizontalTextRoom = (width: number) => width - SWATCH - 6;

/**
 * An entry's text as drawn: beside the plot cut at 32 characters (the legend's column is at most 180 px),
 * in rows above or below it only where it would not fit the figure's width.
 */
function shownName(e: LegendEntry, room?: number): string {
  const plain = plainText(e.name);
  if (room === undefined) return plain.length > 32 ? `${plain.slice(0, 31)}…` : e.name;
  if (textWidth(e.name, 12) <= room) return e.name;
  let cut = plain.length - 1;
  while (cut > 1 && textWidth(`${plain.slice(0, cut)}…`, 12) > room) cut--;
  return `${plain.slice(0, cut).trimEnd()}…`;
}

function horizontalRows(entries: LegendEntry[], width: number): LegendEntry[][] {
  const rows: LegendEntry[][] = [[]];
  let used = 0;
  for (const e of entries) {
    const w = SWATCH + 10 + textWidth(shownName(e, horizontalTextRoom(width)), 12) + 16;
    if (used + w > width && rows[rows.length - 1].length) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1].push(e);
    used += w;
  }
  return rows;
}

function swatch(e: LegendEntry, x: number, y: number): string {
  const dash = e.dash ? `;stroke-dasharray:${e.dash}` : '';
  if (e.symbol === 'box') return `<rect x="${fmt(x + 4)}" y="${fmt(y - 6)}" width="16" height="12" rx="2" style="fill:${e.color}"/>`;
  let s = '';
  if (e.symbol !== 'marker') s += `<path class="lnf-line" d="M${fmt(x)} ${fmt(y)}h${SWATCH}" style="stroke:${e.color};stroke-width:2${dash}"/>`;
  if (e.symbol !== 'line') s += `<path class="lnf-mark" d="M${fmt(x + SWATCH / 2)} ${fmt(y)}h0" style="stroke:${e.color};stroke-width:7"/>`;
  return s;
}

/** Draws the legend with its top-left corner at (x, y); a horizontal one's text ends before `right`. */
export function drawLegend(entries: LegendEntry[], x: number, y: number, horizontal: boolean, width: number, right = Infinity): string {
  if (!entries.length) return '';
  let out = '';
  if (horizontal) {
    const room = Math.min(horizontalTextRoom(width), right - x - SWATCH - 6);
    horizontalRows(entries, width).forEach((row, r) => {
      let cx = x;
      const cy = y + r * ROW + ROW / 2;
      for (const e of row) {
        const text = shownName(e, room);
        out += swatch(e, cx, cy) + svgText(cx + SWATCH + 6, cy, text, ' dy="0.32em"');
        cx += SWATCH + 10 + textWidth(text, 12) + 16;
      }
    });
  } else {
    entries.forEach((e, i) => {
      const cy = y + i * ROW + ROW / 2;
      out += swatch(e, x, cy) + svgText(x + SWATCH + 6, cy, shownName(e), ' dy="0.32em"');
    });
  }
  return `<g class="lnf-legend">${out}</g>`;
}

/** The legend fields of a Plotly layout that say where it goes. */
type LooseLegend = { orientation?: unknown; x?: unknown; y?: unknown };

/** Whether a layout's legend is horizontal and placed below the plot area (Plotly: y < 0). */
export function legendIsBelow(legend: LooseLegend | undefined): boolean {
  return legend?.orientation === 'h' && typeof legend.y === 'number' && legend.y < 0;
}

/**
 * The snippet figures' legend placement, for the build-time SVG and the live plot alike: under the plot,
 * in rows, so a narrow phone gives the plot its whole width. A snippet that places its legend itself keeps it.
 */
export function legendUnderPlot<L extends { legend?: object }>(layout: L): L {
  const legend = (layout.legend ?? {}) as LooseLegend;
  if (legend.orientation !== undefined || legend.x !== undefined || legend.y !== undefined) return layout;
  // y in plot heights below the plot's bottom edge: clear of the x tick labels and axis title.
  return { ...layout, legend: { orientation: 'h', x: 0, xanchor: 'left', y: -0.3, yanchor: 'top', ...legend } };
}
