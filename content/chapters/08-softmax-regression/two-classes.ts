import { Tensor, sigmoid, softmax } from '@engine';
import { knob, plot } from '@snippet';

const z2 = knob('z2', 0, { min: -5, max: 5, step: 0.5, label: 'score of class 2' });

// With C = 2 classes, softmax sees two scores (z₁, z₂) and gives
// ŷ₁ = e^z₁ / (e^z₁ + e^z₂) = 1 / (1 + e^-(z₁ - z₂)) = σ(z₁ - z₂): logistic regression on the difference.
const z1 = Array.from({ length: 81 }, (_, i) => -8 + i * 0.2);
const fromSoftmax = Array.from(softmax().forward(Tensor.from(z1.map((v) => [v, z2])), true).data).filter((_, k) => k % 2 === 0);
const fromSigmoid = Array.from(sigmoid().forward(Tensor.from(z1.map((v) => [v - z2])), true).data);

/** Largest gap between softmax's first probability and σ(z₁ − z₂) over the curve. */
export const maxGap = Math.max(...fromSoftmax.map((p, i) => Math.abs(p - fromSigmoid[i])));
/** The second probability is 1 − the first, as logistic regression's 1 − ŷ. */
export const complementGap = Math.max(...z1.map((v) => {
  const [p1, p2] = softmax().forward(Tensor.from([[v, z2]]), true).data;
  return Math.abs(p2 - (1 - p1));
}));
/** Adding the same number to both scores changes nothing: only the difference matters. */
export const shiftGap = Math.max(...z1.map((v, i) => Math.abs(softmax().forward(Tensor.from([[v + 7, z2 + 7]]), true).data[0] - fromSoftmax[i])));

plot('c2', [
  { x: z1, y: fromSoftmax, name: 'softmax, ŷ₁', line: { width: 6 }, opacity: 0.4 },
  { x: z1, y: fromSigmoid, name: 'σ(z₁ − z₂)', line: { dash: 'dash' } },
], { xaxis: { title: { text: 'score of class 1, z₁' } }, yaxis: { title: { text: 'probability of class 1' }, range: [0, 1] } });
console.log(`largest gap between softmax and sigmoid: ${maxGap.toExponential(1)}`);
