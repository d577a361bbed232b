import type { DemoFigure, EngineModule } from '../../../../../src/exercises/demo';
import type { sampleHyperparameter } from './solution';

/** Samples drawn with the reader's function for the figure. */
export const SAMPLES = 2000;

/**
 * The reader's sampler drawing 2,000 learning rates from [10⁻⁴, 1] on the log scale, as a histogram over
 * log₁₀ α (one bar per decade), beside the flat share every decade should get.
 */
export default function demo(readerSample: typeof sampleHyperparameter, engine: EngineModule): DemoFigure {
  const alphas = readerSample(1e-4, 1, SAMPLES, 'log', new engine.Rng(2026)).map(Number);
  const perDecade = [0, 0, 0, 0];
  for (const alpha of alphas) {
    const decade = Math.floor(Math.log10(alpha)) + 4;
    if (decade >= 0 && decade < 4) perDecade[decade] += 1;
  }
  const labels = ['10⁻⁴ to 10⁻³', '10⁻³ to 10⁻²', '10⁻² to 10⁻¹', '10⁻¹ to 1'];
  return {
    data: [
      { type: 'bar', x: labels, y: perDecade, name: 'your samples' },
      { x: labels, y: labels.map(() => SAMPLES / 4), mode: 'lines+markers', line: { dash: 'dash' }, name: 'an equal share per decade' },
    ],
    layout: { xaxis: { title: { text: 'decade of α' } }, yaxis: { title: { text: 'samples' } }, legend: { orientation: 'h', y: 1.12 }, margin: { t: 30 } },
    caption: `Your sampler's ${SAMPLES} learning rates fell ${perDecade.join(', ')} into the four decades from 10⁻⁴ to 1 (an equal share is ${SAMPLES / 4} each).`,
  };
}
