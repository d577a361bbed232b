import type { DemoFigure, EngineModule } from '../../../../../src/exercises/demo';
import type { ewa } from './solution';

/** Days of Seattle's 2012 highs drawn, and the β of the averages. */
export const DAYS = 120;
export const BETA = 0.98;

/**
 * The reader's ewa on Seattle's daily highs, with and without bias correction, over a reference computed another
 * way: the closed form v_t = (1 − β) Σₖ β^(t−k) θₖ, divided by 1 − β^t when corrected. When the reader's
 * recurrence is right, each dotted curve lies on its wide one, and the uncorrected one starts near zero.
 */
export default function demo(readerEwa: typeof ewa, engine: EngineModule): DemoFigure {
  const theta = engine.seattleWeather().tempMax.slice(0, DAYS);
  const closedForm = (t: number) => theta.slice(0, t + 1).reduce((sum, value, k) => sum + (1 - BETA) * BETA ** (t - k) * value, 0);
  const raw = theta.map((_, t) => closedForm(t));
  const corrected = raw.map((v, t) => v / (1 - BETA ** (t + 1)));
  const yoursRaw = readerEwa([...theta], BETA, false).map(Number);
  const yoursCorrected = readerEwa([...theta], BETA, true).map(Number);
  const apart = Math.max(...raw.map((v, t) => Math.max(Math.abs(v - yoursRaw[t]), Math.abs(corrected[t] - yoursCorrected[t]))));
  const days = theta.map((_, t) => t + 1);
  return {
    data: [
      { x: days, y: theta, mode: 'markers', marker: { size: 3, color: 'rgba(128, 128, 128, 0.6)' }, name: 'θ: daily high, °C' },
      { x: days, y: corrected, mode: 'lines', line: { color: '#2ca02c', width: 6 }, opacity: 0.4, name: 'reference, corrected' },
      { x: days, y: yoursCorrected, mode: 'lines', line: { color: '#2ca02c', width: 1.5, dash: 'dot' }, name: 'your ewa, corrected' },
      { x: days, y: raw, mode: 'lines', line: { color: '#d62728', width: 6 }, opacity: 0.4, name: 'reference, uncorrected' },
      { x: days, y: yoursRaw, mode: 'lines', line: { color: '#d62728', width: 1.5, dash: 'dot' }, name: 'your ewa, uncorrected' },
    ],
    layout: { xaxis: { title: { text: 'day t of 2012' } }, yaxis: { title: { text: '°C' } }, margin: { t: 30 } },
    caption: `Your ewa with β = ${BETA} on Seattle's first ${DAYS} daily highs of 2012, against the closed form: `
      + (Number.isFinite(apart) ? `the curves never differ by more than ${apart.toPrecision(2)} °C.` : 'your ewa returned a value that is not a finite number.'),
  };
}
