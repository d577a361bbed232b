import { seattleWeather } from '@engine';
import { formulaHover, knob, label, plot, timeline } from '@snippet';

// The first weeks of 2012: v{0} = 0 drags the average towards zero until βᵗ has died away.
const oneMinusBeta = knob('oneMinusBeta', 0.02, { min: 0.001, max: 0.5, log: true, label: '1 − β' });
const beta = 1 - oneMinusBeta;
const theta = seattleWeather().tempMax; // all four years, 2012-2015
const daysShown = 120;

const raw: number[] = [], corrected: number[] = [];
let v = 0;
for (let i = 0; i < theta.length; i++) {
  v = beta * v + (1 - beta) * theta[i];
  raw.push(v);
  corrected.push(v / (1 - beta ** (i + 1))); // divide by 1 - βᵗ: the weights' total so far
}
// What a plain average of the days seen so far says, for comparison.
const soFar = theta.slice(0, 20).map((_, i) => theta.slice(0, i + 1).reduce((a, b) => a + b, 0) / (i + 1));

// Play or step through the days to watch the average build up; hover over (or tap) a day to see its update.
const day = timeline('day', daysShown, { label: label({ en: 'day', zh: '天数' }) });
const t = theta.slice(0, day).map((_, i) => i + 1);
const first = (values: number[]) => values.slice(0, day);
const f = (x: number) => x.toFixed(2);
const rawHover = formulaHover(first(raw).map((value, i) =>
  `v${i + 1} = ${beta.toFixed(3)} × ${f(i === 0 ? 0 : raw[i - 1])} + ${oneMinusBeta.toFixed(3)} × ${f(theta[i])} = ${f(value)}`));
const correctedHover = formulaHover(first(corrected).map((value, i) =>
  `v${i + 1} / (1 − β^${i + 1}) = ${f(raw[i])} / ${(1 - beta ** (i + 1)).toFixed(4)} = ${f(value)}`));
plot('start', [
  { x: t, y: first(theta), name: label({ en: 'daily high θ', zh: '每日最高气温 θ' }), mode: 'markers', marker: { size: 4 } },
  { x: t, y: first(raw), name: label({ en: 'v (starts at 0)', zh: 'v（从 0 开始）' }), mode: 'lines', ...rawHover },
  { x: t, y: first(corrected), name: 'v / (1 − βᵗ)', mode: 'lines', line: { width: 3 }, ...correctedHover },
], {
  xaxis: { title: { text: label({ en: 'day t of 2012', zh: '2012 年第 t 天' }) }, range: [0, daysShown + 1] },
  yaxis: { title: { text: '°C' }, range: [-2, 32] },
});

const meanGap = (curve: number[], days: number) => curve.slice(0, days).reduce((s, c, i) => s + Math.abs(c - soFar[i]), 0) / days;
export const firstDayTheta = theta[0];
export const firstDayRaw = raw[0];
export const firstDayCorrected = corrected[0];
export const gapRawFirstWeeks = meanGap(raw, 20); // °C below the plain average, days 1-20
export const gapCorrectedFirstWeeks = meanGap(corrected, 20);
/** First day on which correcting changes v by less than 0.1 °C: βᵗ has become negligible. */
const fades = corrected.findIndex((c, i) => Math.abs(c - raw[i]) < 0.1);
export const dayCorrectionFades = fades < 0 ? Infinity : fades + 1;
console.log(label({
  en: `β = ${beta.toFixed(3)}: day 1 θ = ${theta[0]} °C, v = ${raw[0].toFixed(2)}, corrected ${corrected[0].toFixed(2)}`,
  zh: `β = ${beta.toFixed(3)}：第 1 天 θ = ${theta[0]} °C，v = ${raw[0].toFixed(2)}，修正后 ${corrected[0].toFixed(2)}`,
}));
console.log(
  fades < 0
    ? label({ en: 'the correction still matters after four years', zh: '四年之后修正仍然有影响' })
    : label({ en: `the correction changes v by under 0.1 °C from day ${dayCorrectionFades}`, zh: `从第 ${dayCorrectionFades} 天起，修正对 v 的改变不到 0.1 °C` }),
);
