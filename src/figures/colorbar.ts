/** A vertical colour bar with ticks, beside the plot, for heatmaps, contours and surfaces. */
import { toHex } from './colors';
import { sampleColorscale } from './colorscale';
import { fmt } from './format';
import { svgText, textWidth } from './markup';
import type { ColorbarSpec } from './model';
import { linearTicks } from './ticks';

const BAR = 14;

/** Width the colour bar needs, labels included. */
export function colorbarWidth(spec: ColorbarSpec | undefined): number {
  if (!spec) return 0;
  const labels = linearTicks(spec.min, spec.max, 5).map((t) => textWidth(t.label, 11));
  return 12 + BAR + 6 + Math.max(0, ...labels);
}

/** Draws the bar from top to bottom at x; `id` names its gradient. */
export function drawColorbar(spec: ColorbarSpec, x: number, top: number, height: number, id: string): string {
  const stops = Array.from({ length: 11 }, (_, i) => `<stop offset="${i / 10}" stop-color="${toHex(sampleColorscale(spec.scale, i / 10))}"/>`).join('');
  const titleRoom = spec.title ? 18 : 0;
  const barTop = top + titleRoom;
  const barHeight = Math.max(20, height - titleRoom);
  let out = `<defs><linearGradient id="${id}" x1="0" y1="1" x2="0" y2="0">${stops}</linearGradient></defs>`;
  out += `<rect x="${fmt(x + 12)}" y="${fmt(barTop)}" width="${BAR}" height="${fmt(barHeight)}" fill="url(#${id})"/>`;
  const span = spec.max - spec.min;
  for (const t of span > 0 ? linearTicks(spec.min, spec.max, Math.max(2, barHeight / 50)) : []) {
    const y = barTop + barHeight - ((t.coord - spec.min) / span) * barHeight;
    out += `<path class="lnf-axis" d="M${fmt(x + 12 + BAR)} ${fmt(y)}h3"/>` + svgText(x + 12 + BAR + 6, y, t.label, ' dy="0.32em"');
  }
  if (spec.title) out += svgText(x + 12, top + 10, spec.title, ' class="lnf-title-axis"');
  return `<g class="lnf-colorbar lnf-ticks">${out}</g>`;
}
