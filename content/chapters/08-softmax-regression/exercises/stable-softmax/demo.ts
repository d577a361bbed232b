import type { DemoFigure, DemoText, EngineModule } from '../../../../../src/exercises/demo';
import type { softmax } from './solution';

/** The course's scores, multiplied by factors from 1 to 1000. */
export const SCORES = [5, 2, -1, 3];
export const FACTORS = Array.from({ length: 61 }, (_, i) => 10 ** (i / 20));

/**
 * The reader's softmax on the course's scores z = (5, 2, −1, 3) multiplied by factors from 1 to 1000, drawn over
 * the engine's softmax layer: the probability of class 0 climbs toward the hard max, 1. A naive softmax overflows
 * once 5·factor passes about 709 (e^710 is Infinity), and its curve stops there.
 */
export default function demo(readerSoftmax: typeof softmax, engine: EngineModule, text: DemoText): DemoFigure {
  const layer = engine.softmax();
  const reference = FACTORS.map((k) => layer.forward(engine.Tensor.from([SCORES.map((z) => z * k)]), false).data[0]);
  const reader = FACTORS.map((k) => Number(readerSoftmax(SCORES.map((z) => z * k))[0]));
  const broken = reader.filter((p) => !Number.isFinite(p)).length;
  return {
    data: [
      { x: FACTORS, y: reference, mode: 'lines', line: { color: '#d62728', width: 6 }, opacity: 0.45, name: text({ en: "the engine's softmax", zh: '引擎的 softmax' }) },
      { x: FACTORS, y: reader.map((p) => (Number.isFinite(p) ? p : null)), mode: 'lines+markers', marker: { size: 4 }, line: { dash: 'dot' }, name: text({ en: 'your softmax', zh: '你的 softmax' }) },
    ],
    layout: {
      xaxis: { title: { text: text({ en: 'every score multiplied by', zh: '所有得分乘上的倍数' }) }, type: 'log' },
      yaxis: { title: { text: text({ en: 'probability of class 0', zh: '类别 0 的概率' }) }, range: [0.8, 1.01] },
      legend: { orientation: 'h', y: 1.12 },
      margin: { t: 30 },
    },
    caption: broken === 0
      ? text({
        en: `Your softmax stays finite for every factor up to 1000 (scores up to ${SCORES[0] * 1000}) and follows the engine's toward the hard max.`,
        zh: `倍数一直到 1000（得分最高到 ${SCORES[0] * 1000}），你的 softmax 始终是有限值，并和引擎的一样趋向硬最大值。`,
      })
      : text({
        en: `Your softmax gave NaN or Infinity for ${broken} of the ${FACTORS.length} factors: the large ones, where e^z overflows.`,
        zh: `在 ${FACTORS.length} 个倍数中，你的 softmax 有 ${broken} 个给出了 NaN 或 Infinity：都是较大的倍数，e^z 在那里溢出了。`,
      }),
  };
}
