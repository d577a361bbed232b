import { descend, illConditionedQuadratic, momentum, sgd, type Optimizer } from '@engine';
import { knob, label, plot } from '@snippet';

// What momentum buys on a quadratic: a larger learning rate that is still stable. For each β, find by bisection
// the largest α at which each optimizer of the engine still converges on the chapter's bowl, and compare with
// the formulas for curvature λ: 2/λ (gradient descent), 2(1 + β)/((1 − β)λ) (the course's averaging form) and
// 2(1 + β)/λ (the sum form v = βv + dW).
const bowl = illConditionedQuadratic({ a: 1, b: 50 });
const lambda = 50; // the steep direction's curvature: it sets every limit
const steps = knob('steps', 1000, { min: 200, max: 5000, step: 100, label: label({ en: 'steps per trial', zh: '每次试验的步数' }) });
const betas = [0, 0.5, 0.7, 0.8, 0.9, 0.95];
const start: [number, number] = [1, 1];

/** Converges: after `steps` steps the cost is below a hundredth of where it started (NaN and Infinity fail). */
function converges(optimizer: Optimizer): boolean {
  const cost = descend(bowl, optimizer, start, steps).cost;
  return cost[steps] < cost[0] / 100;
}

/** The largest α for which `make(α)` converges, by bisection between a stable and an unstable α. */
function largestStableAlpha(make: (alpha: number) => Optimizer): number {
  let stable = 1e-4, unstable = 10;
  for (let k = 0; k < 40; k++) {
    const mid = Math.sqrt(stable * unstable); // bisect on a log scale: the limits span three decades
    if (converges(make(mid))) stable = mid; else unstable = mid;
  }
  return stable;
}

export const formula = {
  gd: 2 / lambda,
  averaging: betas.map((b) => (2 * (1 + b)) / ((1 - b) * lambda)),
  sum: betas.map((b) => (2 * (1 + b)) / lambda),
};
export const measured = {
  gd: largestStableAlpha((a) => sgd(a)),
  averaging: betas.map((b) => largestStableAlpha((a) => momentum(a, b))),
  sum: betas.map((b) => largestStableAlpha((a) => momentum(a, b, { form: 'sum' }))),
};

plot('limits', [
  { x: betas, y: measured.averaging, mode: 'markers', marker: { size: 10 }, name: label({ en: 'averaging form, measured', zh: '平均形式，实测' }) },
  { x: betas, y: formula.averaging, mode: 'lines', name: '2(1 + β) / ((1 − β)λ)' },
  { x: betas, y: measured.sum, mode: 'markers', marker: { size: 10, symbol: 'square' }, name: label({ en: 'sum form, measured', zh: '求和形式，实测' }) },
  { x: betas, y: formula.sum, mode: 'lines', line: { dash: 'dot' }, name: '2(1 + β) / λ' },
  { x: betas, y: betas.map(() => measured.gd), mode: 'lines+markers', line: { dash: 'dash' }, name: label({ en: 'gradient descent, measured (2/λ)', zh: '梯度下降，实测（2/λ）' }) },
], { xaxis: { title: { text: 'β' } }, yaxis: { title: { text: label({ en: 'largest stable α (log scale)', zh: '最大稳定 α（对数尺度）' }) }, type: 'log' } });

const at = betas.indexOf(0.9);
/** At β = 0.9: the measured limits and the formulas'. */
export const gdLimit = measured.gd;
export const averagingLimit = measured.averaging[at];
export const sumLimit = measured.sum[at];
export const averagingFormula = formula.averaging[at];
export const sumFormula = formula.sum[at];
/** How much larger a stable α the averaging form allows than gradient descent: (1 + β)/(1 − β) = 19 at β = 0.9. */
export const stableRatio = averagingLimit / gdLimit;
console.log(label({
  en: `β = 0.9, λ = ${lambda}: GD ${gdLimit.toFixed(4)} (2/λ = ${formula.gd}), averaging ${averagingLimit.toFixed(4)} (formula ${averagingFormula.toFixed(4)}), sum ${sumLimit.toFixed(4)} (formula ${sumFormula.toFixed(4)})`,
  zh: `β = 0.9，λ = ${lambda}：梯度下降 ${gdLimit.toFixed(4)}（2/λ = ${formula.gd}），平均形式 ${averagingLimit.toFixed(4)}（公式 ${averagingFormula.toFixed(4)}），求和形式 ${sumLimit.toFixed(4)}（公式 ${sumFormula.toFixed(4)}）`,
}));
