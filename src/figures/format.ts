/** Number formatting for SVG coordinates and tick labels. */

/** A coordinate rounded to one decimal, without "-0" or a trailing ".0". */
export function fmt(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

const SI_UP = ['', 'k', 'M', 'G', 'T', 'P'];

/**
 * A tick label for value `v` on an axis whose tick step is `step`.
 * Plain decimals between 1e-3 and 1e4; SI suffixes (10k, 2.5M) above;
 * exponent form (1e-4, 2.5e-5) for steps below 1e-3.
 */
export function formatTick(v: number, step: number): string {
  if (!Number.isFinite(v)) return '';
  if (Math.abs(v) < Math.abs(step) * 1e-9) v = 0;
  if (v === 0) return '0';
  const a = Math.abs(v);
  const s = Math.abs(step) || a;
  if (s < 1e-3 || a < 1e-4) return exponent(v, s);
  if (a >= 1e4) {
    const group = Math.min(SI_UP.length - 1, Math.floor(Math.log10(a) / 3));
    const scale = 10 ** (group * 3);
    return trimNumber(v / scale, decimalsFor(s / scale)) + SI_UP[group];
  }
  return trimNumber(v, decimalsFor(s));
}

/** Digits after the point needed to show multiples of `step` exactly. */
export function decimalsFor(step: number): number {
  if (!(step > 0)) return 0;
  for (let d = 0; d < 12; d++) {
    const scaled = step * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, scaled)) return d;
  }
  return 12;
}

function trimNumber(v: number, decimals: number): string {
  const text = v.toFixed(Math.min(decimals, 12));
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

function exponent(v: number, step: number): string {
  const e = Math.floor(Math.log10(Math.abs(v)));
  const mantissa = v / 10 ** e;
  const d = Math.max(0, Math.min(3, decimalsFor(Math.abs(step) / 10 ** e)));
  return `${trimNumber(mantissa, d)}e${e}`;
}

/** Short text for a value in a figure description or hover-free summary. */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) return v.toExponential(2).replace(/\.?0+e/, 'e').replace('e+', 'e');
  return String(Number(v.toPrecision(4)));
}
