import { adam, descend, illConditionedQuadratic, momentum, rmsprop, sgd } from '@engine';
import { formulaHover, knob, label, plot, point, timeline } from '@snippet';

// An elongated bowl J = ½(w₁² + 50·w₂²): gentle along w₁, fifty times steeper along w₂.
const bowl = illConditionedQuadratic({ a: 1, b: 50 });
const learningRate = knob('learningRate', 0.039, { min: 0.001, max: 0.1, log: true, label: label({ en: 'α (all four)', zh: 'α（四者共用）' }) });
const beta = knob('beta', 0.9, { min: 0.5, max: 0.99, step: 0.01, label: label({ en: 'β (momentum)', zh: 'β（动量）' }) });
const steps = knob('steps', 60, { min: 10, max: 200, step: 10, label: label({ en: 'steps', zh: '步数' }) });
// Drag on the figure to start all four from somewhere else; step through the steps with the timeline.
const start = point('start', [-1.8, 0.8], { figure: 'paths', x: [-2, 2], y: [-1, 1], label: label({ en: 'start (w₁, w₂)', zh: '起点 (w₁, w₂)' }) });
const shown = timeline('shown', steps, { label: label({ en: 'step shown', zh: '显示到第几步' }) });

// The same α for everyone; each optimizer keeps its other settings at the course's usual values.
const runs = [
  { name: label({ en: 'gradient descent', zh: '梯度下降' }), color: '#1f77b4', path: descend(bowl, sgd(learningRate), start, steps) },
  { name: label({ en: `momentum, β = ${beta}`, zh: `动量，β = ${beta}` }), color: '#ff7f0e', path: descend(bowl, momentum(learningRate, beta), start, steps) },
  { name: label({ en: 'RMSprop', zh: 'RMSprop 算法' }), color: '#2ca02c', path: descend(bowl, rmsprop(learningRate), start, steps) },
  { name: label({ en: 'Adam', zh: 'Adam 算法' }), color: '#d62728', path: descend(bowl, adam(learningRate), start, steps) },
];

// Contour lines of J under the paths (clipped so a diverging run cannot hide the bowl).
const xs = Array.from({ length: 81 }, (_, i) => -2 + i * 0.05);
const ys = Array.from({ length: 41 }, (_, i) => -1 + i * 0.05);
const z = ys.map((y) => xs.map((x) => bowl.value(x, y)));
const clip = (v: number[], lim: number) => v.map((u) => Math.max(-lim, Math.min(lim, u)));
const upTo = <T>(v: T[]) => v.slice(0, Math.min(shown, steps) + 1);

// Adam's update written out at each step, from the published rule: hover a red point to see it.
const f = (x: number) => (Math.abs(x) < 1e-3 && x !== 0 ? x.toExponential(2) : x.toFixed(3));
const pair = (a: number, b: number) => `(${f(a)}, ${f(b)})`;
export const adamSteps = (() => {
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  const m = [0, 0], v = [0, 0];
  const { x, y } = runs[3].path;
  return x.slice(1).map((_, i) => {
    const g = [x[i], 50 * y[i]]; // ∇J = (w₁, 50·w₂) at the point the step starts from
    const t = i + 1;
    const mHat = [0, 1].map((k) => (m[k] = b1 * m[k] + (1 - b1) * g[k]) / (1 - b1 ** t));
    const vHat = [0, 1].map((k) => (v[k] = b2 * v[k] + (1 - b2) * g[k] ** 2) / (1 - b2 ** t));
    const step = [0, 1].map((k) => (-learningRate * mHat[k]) / (Math.sqrt(vHat[k]) + eps));
    return { t, g, mHat, vHat, step };
  });
})();
const adamHover = formulaHover([label({ en: 'start', zh: '起点' }), ...adamSteps.map(({ t, g, mHat, vHat, step }) => [
  label({ en: `Adam, step ${t}`, zh: `Adam，第 ${t} 步` }),
  `g = ∇J = ${pair(g[0], g[1])}`,
  `m̂ = ${pair(mHat[0], mHat[1])}, v̂ = ${pair(vHat[0], vHat[1])}`,
  `Δw = −α·m̂/(√v̂ + ε) = ${pair(step[0], step[1])}`,
])]);

plot('paths', [
  { type: 'contour', x: xs, y: ys, z, showscale: false, ncontours: 20, contours: { coloring: 'none' }, line: { color: 'rgba(128, 128, 128, 0.5)' }, name: 'J', hoverinfo: 'skip' },
  ...runs.map(({ name, color, path }, k) => ({
    x: upTo(clip(path.x, 2)), y: upTo(clip(path.y, 1)), mode: 'lines+markers' as const, marker: { size: 4 }, line: { color }, name,
    ...(k === 3 ? { customdata: upTo(adamHover.customdata), hovertemplate: adamHover.hovertemplate } : {}),
  })),
  // The handle: drag it (or anywhere on the figure) to move the start.
  { x: [start[0]], y: [start[1]], mode: 'markers', marker: { size: 14, symbol: 'circle-open', line: { width: 2 }, color: '#444' }, name: label({ en: 'start (drag)', zh: '起点（可拖动）' }), hoverinfo: 'skip' },
], {
  xaxis: { title: { text: label({ en: 'w₁ (gentle direction)', zh: 'w₁（平缓方向）' }) }, range: [-2, 2] },
  yaxis: { title: { text: label({ en: 'w₂ (steep direction)', zh: 'w₂（陡峭方向）' }) }, range: [-1, 1] },
  height: 420,
});

plot('cost', runs.map(({ name, color, path }) => ({ y: upTo(path.cost), name, line: { color } })), {
  xaxis: { title: { text: label({ en: 'step', zh: '步数' }) } }, yaxis: { title: { text: label({ en: 'cost J (log scale)', zh: '代价 J（对数尺度）' }) }, type: 'log' },
});

/** How many times the path crossed the valley floor w₂ = 0 (a zig-zag crosses it at every step). */
const crossings = (y: number[]) => y.slice(1).filter((v, k) => Math.sign(v) !== Math.sign(y[k])).length;
const last = (p: { x: number[]; y: number[] }) => Math.hypot(p.x[steps], p.y[steps]);

/** Distance from the minimum (0, 0) after the last step, per optimizer. */
export const finalDistance = { gd: last(runs[0].path), momentum: last(runs[1].path), rmsprop: last(runs[2].path), adam: last(runs[3].path) };
/** Valley-floor crossings per optimizer: gradient descent zig-zags, the others barely do. */
export const zigzags = { gd: crossings(runs[0].path.y), momentum: crossings(runs[1].path.y), rmsprop: crossings(runs[2].path.y), adam: crossings(runs[3].path.y) };
/** Cost after the last step, per optimizer. */
export const finalCost = { gd: runs[0].path.cost[steps], momentum: runs[1].path.cost[steps], rmsprop: runs[2].path.cost[steps], adam: runs[3].path.cost[steps] };
console.log(label({ en: `distance from the minimum after ${steps} steps:`, zh: `${steps} 步之后与最小值的距离：` }), finalDistance);
/**
 * RMSprop's first step along w₁, in units of α: with no bias correction its s starts at zero, so the first step is
 * α·g/√((1 − β₂)g²) = α/√(1 − β₂), about 3.16α for the default β₂ = 0.9, not α.
 */
export const rmspropFirstStep = Math.abs(runs[2].path.x[1] - runs[2].path.x[0]) / learningRate;
/** Adam's first step along w₁, in units of α: bias-corrected, exactly α. */
export const adamFirstStep = Math.abs(runs[3].path.x[1] - runs[3].path.x[0]) / learningRate;
