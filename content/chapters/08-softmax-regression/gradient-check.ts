import { Tensor, checkModelGradients, makeBlobs, mlp, oneHot, softmax, softmaxCrossEntropy } from '@engine';
import { choice, knob, label, plot } from '@snippet';

const trueClass = choice('trueClass', '2', ['0', '1', '2', '3'], label({ en: 'true class y', zh: '真实类别 y' }));
const epsilon = knob('epsilon', 1e-5, { min: 1e-9, max: 0.1, log: true, label: label({ en: 'finite-difference step ε', zh: '有限差分步长 ε' }) });

// One example with C = 4 scores z and a one-hot label y.
const z = [5, 2, -1, 3];
const y = [0, 0, 0, 0];
y[Number(trueClass)] = 1;

/** L(z) = -Σ_j y_j log ŷ_j with ŷ = softmax(z): only the true class's term survives. */
const loss = (scores: number[]) => softmaxCrossEntropy.value(softmax().forward(Tensor.from([scores]), true), Tensor.from([y]));

// The formula: dL/dz = ŷ - y.
const yHat = Array.from(softmax().forward(Tensor.from([z]), true).data);
const analytic = yHat.map((p, j) => p - y[j]);

// Central differences: nudge one z_j up and down by ε and watch L.
const numeric = z.map((_, j) => {
  const up = [...z], down = [...z];
  up[j] += epsilon;
  down[j] -= epsilon;
  return (loss(up) - loss(down)) / (2 * epsilon);
});

/** Largest |numeric - analytic| over the four components of dL/dz. */
export const largestGap = Math.max(...numeric.map((g, j) => Math.abs(g - analytic[j])));
export { analytic, numeric };
/** The loss itself, -log ŷ of the true class. */
export const lossValue = loss(z);

// The engine's backward pass for a whole softmax-regression model, checked the same way on 20 examples.
const blobs = makeBlobs({ n: 20, centers: 4, seed: 3 });
/** The course's relative difference ‖numeric − analytic‖ / (‖numeric‖ + ‖analytic‖) over W and b. */
export const modelDifference = checkModelGradients(mlp([2, 4], { output: 'softmax', seed: 1 }), softmaxCrossEntropy, blobs.x, oneHot(blobs.y, 4), { epsilon }).difference;

const components = ['dL/dz₀', 'dL/dz₁', 'dL/dz₂', 'dL/dz₃'];
plot('gradient', [
  { type: 'bar', x: components, y: analytic, name: label({ en: 'ŷ − y (formula)', zh: 'ŷ − y（公式）' }) },
  { type: 'bar', x: components, y: numeric, name: label({ en: `finite differences, ε = ${epsilon.toExponential(0)}`, zh: `有限差分，ε = ${epsilon.toExponential(0)}` }) },
], { barmode: 'group', yaxis: { title: { text: label({ en: 'gradient', zh: '梯度' }) } } });
const formulaText = analytic.map((v) => v.toFixed(6)).join(', ');
console.log(label({
  en: `ŷ − y = [${formulaText}], largest gap ${largestGap.toExponential(1)}, model check ${modelDifference.toExponential(1)}`,
  zh: `ŷ − y = [${formulaText}]，最大差距 ${largestGap.toExponential(1)}，整个模型的检验 ${modelDifference.toExponential(1)}`,
}));
