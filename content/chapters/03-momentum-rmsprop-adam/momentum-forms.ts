import { descend, illConditionedQuadratic, momentum } from '@engine';
import { knob, label, plot } from '@snippet';

// The same elongated bowl as above, J = ½(w₁² + 50·w₂²), and three momentum runs on it.
const bowl = illConditionedQuadratic({ a: 1, b: 50 });
const learningRate = knob('learningRate', 0.08, { min: 0.001, max: 0.3, log: true, label: 'α' });
const beta = knob('beta', 0.9, { min: 0.5, max: 0.99, step: 0.01, label: 'β' });
const steps = 60;
const start: [number, number] = [-1.8, 0.8];

// The course's form: v = βv + (1 − β)dW, W = W − αv.
const average = descend(bowl, momentum(learningRate, beta, { form: 'average' }), start, steps);
// The other form: v = βv + dW. Its v is 1/(1 − β) times larger, so α must shrink by (1 − β) to match...
const sumRescaled = descend(bowl, momentum(learningRate * (1 - beta), beta, { form: 'sum' }), start, steps);
// ...and with the SAME α it takes steps 1/(1 − β) times longer.
const sumSameAlpha = descend(bowl, momentum(learningRate, beta, { form: 'sum' }), start, steps);

const xs = Array.from({ length: 81 }, (_, i) => -2 + i * 0.05);
const ys = Array.from({ length: 41 }, (_, i) => -1 + i * 0.05);
// A diverging path is cut where it first leaves the window.
const inside = (p: { x: number[]; y: number[] }) => { const k = p.x.findIndex((x, i) => Math.abs(x) > 2 || Math.abs(p.y[i]) > 1); return k < 0 ? p.x.length : k + 1; };
const shown = { x: sumSameAlpha.x.slice(0, inside(sumSameAlpha)), y: sumSameAlpha.y.slice(0, inside(sumSameAlpha)) };
plot('forms', [
  { type: 'contour', x: xs, y: ys, z: ys.map((y) => xs.map((x) => bowl.value(x, y))), showscale: false, ncontours: 20, contours: { coloring: 'none' }, line: { color: 'rgba(128, 128, 128, 0.5)' }, hoverinfo: 'skip', name: 'J' },
  { x: average.x, y: average.y, mode: 'lines+markers', marker: { size: 10, symbol: 'circle-open' }, line: { width: 4 }, name: 'βv + (1−β)dW, α' },
  { x: sumRescaled.x, y: sumRescaled.y, mode: 'lines+markers', marker: { size: 4 }, name: 'βv + dW, α(1−β)' },
  { x: shown.x, y: shown.y, mode: 'lines+markers', marker: { size: 4 }, line: { dash: 'dot' }, name: 'βv + dW, α' },
], { xaxis: { title: { text: 'w₁' }, range: [-2, 2] }, yaxis: { title: { text: 'w₂' }, range: [-1, 1] }, height: 420 });

/** Largest coordinate difference between the two forms once α is rescaled: rounding only. */
export const maxDifference = Math.max(
  ...average.x.map((x, k) => Math.abs(x - sumRescaled.x[k])),
  ...average.y.map((y, k) => Math.abs(y - sumRescaled.y[k])),
);
const firstStep = (p: { x: number[]; y: number[] }) => Math.hypot(p.x[1] - p.x[0], p.y[1] - p.y[0]);
/** Length of the first step of the unscaled sum form over the course's form: 1/(1 − β). */
export const firstStepRatio = firstStep(sumSameAlpha) / firstStep(average);
/** Cost after the last step of each run. */
export const finalCost = { average: average.cost[steps], sumRescaled: sumRescaled.cost[steps], sumSameAlpha: sumSameAlpha.cost[steps] };
console.log(label({ en: 'largest difference between the two forms with α rescaled:', zh: '把 α 换算之后，两种形式之间的最大差异：' }), maxDifference);
