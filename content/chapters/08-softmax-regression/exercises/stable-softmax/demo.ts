import type { DemoFigure, EngineModule } from '../../../../../src/exercises/demo';
import type { softmax } from './solution';

/** The course's scores, multiplied by factors from 1 to 1000. */
export const SCORES = [5, 2, -1, 3];
export const FACTORS = Array.from({ length: 61 }, (_, i) => 10 ** (i / 20));

/**
 * The reader's softmax on the course's scores z = (5, 2, −1, 3) multiplied by factors from 1 to 1000, drawn over
 * the engine's softmax layer: the probability of class 0 climbs toward the hard max, 1. A naive softmax overflows
 * once 5·factor passes about 709 (e^710 is Infinity), and its curve stops there.
 */
export default function demo(readerSoftmax: typeof softmax, engine: EngineModule): DemoFigure {
  const layer = engine.softmax();
  const reference = FACTORS.map((k) => layer.forward(engine.Tensor.from([SCORES.map((z) => z * k)]), false).data[0]);
  const reader = FACTORS.map((k) => Number(readerSoftmax(SCORES.map((z) => z * k))[0]));
  const broken = reader.filter((p) => !Number.isFinite(p)).length;
  return {
    data: [
      { x: FACTORS, y: reference, mode: 'lines', line: { color: '#d62728', width: 6 }, opacity: 0.45, name: "the engine's softmax" },
      { x: FACTORS, y: reader.map((p) => (Number.isFinite(p) ? p : null)), mode: 'lines+markers', marker: { size: 4 }, line: { dash: 'dot' }, name: 'your softmax' },
    ],
    layout: { xaxis: { title: { text: 'every score multiplied by' }, type: 'log' }, yaxis: { title: { text: 'probability of class 0' }, range: [0.8, 1.01] }, legend: { orientation: 'h', y: 1.12 }, margin: { t: 30 } },
    caption: broken === 0
      ? `Your softmax stays finite for every factor up to 1000 (scores up to ${SCORES[0] * 1000}) and follows the engine's toward the hard max.`
      : `Your softmax gave NaN or Infinity for ${broken} of the ${FACTORS.length} factors: the large ones, where e^z overflows.`,
  };
}
