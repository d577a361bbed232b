/**
 * Plotly as the page loads it on demand: the core plus the trace types of
 * src/figures/trace-types.ts. A trace type missing here silently draws as scatter, so the
 * browser suite draws one trace of each kind and checks its type.
 * @module
 */
import Plotly from 'plotly.js/lib/core';
import bar from 'plotly.js/lib/bar';
import contour from 'plotly.js/lib/contour';
import heatmap from 'plotly.js/lib/heatmap';
import histogram from 'plotly.js/lib/histogram';
import scatter3d from 'plotly.js/lib/scatter3d';
import surface from 'plotly.js/lib/surface';
import type * as PlotlyTypes from 'plotly.js';
import type { TraceType } from '../figures/trace-types';

/** One Plotly module per trace type of the shared list (scatter is in the core): a type missing here fails the type check. */
const traceModules: Record<Exclude<TraceType, 'scatter'>, unknown> = { bar, contour, heatmap, histogram, scatter3d, surface };

(Plotly as { register(modules: unknown[]): void }).register(Object.values(traceModules));

/** The parts of Plotly's API the playground calls. */
export type PlotlyApi = Pick<typeof PlotlyTypes, 'react' | 'purge' | 'Plots'>;

export default Plotly as PlotlyApi;
