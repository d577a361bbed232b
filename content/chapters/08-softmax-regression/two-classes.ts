import { Tensor, sigmoid, softmax } from '@engine';
import { knob, label, plot } from '@snippet';

const z1 = knob('z1', 0, { min: -5, max: 5, step: 0.5, label: label({ en: 'score of class 1, z₁', zh: '类别 1 的得分 z₁' }) });

// With C = 2 classes (0 and 1), softmax sees two scores (z₀, z₁) and gives
// ŷ₀ = e^z₀ / (e^z₀ + e^z₁) = 1 / (1 + e^-(z₀ - z₁)) = σ(z₀ - z₁): logistic regression on the difference.
const z0 = Array.from({ length: 81 }, (_, i) => -8 + i * 0.2);
const fromSoftmax = Array.from(softmax().forward(Tensor.from(z0.map((v) => [v, z1])), true).data).filter((_, k) => k % 2 === 0);
const fromSigmoid = Array.from(sigmoid().forward(Tensor.from(z0.map((v) => [v - z1])), true).data);

/** Largest gap between softmax's probability of class 0 and σ(z₀ − z₁) over the curve. */
export const maxGap = Math.max(...fromSoftmax.map((p, i) => Math.abs(p - fromSigmoid[i])));
/** The second probability is 1 − the first, as logistic regression's 1 − ŷ. */
export const complementGap = Math.max(...z0.map((v) => {
  const [p0, p1] = softmax().forward(Tensor.from([[v, z1]]), true).data;
  return Math.abs(p1 - (1 - p0));
}));
/** Adding the same number to both scores changes nothing: only the difference matters. */
export const shiftGap = Math.max(...z0.map((v, i) => Math.abs(softmax().forward(Tensor.from([[v + 7, z1 + 7]]), true).data[0] - fromSoftmax[i])));

plot('c2', [
  { x: z0, y: fromSoftmax, name: label({ en: 'softmax, ŷ₀', zh: 'softmax 给出的 ŷ₀' }), line: { width: 6 }, opacity: 0.4 },
  { x: z0, y: fromSigmoid, name: 'σ(z₀ − z₁)', line: { dash: 'dash' } },
], { xaxis: { title: { text: label({ en: 'score of class 0, z₀', zh: '类别 0 的得分 z₀' }) } },
  yaxis: { title: { text: label({ en: 'probability of class 0', zh: '类别 0 的概率' }) }, range: [0, 1] } });
console.log(label({
  en: `largest gap between softmax and sigmoid: ${maxGap.toExponential(1)}`,
  zh: `softmax 与 sigmoid 的最大差距：${maxGap.toExponential(1)}`,
}));
