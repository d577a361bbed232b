import { Rng, Tensor, accuracy, adam, makeBlobs, makeSpirals, mlp, oneHot, predictedClasses, softmaxCrossEntropy, type Sequential } from '@engine';
import { choice, knob, label, plot } from '@snippet';

const dataset = choice('dataset', 'spirals', ['spirals', 'blobs'], label({ en: 'dataset', zh: '数据集' }), { spirals: label({ en: 'spirals', zh: '螺旋' }), blobs: label({ en: 'blobs', zh: '团簇' }) });
const hiddenUnits = knob('hiddenUnits', 32, { min: 2, max: 64, step: 1, label: label({ en: 'units in the hidden layer', zh: '隐藏层单元数' }) });

const classes = dataset === 'spirals' ? 3 : 4;
const data = dataset === 'spirals' ? makeSpirals({ n: 300, classes, seed: 1 }) : makeBlobs({ n: 300, centers: 4, noise: 1, seed: 1 });
const y = oneHot(data.y, classes);

/** Full-batch Adam on the softmax cross-entropy: enough for 300 points. */
function fit(model: Sequential): Sequential {
  const optimizer = adam(0.03);
  for (let step = 0; step < 400; step++) {
    model.backward(softmaxCrossEntropy.grad(model.forward(data.x), y));
    optimizer.step(model.parameters());
  }
  return model;
}
const linear = fit(mlp([2, classes], { output: 'softmax', seed: 2 }));            // softmax regression
const curved = fit(mlp([2, hiddenUnits, classes], { hidden: 'relu', output: 'softmax', seed: 2 }));

const cls = (model: Sequential, points: number[][]) => predictedClasses(model.predict(Tensor.from(points)));
const xs = data.x.column(0), ys = data.x.column(1);
const lo = [Math.min(...xs) - 0.3, Math.min(...ys) - 0.3], hi = [Math.max(...xs) + 0.3, Math.max(...ys) + 0.3];
const grid = Array.from({ length: 80 }, (_, i) => i / 79);
const gx = grid.map((t) => lo[0] + t * (hi[0] - lo[0])), gy = grid.map((t) => lo[1] + t * (hi[1] - lo[1]));

/** Counts straight segments between two points of the same predicted class that leave that class on the way:
 *  always 0 when every region is convex, as the regions of a linear model (an arg-max of linear scores) are. */
function segmentsLeavingTheirRegion(model: Sequential): number {
  const rng = new Rng(4);
  let leaving = 0;
  for (let k = 0; k < 400; k++) {
    const a = [rng.between(lo[0], hi[0]), rng.between(lo[1], hi[1])], b = [rng.between(lo[0], hi[0]), rng.between(lo[1], hi[1])];
    const along = Array.from({ length: 11 }, (_, s) => [a[0] + (s / 10) * (b[0] - a[0]), a[1] + (s / 10) * (b[1] - a[1])]);
    const c = cls(model, along);
    if (c[0] === c[10] && c.some((v) => v !== c[0])) leaving++;
  }
  return leaving;
}

const panels = [
  ['linear', linear, label({ en: 'No hidden layer', zh: '没有隐藏层' })],
  ['curved', curved, label({ en: `One hidden layer of ${hiddenUnits} ReLUs`, zh: `一个隐藏层，${hiddenUnits} 个 ReLU 单元` })],
] as const;
for (const [id, model, title] of panels) {
  const regions = gy.map((v) => cls(model, gx.map((u) => [u, v])));
  plot(id, [
    { type: 'heatmap', x: gx, y: gy, z: regions, showscale: false, opacity: 0.45, colorscale: 'Viridis', zmin: 0, zmax: classes - 1, name: label({ en: 'predicted class', zh: '预测类别' }) },
    { x: xs, y: ys, mode: 'markers', marker: { color: Array.from(data.y.data), colorscale: 'Viridis', cmin: 0, cmax: classes - 1, size: 5, line: { width: 0.5 } }, name: label({ en: 'examples', zh: '样本' }) },
  ], { title: { text: title }, xaxis: { title: { text: 'x₁' } }, yaxis: { title: { text: 'x₂' }, scaleanchor: 'x' } });
}

/** Training accuracy without and with the hidden layer. */
export const accuracyLinear = accuracy(linear.predict(data.x), y);
export const accuracyCurved = accuracy(curved.predict(data.x), y);
export const leavingLinear = segmentsLeavingTheirRegion(linear);
export const leavingCurved = segmentsLeavingTheirRegion(curved);
console.log(label({
  en: `accuracy: no hidden layer ${accuracyLinear.toFixed(3)}, one hidden layer ${accuracyCurved.toFixed(3)}`,
  zh: `准确率：没有隐藏层 ${accuracyLinear.toFixed(3)}，一个隐藏层 ${accuracyCurved.toFixed(3)}`,
}));
