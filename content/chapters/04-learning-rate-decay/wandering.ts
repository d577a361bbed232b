import { exponentialDecay, illConditionedQuadratic, inverseTimeDecay, Rng, sgd, type Parameter, type Schedule } from '@engine';
import { choice, knob, label, plot } from '@snippet';

// A bowl J = ½(w₁² + 4·w₂²) and NOISY gradients, as a mini-batch gives: each is the true one plus N(0, σ²).
const bowl = illConditionedQuadratic({ a: 1, b: 4 });
const alpha0 = knob('alpha0', 0.2, { min: 0.01, max: 0.45, log: true, label: 'α0' });
const noise = knob('noise', 1, { min: 0, max: 3, step: 0.1, label: label({ en: 'gradient noise σ', zh: '梯度噪声 σ' }) });
/** A schedule's formula in the page's language (the choice's value stays the same in both, for share links and tests). */
const inWords = (formula: string) => label({ en: formula, zh: formula.replace('epoch', '轮次') });
const schedulesOffered = ['α0 / (1 + epoch)', '0.95^epoch · α0', 'α0 / (1 + 0.1 · epoch)'] as const;
const decay = choice('decay', 'α0 / (1 + epoch)', schedulesOffered, label({ en: 'decay', zh: '衰减方式' }),
  Object.fromEntries(schedulesOffered.map((s) => [s, inWords(s)])));
const decayShown = inWords(decay);
const epochs = 30, stepsPerEpoch = 20; // think of 20 mini-batches per epoch

const decayed: Schedule = decay === '0.95^epoch · α0' ? exponentialDecay(alpha0, 0.95)
  : inverseTimeDecay(alpha0, decay === 'α0 / (1 + epoch)' ? 1 : 0.1);
const fixed: Schedule = () => alpha0;

function descend(schedule: Schedule) {
  const rng = new Rng(4); // the same noise for both runs: only α differs
  const w: Parameter = { name: 'w', shape: [2], value: Float64Array.from([-2, 1]), grad: new Float64Array(2) };
  const optimizer = sgd(alpha0);
  const path = { x: [w.value[0]], y: [w.value[1]], distance: [Math.hypot(w.value[0], w.value[1])] };
  for (let epoch = 0; epoch < epochs; epoch++) {
    optimizer.learningRate = schedule(epoch); // a schedule sets α once per epoch
    for (let k = 0; k < stepsPerEpoch; k++) {
      const [gx, gy] = bowl.gradient(w.value[0], w.value[1]);
      w.grad[0] = gx + noise * rng.normal(); w.grad[1] = gy + noise * rng.normal();
      optimizer.step([w]);
      path.x.push(w.value[0]); path.y.push(w.value[1]); path.distance.push(Math.hypot(w.value[0], w.value[1]));
    }
  }
  return path;
}
const runs = [{ name: label({ en: `fixed α = ${alpha0}`, zh: `固定 α = ${alpha0}` }), color: '#1f77b4', path: descend(fixed) }, { name: label({ en: `decayed: ${decayShown}`, zh: `衰减：${decayShown}` }), color: '#ff7f0e', path: descend(decayed) }];

const xs = Array.from({ length: 61 }, (_, i) => -2.5 + i * (4 / 60));
const ys = Array.from({ length: 41 }, (_, j) => -1.5 + j * (3 / 40));
plot('paths', [
  { type: 'contour', x: xs, y: ys, z: ys.map((y) => xs.map((x) => bowl.value(x, y))), showscale: false, ncontours: 15, contours: { coloring: 'none' }, line: { color: 'rgba(128, 128, 128, 0.5)' }, hoverinfo: 'skip', name: 'J' },
  ...runs.map(({ name, color, path }) => ({ x: path.x, y: path.y, mode: 'lines' as const, line: { width: 1, color }, name })),
], { xaxis: { title: { text: 'w₁' }, range: [-2.5, 1.5] }, yaxis: { title: { text: 'w₂' }, range: [-1.5, 1.5] }, height: 400 });
plot('distance', runs.map(({ name, color, path }) => ({ y: path.distance, name, line: { color } })), {
  xaxis: { title: { text: label({ en: 'step (20 per epoch)', zh: '步数（每轮 20 步）' }) } }, yaxis: { title: { text: label({ en: 'distance from the minimum', zh: '离最小值的距离' }) }, type: 'log' },
});

const lastMean = (d: number[]) => d.slice(-100).reduce((a, b) => a + b, 0) / 100;
/** Mean distance from the minimum over the last 100 steps (the last 5 epochs). */
export const finalSpread = { fixed: lastMean(runs[0].path.distance), decayed: lastMean(runs[1].path.distance) };
/** Mean distance from the minimum over steps 21-100 (epochs 2-5). */
export const earlySpread = { fixed: runs[0].path.distance.slice(21, 101).reduce((a, b) => a + b, 0) / 80, decayed: runs[1].path.distance.slice(21, 101).reduce((a, b) => a + b, 0) / 80 };
/** α in the last epoch of the decayed run. */
export const lastAlpha = decayed(epochs - 1);
console.log(label({ en: 'mean distance from the minimum over the last 100 steps:', zh: '最后 100 步离最小值的平均距离：' }), finalSpread);
