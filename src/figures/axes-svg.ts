/** Grid lines, axis lines, tick labels and axis titles. */
import type { AxisMap, PlacedAxis } from './frame';
import { fmt } from './format';
import { svgText } from './markup';

/** Grid and zero lines go under the traces. */
export function drawGrids(axes: AxisMap): string {
  let grid = '';
  let zero = '';
  for (const p of axes.values()) {
    const counter = axes.get(p.anchor);
    if (!counter || p.spec.overlaying) continue;
    const [c0, c1] = counter.axis.pixels;
    const showGrid = p.spec.showgrid !== false;
    for (const t of p.ticks) {
      const at = p.axis.px(t.coord);
      if (!inside(p, at)) continue;
      const d = p.letter === 'x' ? `M${fmt(at)} ${fmt(c0)}V${fmt(c1)}` : `M${fmt(c0)} ${fmt(at)}H${fmt(c1)}`;
      if (showGrid && !(t.coord === 0 && p.axis.type === 'linear')) grid += d;
    }
    const [lo, hi] = [Math.min(...p.axis.range), Math.max(...p.axis.range)];
    if (p.axis.type === 'linear' && p.spec.zeroline !== false && lo < 0 && hi > 0) {
      const at = p.axis.px(0);
      zero += p.letter === 'x' ? `M${fmt(at)} ${fmt(c0)}V${fmt(c1)}` : `M${fmt(c0)} ${fmt(at)}H${fmt(c1)}`;
    } else if (showGrid && p.ticks.some((t) => t.coord === 0 && p.axis.type === 'linear')) {
      const at = p.axis.px(0);
      if (inside(p, at)) grid += p.letter === 'x' ? `M${fmt(at)} ${fmt(c0)}V${fmt(c1)}` : `M${fmt(c0)} ${fmt(at)}H${fmt(c1)}`;
    }
  }
  return (grid ? `<path class="lnf-grid" d="${grid}"/>` : '') + (zero ? `<path class="lnf-zero" d="${zero}"/>` : '');
}

function inside(p: PlacedAxis, at: number): boolean {
  const [a, b] = p.axis.pixels;
  return at >= Math.min(a, b) - 0.5 && at <= Math.max(a, b) + 0.5;
}

/** Axis lines, tick labels and titles go over the traces. */
export function drawAxes(axes: AxisMap): string {
  let lines = '';
  let labels = '';
  for (const p of axes.values()) {
    const counter = axes.get(p.anchor);
    if (!counter) continue;
    const [c0, c1] = counter.axis.pixels;
    const [a0, a1] = p.axis.pixels;
    if (p.letter === 'x') {
      const y = p.side === 'top' ? Math.min(c0, c1) : Math.max(c0, c1);
      if (p.spec.showline !== false) lines += `M${fmt(a0)} ${fmt(y)}H${fmt(a1)}`;
      if (p.spec.showticklabels !== false) {
        for (const t of p.ticks) {
          const x = p.axis.px(t.coord);
          if (!inside(p, x)) continue;
          labels += svgText(x, p.side === 'top' ? y - 6 : y + 15, t.label, ` text-anchor="middle"${t.digit ? ' class="lnf-digit"' : ''}`);
        }
      }
      if (p.title) labels += svgText((a0 + a1) / 2, p.side === 'top' ? y - 26 : y + 34, p.title, ' class="lnf-title-axis" text-anchor="middle"');
    } else {
      const right = p.side === 'right';
      const x = right ? Math.max(c0, c1) : Math.min(c0, c1);
      if (p.spec.showline !== false) lines += `M${fmt(x)} ${fmt(a0)}V${fmt(a1)}`;
      let widest = 0;
      if (p.spec.showticklabels !== false) {
        for (const t of p.ticks) {
          const y = p.axis.px(t.coord);
          if (!inside(p, y)) continue;
          widest = Math.max(widest, t.label.length * 6.1);
          labels += svgText(right ? x + 6 : x - 6, y, t.label, ` dy="0.32em" text-anchor="${right ? 'start' : 'end'}"${t.digit ? ' class="lnf-digit"' : ''}`);
        }
      }
      if (p.title) {
        const tx = right ? x + widest + 20 : x - widest - 16;
        const ty = (a0 + a1) / 2;
        labels += svgText(tx, ty, p.title, ` class="lnf-title-axis" text-anchor="middle" transform="rotate(${right ? 90 : -90} ${fmt(tx)} ${fmt(ty)})"`);
      }
    }
  }
  return (lines ? `<path class="lnf-axis" d="${lines}"/>` : '') + (labels ? `<g class="lnf-ticks">${labels}</g>` : '');
}
