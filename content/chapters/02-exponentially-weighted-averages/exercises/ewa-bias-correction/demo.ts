import type { DemoFigure, DemoText, EngineModule } from '../../../../../src/exercises/demo';
import type { ewa } from './solution';

/** Days of Seattle's 2012 highs drawn, and the β of the averages. */
export const DAYS = 120;
export const BETA = 0.98;

/**
 * The reader's ewa on Seattle's daily highs, with and without bias correction, over a reference computed another
 * way: the closed form v_t = (1 − β) Σₖ β^(t−k) θₖ, divided by 1 − β^t when corrected. When the reader's
 * recurrence is right, each dotted curve lies on its wide one, and the uncorrected one starts near zero.
 */
export default function demo(readerEwa: typeof ewa, engine: EngineModule, text: DemoText): DemoFigure {
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
      { x: days, y: theta, mode: 'markers', marker: { size: 3, color: 'rgba(128, 128, 128, 0.6)' }, name: text({ en: 'θ: daily high, °C', zh: 'θ：每日最高气温，°C' }) },
      { x: days, y: corrected, mode: 'lines', line: { color: '#2ca02c', width: 6 }, opacity: 0.4, name: text({ en: 'reference, corrected', zh: '参考值，经偏差修正' }) },
      { x: days, y: yoursCorrected, mode: 'lines', line: { color: '#2ca02c', width: 1.5, dash: 'dot' }, name: text({ en: 'your ewa, corrected', zh: '你的 ewa，经偏差修正' }) },
      { x: days, y: raw, mode: 'lines', line: { color: '#d62728', width: 6 }, opacity: 0.4, name: text({ en: 'reference, uncorrected', zh: '参考值，未经偏差修正' }) },
      { x: days, y: yoursRaw, mode: 'lines', line: { color: '#d62728', width: 1.5, dash: 'dot' }, name: text({ en: 'your ewa, uncorrected', zh: '你的 ewa，未经偏差修正' }) },
    ],
    layout: { xaxis: { title: { text: text({ en: 'day t of 2012', zh: '2012 年的第 t 天' }) } }, yaxis: { title: { text: '°C' } }, margin: { t: 30 } },
    caption: text({
      en: `Your ewa with β = ${BETA} on Seattle's first ${DAYS} daily highs of 2012, against the closed form: `,
      zh: `你的 ewa（β = ${BETA}）用在西雅图 2012 年前 ${DAYS} 天的每日最高气温上，与闭式解对照：`,
    }) + (Number.isFinite(apart)
      ? text({ en: `the curves never differ by more than ${apart.toPrecision(2)} °C.`, zh: `两边的曲线之差始终不超过 ${apart.toPrecision(2)} °C。` })
      : text({ en: 'your ewa returned a value that is not a finite number.', zh: '你的 ewa 返回了一个不是有限数的值。' })),
  };
}
