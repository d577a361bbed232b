/** Nice tick positions for linear and log axes. */
import { formatTick } from './format';

/** A tick: where it sits (in axis coordinates: log10 units on log axes) and its label. */
export interface Tick {
  readonly coord: number;
  readonly label: string;
}

/** The "nice" step (1, 2 or 5 times a power of ten) closest above `rough`. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const m = rough / power;
  const nice = m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10;
  return nice * power;
}

/** Ticks between lo and hi (either order), about `target` of them, at multiples of a nice step. */
export function linearTicks(lo: number, hi: number, target: number): Tick[] {
  const a = Math.min(lo, hi);
  const b = Math.max(lo, hi);
  if (!(b > a)) return Number.isFinite(a) ? [{ coord: a, label: formatTick(a, Math.abs(a) || 1) }] : [];
  const step = niceStep((b - a) / Math.max(1, target));
  const first = Math.ceil(a / step - 1e-9);
  const last = Math.floor(b / step + 1e-9);
  const ticks: Tick[] = [];
  for (let k = first; k <= last && ticks.length < 50; k++) {
    const v = k * step + 0; // + 0 turns -0 into 0
    ticks.push({ coord: v, label: formatTick(v, step) });
  }
  return ticks;
}

/**
 * Ticks for a log axis whose range is [lo, hi] in log10 units: powers of ten
 * (every n-th decade when there are many), plus 2 and 5 when the range is short.
 */
export function logTicks(lo: number, hi: number, target: number): Tick[] {
  const a = Math.min(lo, hi);
  const b = Math.max(lo, hi);
  const decades = b - a;
  const ticks: Tick[] = [];
  if (decades < 0.6) {
    // Less than a decade visible: plain linear ticks in data units, placed logarithmically.
    return linearTicks(10 ** a, 10 ** b, Math.max(2, target)).filter((t) => t.coord > 0).map((t) => ({ coord: Math.log10(t.coord), label: t.label }));
  }
  const every = Math.max(1, Math.ceil(decades / Math.max(1, target)));
  const withMinor = decades <= target / 3;
  // One style for the whole axis: plain numbers within 1e-3..1e5, else exponents.
  const plain = Math.floor(a) >= -3 && Math.ceil(b) <= 5;
  for (let e = Math.floor(a); e <= Math.ceil(b); e++) {
    const mults = withMinor ? [1, 2, 5] : [1];
    for (const m of mults) {
      if (m === 1 && e % every !== 0) continue;
      const coord = e + Math.log10(m);
      if (coord < a - 1e-9 || coord > b + 1e-9) continue;
      ticks.push({ coord, label: plain ? formatTick(m * 10 ** e, 10 ** Math.min(e, 0)) : e === 0 ? String(m) : `${m}e${e}` });
    }
  }
  return ticks;
}


const DAY_MS = 86_400_000;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The smallest of `steps` at least `rough`, else the largest. */
const roundUp = (rough: number, steps: readonly number[]) => steps.find((s) => s >= rough) ?? steps[steps.length - 1];

/**
 * Ticks for a date axis whose range is [lo, hi] in milliseconds (UTC), about `target` of them, chosen and
 * labelled as Plotly's autotick does, so the first frame shows the labels Plotly will: every 1, 2, 3 or 6
 * months from January 2000 ("Jan 2012"), every 1, 2, 5, ... years ("2012"), or every 1, 2, 3, 7 or 14
 * days ("Jan 5"; Plotly adds the year under the first, we do not); shorter ranges get hours ("13:00").
 */
export function dateTicks(lo: number, hi: number, target: number): Tick[] {
  const a = Math.min(lo, hi);
  const b = Math.max(lo, hi);
  if (!(b > a)) return [];
  const rough = (b - a) / Math.max(1, target);
  const utc = (ms: number) => new Date(ms);
  const ticks: Tick[] = [];
  if (2 * rough > 30.4375 * DAY_MS) {
    const years = rough / (365.25 * DAY_MS);
    const power = 10 ** Math.floor(Math.log10(years));
    const months = 2 * rough > 365.25 * DAY_MS
      ? 12 * Math.max(1, power * roundUp(years / power, [2, 5, 10]))
      : roundUp(rough / (30.4375 * DAY_MS), [1, 2, 3, 6, 12]);
    // Month index (year * 12 + month) of the first tick: on or after lo, a whole number of steps from January 2000.
    const start = utc(a);
    let index = start.getUTCFullYear() * 12 + start.getUTCMonth();
    const offset = (((index - 2000 * 12) % months) + months) % months;
    if (offset) index += months - offset;
    for (; ticks.length < 50; index += months) {
      const ms = Date.UTC(Math.floor(index / 12), index % 12, 1);
      if (ms < a) continue;
      if (ms > b) break;
      const year = String(Math.floor(index / 12));
      ticks.push({ coord: ms, label: months % 12 === 0 ? year : `${MONTH_NAMES[index % 12]} ${year}` });
    }
    return ticks;
  }
  const daily = 2 * rough > DAY_MS;
  const step = daily ? roundUp(rough / DAY_MS, [1, 2, 3, 7, 14]) * DAY_MS : roundUp(rough / 3_600_000, [1, 2, 3, 6, 12]) * 3_600_000;
  const origin = Date.UTC(2000, 0, step % (7 * DAY_MS) === 0 ? 2 : 1); // weekly steps fall on Sundays, as Plotly's do
  for (let ms = origin + Math.ceil((a - origin) / step) * step; ms <= b && ticks.length < 50; ms += step) {
    const d = utc(ms);
    const label = daily
      ? `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCDate()}`
      : `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
    ticks.push({ coord: ms, label });
  }
  return ticks;
}
