/** Bar traces (and the bars of histograms): grouped, stacked or overlaid, vertical or horizontal. */
import type { Axis } from './axis';
import { defaultColor, safeColor } from './colors';
import { type Loose, numbers, pick, values } from './data';
import { fmt } from './format';
import type { DrawContext, PreparedTrace } from './model';
import { opacity } from './paint';

/** Where a bar trace sits among the bar traces sharing its axes. */
export interface BarSlot {
  readonly index: number;
  readonly count: number;
  readonly mode: 'group' | 'stack' | 'overlay' | 'relative';
  readonly gap: number;
  /** Running stack tops per position, shared by the traces of one subplot. */
  readonly stacks: Map<string, { pos: number; neg: number }>;
}

/** Bars given as positions, lengths and (optionally) widths in axis units. */
export interface BarSpec {
  readonly type: string;
  readonly name: string;
  readonly positions: unknown[];
  readonly lengths: number[];
  /** Width of each bar's slot in position units (histogram bins); else the smallest spacing. */
  readonly width?: number;
  readonly horizontal: boolean;
  readonly color: string;
  readonly opacity: number;
  readonly summary: string;
  readonly axes: { xaxis: string; yaxis: string };
}

/** Reads a bar trace. */
export function prepareBar(trace: Loose, index: number, slot: BarSlot, axes: { xaxis: string; yaxis: string }): PreparedTrace {
  const horizontal = trace.orientation === 'h';
  let positions = values(horizontal ? trace.y : trace.x);
  const lengths = numbers(horizontal ? trace.x : trace.y);
  if (!positions.length) positions = lengths.map((_, i) => i);
  const n = Math.min(positions.length, lengths.length);
  const name = typeof trace.name === 'string' ? trace.name : `trace ${index}`;
  const color = safeColor(pick(trace, 'marker', 'color')) ?? defaultColor(index);
  return barTrace(
    {
      type: 'bar',
      name,
      positions: positions.slice(0, n),
      lengths: lengths.slice(0, n),
      horizontal,
      color,
      opacity: opacity(pick(trace, 'marker', 'opacity'), opacity(trace.opacity)),
      summary: `${name} (bar, ${n} bar${n === 1 ? '' : 's'})`,
      axes,
    },
    slot,
    pickColors(trace, n),
  );
}

function pickColors(trace: Loose, n: number): (string | undefined)[] {
  const raw = values(pick(trace, 'marker', 'color'));
  return Array.from({ length: n }, (_, i) => safeColor(raw[i]));
}

/** Turns bar specs into a prepared trace: stacking bases, offsets and drawing. */
export function barTrace(spec: BarSpec, slot: BarSlot, perBarColors: (string | undefined)[] = []): PreparedTrace {
  const { positions, lengths, horizontal } = spec;
  const stacked = slot.mode === 'stack' || slot.mode === 'relative';
  // Stack bases are fixed now, in trace order, so later traces sit on earlier ones.
  const bases = lengths.map((len, i) => {
    if (!stacked || !Number.isFinite(len)) return 0;
    const key = String(positions[i]);
    const s = slot.stacks.get(key) ?? { pos: 0, neg: 0 };
    const base = len >= 0 || slot.mode === 'stack' ? s.pos : s.neg;
    if (len >= 0 || slot.mode === 'stack') s.pos += len;
    else s.neg += len;
    slot.stacks.set(key, s);
    return base;
  });
  const geometry = (pa: Axis) => {
    const coords = positions.map((p) => pa.coord(p));
    let spacing = spec.width ?? (pa.type === 'category' ? 1 : minSpacing(coords));
    if (!(spacing > 0)) spacing = 1;
    const full = spacing * (1 - slot.gap);
    const grouped = slot.mode === 'group' && slot.count > 1;
    const each = grouped ? full / slot.count : full;
    const offset = grouped ? -full / 2 + each * (slot.index + 0.5) : 0;
    return { coords, each, offset };
  };
  const [posAxis, lenAxis] = horizontal ? (['y', 'x'] as const) : (['x', 'y'] as const);
  return {
    type: spec.type,
    name: spec.name,
    ...spec.axes,
    xRaw: horizontal ? lengths : positions,
    yRaw: horizontal ? positions : lengths,
    padX: horizontal,
    padY: !horizontal,
    extents: (xa, ya) => {
      const pa = horizontal ? ya : xa;
      const la = horizontal ? xa : ya;
      const { coords, each, offset } = geometry(pa);
      const pos = coords.flatMap((c) => [c + offset - each / 2, c + offset + each / 2]);
      const len = lengths.flatMap((l, i) => [la.coord(bases[i] + l), la.type === 'log' ? NaN : la.coord(bases[i])]);
      return horizontal ? { x: len, y: pos } : { x: pos, y: len };
    },
    legend: { name: spec.name, color: spec.color, symbol: 'box' },
    summary: spec.summary,
    draw: (ctx: DrawContext) => {
      const pa = ctx[`${posAxis}a`];
      const la = ctx[`${lenAxis}a`];
      const { coords, each, offset } = geometry(pa);
      const byColor = new Map<string, string[]>();
      for (let i = 0; i < coords.length; i++) {
        const l = lengths[i];
        if (!Number.isFinite(coords[i]) || !Number.isFinite(l)) continue;
        const p0 = pa.px(coords[i] + offset - each / 2);
        const p1 = pa.px(coords[i] + offset + each / 2);
        const baseCoord = la.coord(bases[i]);
        const b = Number.isFinite(baseCoord) ? la.px(baseCoord) : la.pixels[0];
        const topCoord = la.coord(bases[i] + l);
        if (!Number.isFinite(topCoord)) continue;
        const t = la.px(topCoord);
        const d = horizontal ? rectPath(b, p0, t, p1) : rectPath(p0, b, p1, t);
        const color = perBarColors[i] ?? spec.color;
        byColor.set(color, [...(byColor.get(color) ?? []), d]);
      }
      const fade = spec.opacity < 1 ? `;fill-opacity:${spec.opacity}` : '';
      return [...byColor].map(([color, parts]) => `<path d="${parts.join('')}" style="fill:${color}${fade}"/>`).join('');
    },
  };
}

function rectPath(x0: number, y0: number, x1: number, y1: number): string {
  const left = Math.min(x0, x1);
  const top = Math.min(y0, y1);
  return `M${fmt(left)} ${fmt(top)}h${fmt(Math.abs(x1 - x0))}v${fmt(Math.abs(y1 - y0))}h${fmt(-Math.abs(x1 - x0))}z`;
}

function minSpacing(coords: number[]): number {
  const sorted = [...new Set(coords.filter(Number.isFinite))].sort((a, b) => a - b);
  let best = Infinity;
  for (let i = 1; i < sorted.length; i++) best = Math.min(best, sorted[i] - sorted[i - 1]);
  return Number.isFinite(best) ? best : 1;
}
