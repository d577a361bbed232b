import type { DemoFigure, DemoText, EngineModule } from '../../../../../src/exercises/demo';
import type { sampleHyperparameter } from './solution';

/** Samples drawn with the reader's function for the figure. */
export const SAMPLES = 2000;

/**
 * The reader's sampler drawing 2,000 learning rates from [10⁻⁴, 1] on the log scale, as a histogram over
 * log₁₀ α (one bar per decade), beside the flat share every decade should get.
 */
export default function demo(readerSample: typeof sampleHyperparameter, engine: EngineModule, text: DemoText): DemoFigure {
  const alphas = readerSample(1e-4, 1, SAMPLES, 'log', new engine.Rng(2026)).map(Number);
  const perDecade = [0, 0, 0, 0];
  for (const alpha of alphas) {
    const decade = Math.floor(Math.log10(alpha)) + 4;
    if (decade >= 0 && decade < 4) perDecade[decade] += 1;
  }
  const decades: [string, string][] = [['10⁻⁴', '10⁻³'], ['10⁻³', '10⁻²'], ['10⁻²', '10⁻¹'], ['10⁻¹', '1']];
  const labels = decades.map(([from, to]) => text({ en: `${from} to ${to}`, zh: `${from} 到 ${to}` }));
  return {
    data: [
      { type: 'bar', x: labels, y: perDecade, name: text({ en: 'your samples', zh: '你的样本' }) },
      { x: labels, y: labels.map(() => SAMPLES / 4), mode: 'lines+markers', line: { dash: 'dash' }, name: text({ en: 'an equal share per decade', zh: '每个数量级均分' }) },
    ],
    layout: {
      xaxis: { title: { text: text({ en: 'decade of α', zh: 'α 所在的数量级' }) } },
      yaxis: { title: { text: text({ en: 'samples', zh: '样本数' }) } },
      legend: { orientation: 'h', y: 1.12 },
      margin: { t: 30 },
    },
    caption: text({
      en: `Your sampler's ${SAMPLES} learning rates fell ${perDecade.join(', ')} into the four decades from 10⁻⁴ to 1 (an equal share is ${SAMPLES / 4} each).`,
      zh: `你的取样函数取出的 ${SAMPLES} 个学习率，落在从 10⁻⁴ 到 1 的四个数量级中的个数依次是 ${perDecade.join('、')}（均分的话每个数量级 ${SAMPLES / 4} 个）。`,
    }),
  };
}
