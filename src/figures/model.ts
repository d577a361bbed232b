/** The shapes shared by the trace renderers, the frame and the final assembly. */
import type { Axis } from './axis';
import type { Colorscale } from './colorscale';
import type { Loose } from './data';

/** What a trace looks like in the legend. */
export interface LegendEntry {
  readonly name: string;
  readonly color: string;
  readonly symbol: 'line' | 'marker' | 'line+marker' | 'box';
  readonly dash?: string;
}

/** A colour bar beside the plot for z-coloured traces. */
export interface ColorbarSpec {
  readonly scale: Colorscale;
  readonly min: number;
  readonly max: number;
  readonly title: string;
}

/** What a trace renderer is given when it draws. */
export interface DrawContext {
  readonly xa: Axis;
  readonly ya: Axis;
  /** The subplot box in pixels. */
  readonly box: Box;
  /** Screen points of the previous scatter trace on the same axes (for fill: 'tonexty'). */
  previousLine?: { xs: number[]; ys: number[] };
}

/** A pixel rectangle. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** A trace after reading its fields, before axes exist. */
export interface PreparedTrace {
  readonly type: string;
  readonly name: string;
  readonly xaxis: string;
  readonly yaxis: string;
  /** Raw x and y values, used to decide whether an axis is categorical. */
  readonly xRaw: unknown[];
  readonly yRaw: unknown[];
  /** Axis coordinates the autorange must include, once axis types are known. */
  extents(xa: Axis, ya: Axis): { x: number[]; y: number[] };
  /** Autorange adds 5% padding on these axes (Plotly pads markers and bar tops, not line ends). */
  readonly padX: boolean;
  readonly padY: boolean;
  readonly legend?: LegendEntry;
  readonly colorbar?: ColorbarSpec;
  /** A short note drawn in the plot, e.g. that the 3-D view loads on Run. */
  readonly note?: string;
  /** One phrase for the figure's <desc>. */
  readonly summary: string;
  /** Layout object for axis titles of 3-D traces (layout.scene). */
  readonly scene?: Loose;
  draw(ctx: DrawContext): string;
}
