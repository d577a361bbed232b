import type { DemoFigure, DemoText, EngineModule } from '../../../../../src/exercises/demo';
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
export default function demo(readerClassify: typeof classifyCriticalPoint, _engine: EngineModule, text: DemoText): DemoFigure {
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
      { type: 'heatmap', x: axis, y: axis, z, zmin: 0, zmax: 3, showscale: false, name: text({ en: 'your classification', zh: '你的分类' }),
        colorscale: [[0, '#2166ac'], [0.33, '#2166ac'], [0.34, '#f4a582'], [0.66, '#f4a582'], [0.67, '#b2182b'], [1, '#b2182b']] },
      { x: axis, y: axis.map((b) => b * b), mode: 'lines', line: { color: 'black', dash: 'dot' }, name: text({ en: 'd = b² (det = 0)', zh: 'd = b²（行列式为 0）' }) },
    ],
    layout: { xaxis: { title: { text: text({ en: 'b (coupling)', zh: 'b（耦合项）' }) } }, yaxis: { title: { text: 'd' }, range: [-2, 2] }, margin: { t: 30 } },
    caption: text({
      en: `Your classifyCriticalPoint on ${CELLS * CELLS} Hessians [[1, b], [b, d]] (blue: minimum, orange: saddle, red: flat, on the parabola): `,
      zh: `你的 classifyCriticalPoint 用在 ${CELLS * CELLS} 个黑塞矩阵 [[1, b], [b, d]] 上（蓝色：最小值，橙色：鞍点，红色：平坦，落在抛物线上）：`,
    }) + (differ === 0
      ? text({ en: 'every cell agrees with the determinant test; the border is the parabola d = b².', zh: '每一格都与行列式判别一致；分界线正是抛物线 d = b²。' })
      : text({ en: `${differ} cells disagree with the determinant test.`, zh: `有 ${differ} 格与行列式判别不一致。` })),
  };
}
