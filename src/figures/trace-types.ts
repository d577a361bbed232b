/**
 * The Plotly trace types the site draws, in one list with no imports, shared by
 * the live Plotly bundle (src/live-code/plotly-bundle.ts registers a module
 * for each) and the build-time SVG renderer (src/figures/render.ts has a
 * preparer for each). Both are typed as records over {@link TraceType}, so
 * adding a name here fails the type check until both sides handle it.
 * @module
 */

/** Every trace type a snippet may plot. `scatter` is in Plotly's core. */
export const TRACE_TYPES = ['scatter', 'bar', 'contour', 'heatmap', 'histogram', 'scatter3d', 'surface'] as const;

/** One of {@link TRACE_TYPES}. */
export type TraceType = (typeof TRACE_TYPES)[number];

/** True for a name in {@link TRACE_TYPES}. */
export function isTraceType(name: unknown): name is TraceType {
  return (TRACE_TYPES as readonly unknown[]).includes(name);
}
