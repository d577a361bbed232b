/** Plotly colorscales by name or as [[0, colour], ..., [1, colour]] arrays. */
import { parseColor, type Rgba } from './colors';

type Stops = ReadonlyArray<readonly [number, string]>;

/** The named scales the notes use; Plotly's heatmap default is RdBu. */
export const COLORSCALES: Record<string, Stops> = {
  RdBu: [[0, 'rgb(5,10,172)'], [0.35, 'rgb(106,137,247)'], [0.5, 'rgb(190,190,190)'], [0.6, 'rgb(220,170,132)'], [0.7, 'rgb(230,145,90)'], [1, 'rgb(178,10,28)']],
  Viridis: [[0, '#440154'], [0.0627, '#48186a'], [0.1255, '#472d7b'], [0.1882, '#424086'], [0.251, '#3b528b'], [0.3137, '#33638d'], [0.3765, '#2c728e'], [0.4392, '#26828e'], [0.502, '#21918c'], [0.5647, '#1fa088'], [0.6275, '#28ae80'], [0.6902, '#3fbc73'], [0.7529, '#5ec962'], [0.8157, '#84d44b'], [0.8784, '#addc30'], [0.9412, '#d8e219'], [1, '#fde725']],
  Cividis: [[0, 'rgb(0,32,76)'], [0.25, 'rgb(63,76,107)'], [0.5, 'rgb(124,123,120)'], [0.75, 'rgb(188,175,111)'], [1, 'rgb(255,233,69)']],
  Greys: [[0, 'rgb(0,0,0)'], [1, 'rgb(255,255,255)']],
  Blues: [[0, 'rgb(5,10,172)'], [0.35, 'rgb(40,60,190)'], [0.5, 'rgb(70,100,245)'], [0.6, 'rgb(90,120,245)'], [0.7, 'rgb(106,137,247)'], [1, 'rgb(220,220,220)']],
  Reds: [[0, 'rgb(220,220,220)'], [0.2, 'rgb(245,195,157)'], [0.4, 'rgb(245,160,105)'], [1, 'rgb(178,10,28)']],
  YlGnBu: [[0, 'rgb(8,29,88)'], [0.125, 'rgb(37,52,148)'], [0.25, 'rgb(34,94,168)'], [0.375, 'rgb(29,145,192)'], [0.5, 'rgb(65,182,196)'], [0.625, 'rgb(127,205,187)'], [0.75, 'rgb(199,233,180)'], [0.875, 'rgb(237,248,217)'], [1, 'rgb(255,255,217)']],
  YlOrRd: [[0, 'rgb(128,0,38)'], [0.125, 'rgb(189,0,38)'], [0.25, 'rgb(227,26,28)'], [0.375, 'rgb(252,78,42)'], [0.5, 'rgb(253,141,60)'], [0.625, 'rgb(254,178,76)'], [0.75, 'rgb(254,217,118)'], [0.875, 'rgb(255,237,160)'], [1, 'rgb(255,255,204)']],
  Hot: [[0, 'rgb(0,0,0)'], [0.3, 'rgb(230,0,0)'], [0.6, 'rgb(255,210,0)'], [1, 'rgb(255,255,255)']],
  Jet: [[0, 'rgb(0,0,131)'], [0.125, 'rgb(0,60,170)'], [0.375, 'rgb(5,255,255)'], [0.625, 'rgb(255,255,0)'], [0.875, 'rgb(250,0,0)'], [1, 'rgb(128,0,0)']],
  Portland: [[0, 'rgb(12,51,131)'], [0.25, 'rgb(10,136,186)'], [0.5, 'rgb(242,211,56)'], [0.75, 'rgb(242,143,56)'], [1, 'rgb(217,30,30)']],
  Picnic: [[0, 'rgb(0,0,255)'], [0.1, 'rgb(51,153,255)'], [0.2, 'rgb(102,204,255)'], [0.3, 'rgb(153,204,255)'], [0.4, 'rgb(204,204,255)'], [0.5, 'rgb(255,255,255)'], [0.6, 'rgb(255,204,255)'], [0.7, 'rgb(255,153,255)'], [0.8, 'rgb(255,102,204)'], [0.9, 'rgb(255,102,102)'], [1, 'rgb(255,0,0)']],
  Electric: [[0, 'rgb(0,0,0)'], [0.15, 'rgb(30,0,100)'], [0.4, 'rgb(120,0,100)'], [0.6, 'rgb(160,90,0)'], [0.8, 'rgb(230,200,0)'], [1, 'rgb(255,250,220)']],
  Bluered: [[0, 'rgb(0,0,255)'], [1, 'rgb(255,0,0)']],
  Greens: [[0, 'rgb(0,68,27)'], [0.125, 'rgb(0,109,44)'], [0.25, 'rgb(35,139,69)'], [0.375, 'rgb(65,171,93)'], [0.5, 'rgb(116,196,118)'], [0.625, 'rgb(161,217,155)'], [0.75, 'rgb(199,233,192)'], [0.875, 'rgb(229,245,224)'], [1, 'rgb(247,252,245)']],
};

/** A colorscale ready to sample: stop positions and parsed colours. */
export interface Colorscale {
  readonly stops: readonly number[];
  readonly colors: readonly Rgba[];
}

/** Resolves a trace's `colorscale` (name or array) and `reversescale`; RdBu by default, like Plotly. */
export function resolveColorscale(spec: unknown, reverse = false): Colorscale {
  let stops: Stops | undefined;
  if (typeof spec === 'string') {
    const key = Object.keys(COLORSCALES).find((k) => k.toLowerCase() === spec.toLowerCase());
    stops = key ? COLORSCALES[key] : undefined;
  } else if (Array.isArray(spec) && spec.length >= 2 && spec.every((s) => Array.isArray(s) && s.length === 2 && typeof s[1] === 'string')) {
    stops = spec as Stops;
  }
  const parsed = (stops ?? COLORSCALES.RdBu).map(([t, c]) => [Number(t), parseColor(c)] as const).filter((s): s is readonly [number, Rgba] => s[1] !== undefined && Number.isFinite(s[0]));
  const use = parsed.length >= 2 ? parsed : COLORSCALES.RdBu.map(([t, c]) => [t, parseColor(c)!] as const);
  const ordered = reverse ? use.map(([t, c]) => [1 - t, c] as const).reverse() : use;
  return { stops: ordered.map((s) => s[0]), colors: ordered.map((s) => s[1]) };
}

/** The colour at fraction t (clamped to 0..1) along the scale. */
export function sampleColorscale(scale: Colorscale, t: number): Rgba {
  const { stops, colors } = scale;
  const x = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  let i = 1;
  while (i < stops.length - 1 && stops[i] < x) i++;
  const t0 = stops[i - 1];
  const t1 = stops[i];
  const f = t1 > t0 ? Math.min(1, Math.max(0, (x - t0) / (t1 - t0))) : 0;
  const a = colors[i - 1];
  const b = colors[i];
  return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f, 1];
}
