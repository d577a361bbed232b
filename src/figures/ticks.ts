/** Nice tick positions for linear and log axes. */
import { formatTick } from './format';

/** A tick: where it sits (in axis coordinates: log10 units on log axes) and its label. */
export interface Tick {
  readonly coord: number;
  readonly label: string;
  /** A log axis's in-between digit ("2", "5"), set smaller, as Plotly sets it. */
  readonly digit?: boolean;
}

/** The "nice" step (1, 2 or 5 times a power of ten) closest above `rough`. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const m = rough / power;
  const nice = m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10;
  return nice * power;
}

/** The first of `steps` (ascending) above `value`, else the last: Plotly's rounding of a rough tick step. */
const roundUp = (value: number, steps: readonly number[]) => steps.find((s) => s > value) ?? steps[steps.length - 1];

/** Plotly's tick step for a linear axis whose rough step is `rough`: 2, 5 or 10 times a power of ten above it. */
export function tickStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const base = 10 ** Math.floor(Math.log10(rough));
  return base * roundUp(rough / base, [2, 5, 10]);
}

/** Plotly's number of ticks wanted on an axis `length` px long: one per 80 px across, 40 px up, 5 to 10. */
export function tickCount(length: number, letter: 'x' | 'y'): number {
  return Math.min(9, Math.max(4, length / (letter === 'x' ? 80 : 40))) + 1;
}

/** Ticks between lo and hi (either order), `count` wanted, at multiples of Plotly's step for that count. */
export function linearTicks(lo: number, hi: number, count: number): Tick[] {
  const a = Math.min(lo, hi);
  const b = Math.max(lo, hi);
  if (!(b > a)) return Number.isFinite(a) ? [{ coord: a, label: formatTick(a, Math.abs(a) || 1) }] : [];
  const step = tickStep((b - a) / Math.max(1, count));
  const first = Math.ceil(a / step - 1e-9);
  const last = Math.floor(b / step + 1e-9);
  const ticks: Tick[] = [];
  for (let k = first; k <= last && ticks.length < 50; k++) {
    const v = k * step + 0; // + 0 turns -0 into 0
    ticks.push({ coord: v, label: formatTick(v, step) });
  }
  return ticks;
}

/** SI prefixes by thousands from 1e-15, Plotly's "B" format (a billion is "B", not "G"). */
const SI_PREFIXES = ['f', 'p', 'n', 'μ', 'm', '', 'k', 'M', 'B', 'T'];

/** 10^e as Plotly labels a power of ten: plain up to three places either side of 1, else an SI prefix ("100μ"). */
export function powerLabel(e: number): string {
  if (Math.abs(e) <= 3) return formatTick(10 ** e, 10 ** e);
  const exponent = 3 * Math.round((e - 1) / 3);
  const prefix = SI_PREFIXES[exponent / 3 + 5];
  return prefix === undefined ? `1e${e}` : `${10 ** (e - exponent)}${prefix}`;
}

/**
 * Ticks for a log axis whose range is [lo, hi] in log10 units, `count` wanted, as Plotly picks them:
 * every n-th power of ten when the rough step is over 0.7 decades; 1, 2 and 5 in each decade (or every
 * digit, for a short range) labelled by their digit; within less than a decade, linear ticks.
 */
export function logTicks(lo: number, hi: number, count: number): Tick[] {
  const a = Math.min(lo, hi);
  const b = Math.max(lo, hi);
  const decades = b - a;
  if (!(decades > 0)) return Number.isFinite(a) ? [{ coord: a, label: powerLabel(Math.round(a)) }] : [];
  const rough = decades / Math.max(1, count);
  const ticks: Tick[] = [];
  if (rough > 0.7) {
    const every = Math.ceil(rough);
    for (let e = Math.ceil(a - 1e-9); e <= b + 1e-9 && ticks.length < 50; e++) if (e % every === 0) ticks.push({ coord: e, label: powerLabel(e) });
    return ticks;
  }
  if (decades < 1) {
    // Less than a decade visible: linear ticks in data units (Plotly wants 1.5 times as many), placed logarithmically.
    const [x0, x1] = [10 ** a, 10 ** b];
    const step = tickStep((x1 - x0) / (1.5 * decades / rough));
    for (let k = Math.ceil(x0 / step - 1e-9); k * step <= x1 * (1 + 1e-9) && ticks.length < 50; k++) {
      if (k > 0) ticks.push({ coord: Math.log10(k * step), label: formatTick(k * step, step) });
    }
    return ticks;
  }
  const digits = rough > 0.3 ? [1, 2, 5] : [1, 2, 3, 4, 5, 6, 7, 8, 9];
  for (let e = Math.floor(a); e <= Math.ceil(b) && ticks.length < 100; e++) {
    for (const m of digits) {
      const coord = e + Math.log10(m);
      if (coord < a - 1e-9 || coord > b + 1e-9) continue;
      ticks.push(m === 1 ? { coord, label: powerLabel(e) } : { coord, label: String(m), digit: true });
    }
  }
  return ticks;
}

const DAY_MS = 86_400_000;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Ticks for a date axis whose range is [lo, hi] in milliseconds (UTC), `count` wanted ({@link tickCount}),
 * chosen and labelled as Plotly's autotick does, so the first frame shows the labels Plotly will: every 1,
 * 2, 3 or 6 months from January 2000 ("Jan 2012"), every 1, 2, 5, ... years ("2012"), or every 1, 2, 3, 7
 * or 14 days ("Jan 5"; Plotly adds the year under the first, we do not); shorter ranges get hours ("13:00").
 */
export function dateTicks(lo: number, hi: number, count: number): Tick[] {
  const a = Math.min(lo, hi);
  const b = Math.max(lo, hi);
  if (!(b > a)) return [];
  const rough = (b - a) / Math.max(1, count);
  const ticks: Tick[] = [];
  if (2 * rough > 30.4375 * DAY_MS) {
    const years = rough / (365.25 * DAY_MS);
    const months = 2 * rough > 365.25 * DAY_MS ? 12 * Math.max(1, tickStep(years)) : roundUp(rough / (30.4375 * DAY_MS), [1, 2, 3, 6, 12]);
    // Month index (year * 12 + month) of the first tick: on or after lo, a whole number of steps from January 2000.
    const start = new Date(a);
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
    const d = new Date(ms);
    const label = daily
      ? `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCDate()}`
      : `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
    ticks.push({ coord: ms, label });
  }
  return ticks;
}
