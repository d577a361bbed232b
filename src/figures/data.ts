/** Reading Plotly trace fields that may be plain arrays, typed arrays, nulls or missing. */

/** A Plotly trace or layout object seen as loose data. */
export type Loose = Record<string, unknown>;

/** Reads `obj.a.b.c` without throwing on missing levels. */
export function pick(obj: unknown, ...keys: string[]): unknown {
  let cur = obj;
  for (const k of keys) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Loose)[k];
  }
  return cur;
}

/** True for plain arrays and typed arrays (not DataView). */
export function isArrayLike(v: unknown): v is ArrayLike<unknown> {
  return Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
}

/** A field as an array of raw values (numbers, strings, nulls), or [] when missing. */
export function values(v: unknown): unknown[] {
  if (!isArrayLike(v)) return [];
  return Array.from(v as ArrayLike<unknown>);
}

/** A raw value as a finite number, or NaN (null, undefined, non-numeric text, ±Infinity). */
export function toNumber(v: unknown): number {
  if (typeof v === 'number') return Number.isFinite(v) ? v : NaN;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    return Number.isFinite(n) ? n : NaN;
  }
  return NaN;
}

/** A field as numbers with NaN gaps. */
export function numbers(v: unknown): number[] {
  return values(v).map(toNumber);
}

/** A 2-D field (array of rows) as rows of numbers. */
export function matrix(v: unknown): number[][] {
  return values(v).map((row) => (isArrayLike(row) ? numbers(row) : [toNumber(row)]));
}

/** True when the values are text labels rather than numbers (Plotly makes the axis categorical). */
export function isCategorical(vals: readonly unknown[]): boolean {
  let text = 0;
  let num = 0;
  for (const v of vals) {
    if (typeof v === 'string' && !Number.isFinite(Number(v))) text++;
    else if (typeof v === 'number' || (typeof v === 'string' && v.trim() !== '')) num++;
  }
  return text > 0 && text >= num;
}

/** A date as Plotly writes it: "2012-01-31", optionally with a time "2012-01-31 13:45:00" (read as UTC). */
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?$/;

/** A date string as milliseconds since 1970 (UTC); a number as itself (Plotly's date axes take both); else NaN. */
export function dateMs(v: unknown): number {
  if (typeof v === 'number') return Number.isFinite(v) ? v : NaN;
  const m = typeof v === 'string' ? DATE.exec(v.trim()) : null;
  if (!m) return NaN;
  const [, y, mo, d, h = '0', mi = '0', sec = '0'] = m;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), 0) + Number(sec) * 1000;
}

/** True when most values are date strings (Plotly then makes the axis a date axis). */
export function isDateLike(vals: readonly unknown[]): boolean {
  let dates = 0;
  let others = 0;
  for (const v of vals) {
    if (typeof v === 'string' && DATE.test(v.trim())) dates++;
    else if (v !== null && v !== undefined && v !== '') others++;
  }
  return dates > 0 && dates >= others;
}

/** Minimum and maximum of the finite values, or null when there are none. */
export function extent(vals: Iterable<number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of vals) {
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/** A Plotly title, given as a string or as `{ text }`. */
export function titleText(title: unknown): string {
  if (typeof title === 'string') return title;
  const text = pick(title, 'text');
  return typeof text === 'string' ? text : '';
}
