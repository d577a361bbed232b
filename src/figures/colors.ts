/** Trace colours: the default palette, safe colour strings, and colour parsing. */

/** Plotly's default colorway (Tableau 10): distinct hues that read on light and dark backgrounds. */
export const COLORWAY = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'] as const;

/**
 * The default colour of the trace at `index`, as CSS: `var(--fig-c0, #1f77b4)`, so a
 * site theme may retune the palette (for example lighter hues in dark mode).
 */
export function defaultColor(index: number): string {
  const slot = index % COLORWAY.length;
  return `var(--fig-c${slot},${COLORWAY[slot]})`;
}

const SAFE_COLOR = /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla)\(\s*[-\d.%\s,/deg]+\)|[a-z]{3,20})$/i;

/** The colour if it is a plain CSS colour (no url(), no `;`), else undefined. */
export function safeColor(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  return SAFE_COLOR.test(s) && !/^(url|expression|var|inherit|initial|unset)$/i.test(s) ? s : undefined;
}

/** An RGB triple with channels 0-255, plus alpha 0-1. */
export type Rgba = [number, number, number, number];

const NAMED: Record<string, string> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00',
  orange: '#ffa500', purple: '#800080', gray: '#808080', grey: '#808080', cyan: '#00ffff', magenta: '#ff00ff',
  navy: '#000080', teal: '#008080', brown: '#a52a2a', pink: '#ffc0cb', lightgray: '#d3d3d3', darkgray: '#a9a9a9',
  lightblue: '#add8e6', darkblue: '#00008b', darkred: '#8b0000', darkgreen: '#006400', gold: '#ffd700',
  steelblue: '#4682b4', crimson: '#dc143c', indigo: '#4b0082', olive: '#808000', silver: '#c0c0c0',
};

/** Parses #rgb, #rrggbb, rgb(), rgba() and a few names; undefined when not understood. */
export function parseColor(text: string): Rgba | undefined {
  const s = (NAMED[text.trim().toLowerCase()] ?? text).trim();
  let m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(s);
  if (m) {
    const h = m[1].length === 3 ? m[1].replace(/./g, '$&$&') : m[1];
    return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16), 1];
  }
  m = /^rgba?\(([^)]*)\)$/i.exec(s);
  if (m) {
    const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    if (parts.length >= 3 && parts.slice(0, 3).every(Number.isFinite)) return [parts[0], parts[1], parts[2], parts.length > 3 && Number.isFinite(parts[3]) ? parts[3] : 1];
  }
  return undefined;
}

/** A colour as #rrggbb. */
export function toHex([r, g, b]: Rgba): string {
  const h = (v: number) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0');
  return `#${h(r)}${h(g)}${h(b)}`;
}
