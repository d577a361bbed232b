import { miniBatches, Rng, sgd, Tensor, type Parameter } from '@engine';
import { knob, label, plot } from '@snippet';

// The lecture's picture: batch, stochastic and mini-batch gradient descent on the contours of one cost. A linear
// model ŷ = w₁x₁ + w₂x₂ with the mean squared error has exactly two parameters, so its whole cost surface fits in a
// figure; correlated inputs make the contours long ellipses. Each path takes the same number of iterations.
const batchSize = knob('batchSize', 16, { min: 2, max: 128, step: 1, label: label({ en: 'mini-batch size', zh: '小批量大小' }) });
const learningRate = knob('learningRate', 0.2, { min: 0.01, max: 0.5, log: true, label: 'α' });
const iterations = knob('iterations', 80, { min: 10, max: 300, step: 10, label: label({ en: 'iterations', zh: '迭代次数' }) });

// 256 examples: x₂ follows x₁ closely, y = 2x₁ − x₂ + noise.
const m = 256;
const rng = new Rng(4);
const rows: number[] = [], labels: number[] = [];
for (let i = 0; i < m; i++) {
  const x1 = rng.normal(), x2 = 0.6 * x1 + 0.8 * rng.normal();
  rows.push(x1, x2);
  labels.push(2 * x1 - x2 + 0.5 * rng.normal());
}
const x = new Tensor(rows, [m, 2]), y = new Tensor(labels, [m, 1]);

/** J(w) = (1/n) Σ (w·x⁽ⁱ⁾ − y⁽ⁱ⁾)² over the n rows of a batch, and its gradient. */
function costAndGradient(w: Float64Array, bx: Tensor, by: Tensor): { cost: number; grad: [number, number] } {
  let cost = 0, g1 = 0, g2 = 0;
  for (let i = 0; i < bx.rows; i++) {
    const error = w[0] * bx.get(i, 0) + w[1] * bx.get(i, 1) - by.get(i);
    cost += error ** 2; g1 += 2 * error * bx.get(i, 0); g2 += 2 * error * bx.get(i, 1);
  }
  return { cost: cost / bx.rows, grad: [g1 / bx.rows, g2 / bx.rows] };
}

/** The path of the weights over `iterations` updates with mini-batches of `size`, from the same start. */
function path(size: number): { w1: number[]; w2: number[] } {
  const w: Parameter = { name: 'w', shape: [2], value: Float64Array.from([-1, 2.5]), grad: new Float64Array(2) };
  const optimizer = sgd(learningRate);
  const shuffle = new Rng(7);
  const out = { w1: [w.value[0]], w2: [w.value[1]] };
  while (out.w1.length <= iterations) {
    for (const batch of miniBatches(x, y, size, shuffle)) {
      if (out.w1.length > iterations) break;
      w.grad.set(costAndGradient(w.value, batch.x, batch.y).grad);
      optimizer.step([w]);
      out.w1.push(w.value[0]); out.w2.push(w.value[1]);
    }
  }
  return out;
}

// The minimum of the full cost: the normal equations XᵀX w = Xᵀy, a 2 × 2 system.
let s11 = 0, s12 = 0, s22 = 0, t1 = 0, t2 = 0, syy = 0;
for (let i = 0; i < m; i++) {
  const a = x.get(i, 0), b = x.get(i, 1), target = y.get(i);
  s11 += a * a; s12 += a * b; s22 += b * b; t1 += a * target; t2 += b * target; syy += target * target;
}
const det = s11 * s22 - s12 * s12;
export const minimum = [(s22 * t1 - s12 * t2) / det, (s11 * t2 - s12 * t1) / det];

const runs = [
  { key: 'batch', name: label({ en: `batch (all ${m})`, zh: `批量（${m}）` }), color: '#1f77b4', path: path(m) },
  { key: 'mini', name: label({ en: `mini-batch of ${batchSize}`, zh: `小批量（${batchSize}）` }), color: '#2ca02c', path: path(batchSize) },
  { key: 'stochastic', name: label({ en: 'stochastic (1)', zh: '随机（1）' }), color: '#d62728', path: path(1) },
] as const;

const w1s = Array.from({ length: 61 }, (_, i) => -1.5 + i * 0.075);
const w2s = Array.from({ length: 67 }, (_, j) => -2.5 + j * 0.075);
// The same sums give the full cost anywhere: expanding the square, J(w) = (wᵀXᵀXw − 2wᵀXᵀy + yᵀy) / m, a quadratic
// in w (so its contours are ellipses), with no pass over the 256 examples per point of the grid.
const full = (a: number, b: number) => (s11 * a * a + 2 * s12 * a * b + s22 * b * b - 2 * (t1 * a + t2 * b) + syy) / m;
plot('paths', [
  { type: 'contour', x: w1s, y: w2s, z: w2s.map((b) => w1s.map((a) => Math.log(full(a, b)))), showscale: false, ncontours: 18, contours: { coloring: 'none' }, line: { color: 'rgba(128, 128, 128, 0.5)' }, name: 'log J', hoverinfo: 'skip' },
  ...runs.map((r) => ({ x: r.path.w1, y: r.path.w2, mode: 'lines+markers' as const, marker: { size: 3 }, line: { color: r.color, width: 1.5 }, name: r.name })),
  { x: [minimum[0]], y: [minimum[1]], mode: 'markers', marker: { size: 12, symbol: 'x', color: 'black' }, name: label({ en: 'minimum', zh: '最小值' }) },
], { xaxis: { title: { text: 'w₁' }, range: [-1.5, 3] }, yaxis: { title: { text: 'w₂' }, range: [-2.5, 2.5], scaleanchor: 'x' }, height: 460 });

/** Mean distance from the minimum over the last third of the iterations: how tightly each path settles. */
const settle = (p: { w1: number[]; w2: number[] }) => {
  const from = Math.floor((2 * p.w1.length) / 3);
  const d = p.w1.slice(from).map((a, k) => Math.hypot(a - minimum[0], p.w2[from + k] - minimum[1]));
  return d.reduce((s, v) => s + v, 0) / d.length;
};
/** Whether the full cost went down at every single step of the path. */
const alwaysDown = (p: { w1: number[]; w2: number[] }) => p.w1.slice(1).every((a, k) => full(a, p.w2[k + 1]) < full(p.w1[k], p.w2[k]));

export const settleDistance = { batch: settle(runs[0].path), mini: settle(runs[1].path), stochastic: settle(runs[2].path) };
export const fullCostAlwaysFalls = { batch: alwaysDown(runs[0].path), mini: alwaysDown(runs[1].path), stochastic: alwaysDown(runs[2].path) };
console.log(label({ en: 'mean distance from the minimum over the last third:', zh: '最后三分之一的更新中与最小值的平均距离：' }), settleDistance);
