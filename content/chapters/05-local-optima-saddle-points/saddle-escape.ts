import { Rng, sgd, type Parameter } from '@engine';
import { knob, label, plot, point } from '@snippet';

// A saddle between two valleys: J = x² + y⁴/4 − y²/2. The gradient is zero at (0, 0),
// where J curves up along x and down along y; the two minima sit at (0, −1) and (0, 1).
const cost = (x: number, y: number) => x * x + y ** 4 / 4 - (y * y) / 2;
const gradient = (x: number, y: number) => [2 * x, y ** 3 - y];

const learningRate = knob('learningRate', 0.1, { min: 0.01, max: 0.4, log: true, label: 'α' });
const noise = knob('noise', 0.3, { min: 0, max: 1, step: 0.05, label: label({ en: 'mini-batch noise σ', zh: '小批量噪声 σ' }) });
const steps = knob('steps', 100, { min: 20, max: 400, step: 10, label: label({ en: 'steps', zh: '步数' }) });
// By default exactly on the ridge y = 0 that leads into the saddle; drag on the contour figure to start elsewhere.
const start = point('start', [1.8, 0], { figure: 'contour', x: [-2, 2], y: [-2, 2], label: label({ en: 'start (x, y)', zh: '起点 (x, y)' }) });

/** Descends from `start`; each gradient is the true one plus N(0, σ²) noise, like a mini-batch estimate. */
function descend(sigma: number, seed: number) {
  const rng = new Rng(seed);
  const point: Parameter = { name: 'point', shape: [2], value: Float64Array.from(start), grad: new Float64Array(2) };
  const optimizer = sgd(learningRate);
  const path = { x: [start[0]], y: [start[1]], z: [cost(start[0], start[1])], distance: [Math.hypot(start[0], start[1])] };
  for (let t = 0; t < steps; t++) {
    const [gx, gy] = gradient(point.value[0], point.value[1]);
    point.grad[0] = gx + sigma * rng.normal();
    point.grad[1] = gy + sigma * rng.normal();
    optimizer.step([point]);
    const [x, y] = point.value;
    path.x.push(x); path.y.push(y); path.z.push(cost(x, y)); path.distance.push(Math.hypot(x, y));
  }
  return path;
}

const exact = descend(0, 1);       // batch gradient descent: the exact gradient
const noisy = descend(noise, 7);   // mini-batch gradient descent: a noisy estimate

const grid = Array.from({ length: 41 }, (_, i) => -2 + i * 0.1);
const z = grid.map((y) => grid.map((x) => cost(x, y)));
const paths = [
  { path: exact, name: label({ en: 'exact gradient (batch GD)', zh: '精确梯度（全批量）' }), color: '#d62728' },
  { path: noisy, name: label({ en: `noisy gradient, σ = ${noise}`, zh: `噪声梯度，σ = ${noise}` }), color: '#1f77b4' },
];
plot('contour', [
  { type: 'contour', x: grid, y: grid, z, ncontours: 24, showscale: false, colorscale: 'Viridis', name: 'J' },
  ...paths.map(({ path, name, color }) => ({ x: path.x, y: path.y, mode: 'lines+markers' as const, marker: { size: 4 }, line: { color }, name })),
  { x: [start[0]], y: [start[1]], mode: 'markers', marker: { size: 14, symbol: 'circle-open', line: { width: 2 }, color: '#fff' }, name: label({ en: 'start (drag)', zh: '起点（可拖动）' }), hoverinfo: 'skip' },
], { xaxis: { title: { text: 'x' }, range: [-2, 2] }, yaxis: { title: { text: 'y' }, scaleanchor: 'x', range: [-2, 2] } });
plot('surface', [
  { type: 'surface', x: grid, y: grid, z, opacity: 0.85, showscale: false, colorscale: 'Viridis' },
  ...paths.map(({ path, name, color }) => ({
    type: 'scatter3d' as const, mode: 'lines' as const, name, x: path.x, y: path.y, z: path.z.map((v) => v + 0.03), line: { width: 6, color },
  })),
], { scene: { xaxis: { title: { text: 'x' } }, yaxis: { title: { text: 'y' } }, zaxis: { title: { text: 'J' } } }, height: 460 });
plot('distance', paths.map(({ path, name, color }) => ({ y: path.distance, name, line: { color } })), {
  xaxis: { title: { text: label({ en: 'step', zh: '步数' }) } },
  yaxis: { title: { text: label({ en: 'distance from the saddle (0, 0)', zh: '到鞍点 (0, 0) 的距离' }) }, type: 'log' },
});

/** How far each run ends from the saddle point (0, 0). */
export const exactDistance = exact.distance[steps];
export const noisyDistance = noisy.distance[steps];
/** First step at which the noisy run is more than 0.5 away from the ridge (|y| > 0.5), or −1. */
export const noisyEscapeStep = noisy.y.findIndex((y) => Math.abs(y) > 0.5);
export const exactFinalCost = exact.z[steps];
export const noisyFinalCost = noisy.z[steps];
