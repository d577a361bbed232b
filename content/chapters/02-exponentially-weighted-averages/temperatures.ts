import { seattleWeather } from '@engine';
import { formulaHover, knob, label, plot, toggle } from '@snippet';

// Seattle's daily highs in 2012, smoothed with v{t} = β·v{t-1} + (1 − β)·θ{t}.
const oneMinusBeta = knob('oneMinusBeta', 0.1, { min: 0.001, max: 0.5, log: true, label: '1 − β' });
const beta = 1 - oneMinusBeta;
const correct = toggle('biasCorrection', false, label({ en: 'bias correction v/(1 − βᵗ)', zh: '偏差修正 v/(1 − βᵗ)' }));
const weather = seattleWeather();
const theta = weather.tempMax.slice(0, 366); // 2012 was a leap year
const days = weather.date.slice(0, 366);

/** The exponentially weighted average of `values`, starting from v{0} = 0. */
function average(values: number[], b: number, biasCorrection: boolean): number[] {
  let v = 0;
  return values.map((value, i) => {
    v = b * v + (1 - b) * value;
    return biasCorrection ? v / (1 - b ** (i + 1)) : v;
  });
}

/** How jumpy a curve is: the mean size of its day-to-day change (°C). */
const roughness = (v: number[]) => v.slice(1).reduce((s, x, i) => s + Math.abs(x - v[i]), 0) / (v.length - 1);

// A curve with no lag to compare against: the average of the 31 days centred on each day.
const centred = theta.map((_, t) => {
  const window = theta.slice(Math.max(0, t - 15), t + 16);
  return window.reduce((a, b) => a + b, 0) / window.length;
});
/** The shift (days) that best lines the average up with the centred one, from day 60 on. */
function lag(v: number[]): number {
  let best = 0, bestError = Infinity;
  for (let d = 0; d <= 90; d++) {
    let error = 0;
    for (let t = 60; t + d < v.length; t++) error += (v[t + d] - centred[t]) ** 2 / (v.length - 60 - d);
    if (error < bestError) (bestError = error), (best = d);
  }
  return best;
}

const betas = [0.5, 0.9, 0.98];
const curves = betas.map((b) => average(theta, b, correct));
const mine = average(theta, beta, correct);
/** Hovering a day of your curve shows the update that produced it, with that day's numbers. */
const f = (x: number) => x.toFixed(2);
const raw = average(theta, beta, false);
const yourHover = formulaHover(raw.map((v, i) => {
  const previous = i === 0 ? 0 : raw[i - 1];
  const update = `v${i + 1} = β·v${i} + (1 − β)·θ${i + 1} = ${beta.toFixed(3)} × ${f(previous)} + ${oneMinusBeta.toFixed(3)} × ${f(theta[i])} = ${f(v)}`;
  if (!correct) return [days[i], update];
  return [days[i], update, `v${i + 1} / (1 − β^${i + 1}) = ${f(v)} / ${f(1 - beta ** (i + 1))} = ${f(mine[i])}`];
}));
// Your bold curve is drawn before the thin ones, so a course β it equals (0.9 at first) shows inside it.
plot('temperatures', [
  { x: days, y: theta, name: label({ en: 'daily high θ', zh: '每日最高气温 θ' }), mode: 'markers', marker: { size: 3 } },
  { x: days, y: mine, name: label({ en: `your β = ${beta.toFixed(3)}`, zh: `你的 β = ${beta.toFixed(3)}` }), mode: 'lines', line: { width: 3 }, ...yourHover },
  ...curves.map((v, k) => ({ x: days, y: v, name: `β = ${betas[k]}`, mode: 'lines' as const, line: { width: 1 } })),
], { xaxis: { title: { text: label({ en: 'day (2012)', zh: '日期（2012 年）' }) } }, yaxis: { title: { text: '°C' } } });

export const roughnessByBeta = curves.map(roughness);
export const lagByBeta = curves.map(lag);
export const roughnessOfData = roughness(theta);
export const yourRoughness = roughness(mine);
export const yourLag = lag(mine);
console.log(label({
  en: `β = ${beta.toFixed(3)}: moves ${yourRoughness.toFixed(2)} °C a day (data: ${roughnessOfData.toFixed(2)}), lags ${yourLag} days`,
  zh: `β = ${beta.toFixed(3)}：平均每天变化 ${yourRoughness.toFixed(2)} °C（原始数据 ${roughnessOfData.toFixed(2)}），滞后 ${yourLag} 天`,
}));
