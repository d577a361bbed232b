/** Histogram traces: Plotly-like automatic bins, `nbinsx`, `xbins` and `histnorm`. */
import { type BarSlot, barTrace } from './bar';
import { defaultColor, safeColor } from './colors';
import { type Loose, extent, numbers, pick } from './data';
import { niceStep } from './ticks';
import type { PreparedTrace } from './model';
import { opacity } from './paint';

/** Bins of a histogram: `counts[i]` values fall in [start + i·size, start + (i+1)·size). */
export interface Bins {
  readonly start: number;
  readonly size: number;
  readonly counts: number[];
}

/** Options that mirror Plotly's `nbinsx` and `xbins`. */
export interface BinOptions {
  readonly nbins?: number;
  readonly start?: number;
  readonly end?: number;
  readonly size?: number;
}

/**
 * Bins values the way Plotly does by default: a bin size of about (max - min) / nbins
 * when `nbins` is given, else about 2σ / n^0.4 but never below the data's resolution;
 * rounded to a nice 1-2-5 step, with edges on multiples of the step, shifted off the data as
 * Plotly shifts them (see shiftedStart). NaN values are skipped, and empty bins at the ends dropped.
 */
export function histogramBins(data: readonly number[], options: BinOptions = {}): Bins {
  const vals = data.filter(Number.isFinite);
  const e = extent(vals);
  if (!e) return { start: 0, size: 1, counts: [] };
  let [lo, hi] = e;
  if (typeof options.start === 'number') lo = Math.min(lo, options.start);
  let size = options.size;
  if (!(size !== undefined && size > 0)) {
    const span = hi - lo;
    if (span === 0) size = lo === 0 ? 1 : niceStep(Math.abs(lo) / 10);
    else if (options.nbins && options.nbins > 0) size = niceStep(span / options.nbins);
    else {
      const mean = vals.reduce((a, b) => a + b, 0) / vals.length;
      const sd = Math.sqrt(vals.reduce((a, b) => a + (b - mean) ** 2, 0) / vals.length);
      const sorted = [...new Set(vals)].sort((a, b) => a - b);
      let minDiff = Infinity;
      for (let i = 1; i < sorted.length; i++) minDiff = Math.min(minDiff, sorted[i] - sorted[i - 1]);
      size = niceStep(Math.max(Number.isFinite(minDiff) ? minDiff * 0.9 : 0, (2 * sd) / vals.length ** 0.4, span / 200));
    }
  }
  const start = typeof options.start === 'number' ? options.start : shiftedStart(Math.floor(lo / size) * size, size, vals, lo, hi);
  const end = typeof options.end === 'number' ? options.end : hi;
  const nBins = Math.max(1, Math.floor((Math.max(end, hi) - start) / size + 1e-9) + 1);
  const counts = new Array<number>(Math.min(nBins, 10_000)).fill(0);
  for (const v of vals) {
    if (v < start || (typeof options.end === 'number' && v > options.end)) continue;
    const i = Math.min(counts.length - 1, Math.floor((v - start) / size + 1e-9));
    counts[i]++;
  }
  // Empty bins at either end are dropped, as Plotly drops them, so that the axis does not stretch over them.
  const first = Math.max(0, counts.findIndex((c) => c > 0));
  let last = counts.length - 1;
  while (last > first && counts[last] === 0) last--;
  return { start: start + first * size, size, counts: counts.slice(first, last + 1) };
}

/**
 * Plotly's shift of automatic bin edges off the data: whole-number data get edges at
 * half-integers, so every value sits inside a bin; data piled on the edges get edges moved
 * by half a bin (Plotly's autoShiftNumericBins).
 */
function shiftedStart(start: number, size: number, vals: readonly number[], lo: number, hi: number): number {
  const nearEdge = (v: number) => (1 + ((v - start) * 100) / size) % 100 < 2;
  if (vals.every(Number.isInteger)) {
    if (size < 1) return lo - 0.5 * size;
    return start - 0.5 + size < lo ? start - 0.5 + size : start - 0.5;
  }
  const onEdges = vals.filter(nearEdge).length;
  const midway = vals.filter((v) => nearEdge(v + size / 2)).length;
  if (midway < vals.length * 0.1 && (onEdges > vals.length * 0.3 || nearEdge(lo) || nearEdge(hi))) {
    return start + size / 2 < lo ? start + size / 2 : start - size / 2;
  }
  return start;
}

/** Reads a histogram trace (x values; `y` only for horizontal histograms). */
export function prepareHistogram(trace: Loose, index: number, slot: BarSlot, axes: { xaxis: string; yaxis: string }): PreparedTrace {
  const horizontal = trace.x === undefined && trace.y !== undefined;
  const data = numbers(horizontal ? trace.y : trace.x);
  const binSpec = (horizontal ? trace.ybins : trace.xbins) as Loose | undefined;
  const nbins = horizontal ? trace.nbinsy : trace.nbinsx;
  const bins = histogramBins(data, {
    nbins: typeof nbins === 'number' ? nbins : undefined,
    start: typeof binSpec?.start === 'number' ? binSpec.start : undefined,
    end: typeof binSpec?.end === 'number' ? binSpec.end : undefined,
    size: typeof binSpec?.size === 'number' ? binSpec.size : undefined,
  });
  const total = bins.counts.reduce((a, b) => a + b, 0);
  const norm = trace.histnorm;
  const lengths = bins.counts.map((c) =>
    norm === 'percent' ? (100 * c) / (total || 1)
    : norm === 'probability' ? c / (total || 1)
    : norm === 'density' ? c / bins.size
    : norm === 'probability density' ? c / ((total || 1) * bins.size)
    : c,
  );
  const name = typeof trace.name === 'string' ? trace.name : `trace ${index}`;
  const positions = bins.counts.map((_, i) => bins.start + (i + 0.5) * bins.size);
  return barTrace(
    {
      type: 'histogram',
      name,
      positions,
      lengths,
      width: bins.size,
      horizontal,
      color: safeColor(pick(trace, 'marker', 'color')) ?? defaultColor(index),
      opacity: opacity(pick(trace, 'marker', 'opacity'), opacity(trace.opacity)),
      summary: `${name} (histogram of ${total} value${total === 1 ? '' : 's'} in ${bins.counts.length} bins of width ${Number(bins.size.toPrecision(3))})`,
      axes,
    },
    slot,
  );
}
