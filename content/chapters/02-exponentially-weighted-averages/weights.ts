import { knob, label, plot } from '@snippet';

// Unrolled, v{t} = (1-β)θ{t} + (1-β)β θ{t-1} + (1-β)β² θ{t-2} + ...: day k back gets weight (1-β)βᵏ.
const oneMinusBeta = knob('oneMinusBeta', 0.1, { min: 0.001, max: 0.5, log: true, label: '1 − β' });
const beta = 1 - oneMinusBeta;
const window = 1 / (1 - beta); // the course's "about 1/(1-β) days"
const shown = Math.ceil(4 * window);
const ks = Array.from({ length: shown }, (_, k) => k);
const weights = ks.map((k) => (1 - beta) * beta ** k);

/** How many of the most recent days carry 1 - 1/e (about 63%) of all the weight. */
function daysForMass(b: number): number {
  let mass = 0, days = 0;
  while (mass < 1 - 1 / Math.E) mass += (1 - b) * b ** days++;
  return days;
}
const days = daysForMass(beta);

plot('weights', [
  { type: 'bar', x: ks, y: weights, name: '(1 − β)βᵏ' },
  { x: [window, window], y: [0, 1 - beta], mode: 'lines', name: `1/(1 − β) = ${window.toFixed(1)}`, line: { dash: 'dash' } },
], {
  xaxis: { title: { text: label({ en: 'k, days back from today', zh: 'k：从今天往前数的天数' }) } },
  yaxis: { title: { text: label({ en: 'weight of θ(t−k)', zh: 'θ(t−k) 的权重' }) } },
});

// Why 1/(1-β): with ε = 1 - β, the weight after 1/ε days has shrunk by (1 - ε)^(1/ε), which tends to 1/e.
const epsilons = Array.from({ length: 60 }, (_, i) => 0.5 * 10 ** (-i / 20));
plot('limit', [
  { x: epsilons, y: epsilons.map((e) => (1 - e) ** (1 / e)), name: '(1 − ε)^(1/ε)', mode: 'lines' },
  { x: [epsilons[59], epsilons[0]], y: [1 / Math.E, 1 / Math.E], name: '1/e ≈ 0.368', mode: 'lines', line: { dash: 'dot' } },
], {
  xaxis: { title: { text: label({ en: 'ε = 1 − β (log scale)', zh: 'ε = 1 − β（对数坐标）' }) }, type: 'log', autorange: 'reversed' },
  yaxis: { title: { text: label({ en: 'shrink factor after 1/ε days', zh: '1/ε 天后的衰减倍数' }) } },
});

export const oneOverOneMinusBeta = window;
export const daysForMostWeight = days; // days carrying 1 - 1/e of the weight
export const daysForCourseBetas = [0.5, 0.9, 0.98].map(daysForMass); // the course's "about 2, 10 and 50"
export const shrinkAfterWindow = beta ** window; // (1-ε)^(1/ε)
export const weightBeyondWindow = beta ** Math.round(window); // total weight of the days older than the window
let age = 0; // mean age of the weights, summed far enough back to be exact: β/(1-β)
for (let k = 0; k < 40 * window; k++) age += k * (1 - beta) * beta ** k;
export const meanAge = age;
console.log(label({
  en: `β = ${beta.toFixed(3)}: ${days} days carry 63% of the weight; 1/(1-β) = ${window.toFixed(1)}; β^(1/(1-β)) = ${shrinkAfterWindow.toFixed(3)}`,
  zh: `β = ${beta.toFixed(3)}：最近 ${days} 天占了 63% 的权重；1/(1-β) = ${window.toFixed(1)}；β^(1/(1-β)) = ${shrinkAfterWindow.toFixed(3)}`,
}));
