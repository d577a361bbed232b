/**
 * Fewer points, same picture: long lines are reduced in screen space before
 * they are written, so a 50 000-step loss curve costs about as much as 2 000 points.
 */

/** A run of screen points with no gaps. */
export type Run = { xs: number[]; ys: number[] };

/** The most points a line keeps per trace. */
export const MAX_LINE_POINTS = 2000;

/**
 * Lines longer than this are also simplified to {@link SIMPLIFY_TOLERANCE_PX}: a smooth 2 000-step curve
 * across 600 pixels has several points per pixel that a stroke cannot show. Short lines keep every point.
 */
export const SIMPLIFY_ABOVE = 256;
/** How far (CSS pixels) a simplified line may pass from a dropped point: well under a 1 px stroke. */
export const SIMPLIFY_TOLERANCE_PX = 0.25;

/**
 * Reduces a run to at most about `max` points. When x only grows (a curve against
 * iterations), each pixel column keeps its first, lowest, highest and last point (M4),
 * which keeps the envelope of noisy curves exact. Otherwise (a trajectory) points are
 * dropped with Ramer-Douglas-Peucker at the smallest tolerance that fits. Long lines are then simplified
 * at a quarter of a pixel, which no stroke shows.
 */
export function downsampleRun(run: Run, max = MAX_LINE_POINTS): Run {
  const reduced = fitRun(run, max);
  return reduced.xs.length > SIMPLIFY_ABOVE ? rdp(reduced, SIMPLIFY_TOLERANCE_PX) : reduced;
}

/** At most about `max` points (see {@link downsampleRun}). */
function fitRun(run: Run, max: number): Run {
  const n = run.xs.length;
  if (n <= max) return run;
  let monotone = true;
  for (let i = 1; i < n && monotone; i++) monotone = run.xs[i] >= run.xs[i - 1];
  if (monotone) {
    const reduced = m4(run, max / 4);
    if (reduced.xs.length <= max) return reduced;
  }
  let tolerance = 0.25;
  let out = rdp(run, tolerance);
  while (out.xs.length > max && tolerance < 64) {
    tolerance *= 2;
    out = rdp(run, tolerance);
  }
  return out;
}

function m4(run: Run, columns: number): Run {
  const { xs, ys } = run;
  const x0 = xs[0];
  const width = xs[xs.length - 1] - x0 || 1;
  const out: Run = { xs: [], ys: [] };
  let i = 0;
  while (i < xs.length) {
    const col = Math.min(columns - 1, Math.floor(((xs[i] - x0) / width) * columns));
    let j = i;
    let lo = i;
    let hi = i;
    while (j < xs.length && Math.min(columns - 1, Math.floor(((xs[j] - x0) / width) * columns)) === col) {
      if (ys[j] < ys[lo]) lo = j;
      if (ys[j] > ys[hi]) hi = j;
      j++;
    }
    const keep = [...new Set([i, lo, hi, j - 1])].sort((a, b) => a - b);
    for (const k of keep) {
      out.xs.push(xs[k]);
      out.ys.push(ys[k]);
    }
    i = j;
  }
  return out;
}

function rdp(run: Run, tolerance: number): Run {
  const { xs, ys } = run;
  const keep = new Uint8Array(xs.length);
  keep[0] = keep[xs.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, xs.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const dx = xs[b] - xs[a];
    const dy = ys[b] - ys[a];
    const len = Math.hypot(dx, dy);
    let worst = -1;
    let worstDist = tolerance;
    for (let i = a + 1; i < b; i++) {
      const d = len === 0 ? Math.hypot(xs[i] - xs[a], ys[i] - ys[a]) : Math.abs(dy * (xs[i] - xs[a]) - dx * (ys[i] - ys[a])) / len;
      if (d > worstDist) {
        worstDist = d;
        worst = i;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  const out: Run = { xs: [], ys: [] };
  for (let i = 0; i < xs.length; i++) {
    if (keep[i]) {
      out.xs.push(xs[i]);
      out.ys.push(ys[i]);
    }
  }
  return out;
}

/** Splits screen points at gaps (NaN) into runs. */
export function splitRuns(xs: readonly number[], ys: readonly number[]): Run[] {
  const runs: Run[] = [];
  let cur: Run = { xs: [], ys: [] };
  for (let i = 0; i < xs.length; i++) {
    if (Number.isFinite(xs[i]) && Number.isFinite(ys[i])) {
      cur.xs.push(xs[i]);
      cur.ys.push(ys[i]);
    } else if (cur.xs.length) {
      runs.push(cur);
      cur = { xs: [], ys: [] };
    }
  }
  if (cur.xs.length) runs.push(cur);
  return runs;
}
