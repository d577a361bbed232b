import type { DemoFigure, EngineModule } from '../../../../../src/exercises/demo';
import type { CriticalPoint, classifyCriticalPoint } from './solution';

/** Cells per axis of the map of Hessians [[1, b], [b, d]]. */
export const CELLS = 41;
const KINDS: readonly CriticalPoint[] = ['minimum', 'saddle', 'maximum', 'flat'];

/**
 * The reader's classifyCriticalPoint over a whole plane of Hessians [[1, b], [b, d]], b and d from −2 to 2, beside a
 * reference that decides another way (det = d − b² and the trace: det > 0 with a positive trace is a minimum,
 * det < 0 a saddle). When the reader's function is right, the map shows the parabola d = b²: minima above it,
 * saddles below, flat cells on it (with H₁₁ = 1 there are no maxima), and no cell differs from the reference.
 */
export default function demo(readerClassify: typeof classifyCriticalPoint, _engine: EngineModule): DemoFigure {
  const axis = Array.from({ length: CELLS }, (_, i) => -2 + (4 * i) / (CELLS - 1));
  const reference = (b: number, d: number): CriticalPoint => {
    const det = d - b * b, trace = 1 + d;
    if (det < 0) return 'saddle';
    if (det === 0) return 'flat';
    return trace > 0 ? 'minimum' : 'maximum';
  };
  let differ = 0;
  const z = axis.map((d) => axis.map((b) => {
    const yours = readerClassify([[1, b], [b, d]]);
    if (yours !== reference(b, d)) differ++;
    return KINDS.indexOf(yours);
  }));
  return {
    data: [
      { type: 'heatmap', x: axis, y: axis, z, zmin: 0, zmax: 3, showscale: false, name: 'your classification',
        colorscale: [[0, '#2166ac'], [0.33, '#2166ac'], [0.34, '#f4a582'], [0.66, '#f4a582'], [0.67, '#b2182b'], [1, '#b2182b']] },
      { x: axis, y: axis.map((b) => b * b), mode: 'lines', line: { color: 'black', dash: 'dot' }, name: 'd = b² (det = 0)' },
    ],
    layout: { xaxis: { title: { text: 'b (coupling)' } }, yaxis: { title: { text: 'd' }, range: [-2, 2] }, margin: { t: 30 } },
    caption: `Your classifyCriticalPoint on ${CELLS * CELLS} Hessians [[1, b], [b, d]] (blue: minimum, orange: saddle, red: flat, on the parabola): `
      + (differ === 0 ? 'every cell agrees with the determinant test; the border is the parabola d = b².' : `${differ} cells disagree with the determinant test.`),
  };
}
