/** One axis: its type, range in axis coordinates, and where it sits in pixels. */
import { dateMs, isCategorical, isDateLike, toNumber } from './data';

/** Plotly axis types we draw. A date axis is linear in milliseconds since 1970 (UTC), as Plotly's is. */
export type AxisType = 'linear' | 'log' | 'category' | 'date';

/** An axis after layout: maps raw data values to pixels. */
export class Axis {
  /** Range in axis coordinates: data units, log10 units for 'log', index for 'category'. */
  range: [number, number] = [0, 1];
  /** Pixel positions of range[0] and range[1]. */
  pixels: [number, number] = [0, 1];
  readonly categories = new Map<string, number>();

  constructor(
    /** Plotly id: 'x', 'x2', 'y', ... */
    readonly id: string,
    readonly type: AxisType,
  ) {}

  /** Axis coordinate of a raw value; NaN when it cannot be placed (gap, or ≤ 0 on a log axis). */
  coord(v: unknown): number {
    if (this.type === 'category') {
      if (v === null || v === undefined) return NaN;
      const index = this.categories.get(String(v));
      return index === undefined ? NaN : index;
    }
    if (this.type === 'date') return dateMs(v);
    const n = toNumber(v);
    if (this.type === 'log') return n > 0 ? Math.log10(n) : NaN;
    return n;
  }

  /** Pixel of an axis coordinate. */
  px(coord: number): number {
    const [r0, r1] = this.range;
    const [p0, p1] = this.pixels;
    const span = r1 - r0;
    return span === 0 ? (p0 + p1) / 2 : p0 + ((coord - r0) / span) * (p1 - p0);
  }

  /** Pixel of a raw value. */
  at(v: unknown): number {
    return this.px(this.coord(v));
  }

  /** Adds category labels in order of first appearance. */
  addCategories(vals: readonly unknown[]): void {
    for (const v of vals) {
      if (v === null || v === undefined) continue;
      const key = String(v);
      if (!this.categories.has(key)) this.categories.set(key, this.categories.size);
    }
  }
}

/** The type Plotly would infer for data on an axis, unless the layout says otherwise. */
export function inferAxisType(declared: unknown, samples: readonly unknown[][]): AxisType {
  if (declared === 'log' || declared === 'category' || declared === 'linear' || declared === 'date') return declared;
  if (samples.some((s) => isDateLike(s))) return 'date';
  return samples.some((s) => isCategorical(s)) ? 'category' : 'linear';
}

/** Axis coordinate at a pixel (inverse of {@link Axis.px}). */
export function coordAtPixel(axis: Axis, pixel: number): number {
  const [r0, r1] = axis.range;
  const [p0, p1] = axis.pixels;
  return p1 === p0 ? r0 : r0 + ((pixel - p0) / (p1 - p0)) * (r1 - r0);
}
