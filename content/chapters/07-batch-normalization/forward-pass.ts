import { Rng, Tensor, batchNorm } from '@engine';
import { formulaHover, knob, label, plot } from '@snippet';

const gamma = knob('gamma', 1, { min: 0.1, max: 5, step: 0.1, label: 'γ' });
const beta = knob('beta', 0, { min: -5, max: 5, step: 0.1, label: 'β' });
const epsilon = 1e-5;

// z of one hidden unit for a mini-batch of m = 64 examples: off-centre and spread out.
const rng = new Rng(5);
const z = Array.from({ length: 64 }, () => 6 + 3 * rng.normal());
const m = z.length;

// The four steps, by hand.
const mu = z.reduce((s, v) => s + v, 0) / m;                    // μ = (1/m) Σ z⁽ⁱ⁾
const variance = z.reduce((s, v) => s + (v - mu) ** 2, 0) / m;  // σ² = (1/m) Σ (z⁽ⁱ⁾ − μ)²
const zNorm = z.map((v) => (v - mu) / Math.sqrt(variance + epsilon)); // mean 0, variance 1
const zTilde = zNorm.map((v) => gamma * v + beta);              // any mean β, any spread γ

// The engine's layer does the same (z is a column: one unit, m examples).
const layer = batchNorm(1, { epsilon });
layer.gamma.value[0] = gamma;
layer.beta.value[0] = beta;
const fromEngine = layer.forward(new Tensor(z, [m, 1]), true).column(0);

// γ = √(σ² + ε) and β = μ undo the normalization exactly: the identity is learnable.
const undo = batchNorm(1, { epsilon });
undo.gamma.value[0] = Math.sqrt(variance + epsilon);
undo.beta.value[0] = mu;
const undone = undo.forward(new Tensor(z, [m, 1]), true).column(0);

// A bias b added to z shifts μ by b too, so it cancels: b does nothing before batch norm.
const shifted = batchNorm(1, { epsilon }).forward(new Tensor(z.map((v) => v + 2.5), [m, 1]), true).column(0);
// Scaling W scales z, and σ divides the scale out again: a large W cannot blow up the next layer.
const scaled = batchNorm(1, { epsilon }).forward(new Tensor(z.map((v) => 3 * v), [m, 1]), true).column(0);

/** Largest gap between the hand computation and the engine's batchNorm layer. */
export const engineGap = Math.max(...zTilde.map((v, i) => Math.abs(v - fromEngine[i])));
/** Largest gap between z and the output with γ = √(σ²+ε), β = μ (0: the layer can learn to do nothing). */
export const undoGap = Math.max(...undone.map((v, i) => Math.abs(v - z[i])));
/** Largest change a bias of 2.5 makes to ẑ (0: b is redundant). */
export const biasEffect = Math.max(...shifted.map((v, i) => Math.abs(v - zNorm[i])));
/** Largest change tripling z makes to z_norm (about 0, up to the ε). */
export const scaleEffect = Math.max(...scaled.map((v, i) => Math.abs(v - zNorm[i])));
export const batchMean = mu;
export const batchVariance = variance;
export const normalizedMean = zNorm.reduce((s, v) => s + v, 0) / m;
export const normalizedVariance = zNorm.reduce((s, v) => s + v * v, 0) / m;

const bins = { start: -8, end: 16, size: 0.5 };
plot('steps', [
  { type: 'histogram', x: z, xbins: bins, name: `z: μ = ${mu.toFixed(2)}, σ² = ${variance.toFixed(2)}`, opacity: 0.6 },
  { type: 'histogram', x: zNorm, xbins: bins, name: label({ en: 'z_norm: mean 0, variance 1', zh: 'z_norm：均值 0，方差 1' }), opacity: 0.6 },
  { type: 'histogram', x: zTilde, xbins: bins, name: `z̃ = γ·z_norm + β`, opacity: 0.6 },
], { barmode: 'overlay', xaxis: { title: { text: label({ en: 'value', zh: '取值' }) } }, yaxis: { title: { text: label({ en: 'examples in the mini-batch', zh: '小批量中的样本数' }) } } });
console.log(label({
  en: `μ = ${mu.toFixed(3)}, σ² = ${variance.toFixed(3)}; engine gap ${engineGap.toExponential(1)}, undo gap ${undoGap.toExponential(1)}`,
  zh: `μ = ${mu.toFixed(3)}，σ² = ${variance.toFixed(3)}；与引擎相差 ${engineGap.toExponential(1)}，还原误差 ${undoGap.toExponential(1)}`,
}));

// Each example on its own: z against z̃. Hover a point to follow it through the four steps with its numbers.
const f = (x: number) => x.toFixed(3);
plot('examples', [{
  x: z, y: zTilde, mode: 'markers', name: label({ en: 'one example each', zh: '每个点一个样本' }),
  ...formulaHover(z.map((v, i) => [
    label({ en: `example ${i + 1} of ${m}`, zh: `第 ${i + 1} 个样本（共 ${m} 个）` }),
    `μ = ${f(mu)}, σ² = ${f(variance)}`,
    `z_norm = (z − μ) / √(σ² + ε) = (${f(v)} − ${f(mu)}) / ${f(Math.sqrt(variance + epsilon))} = ${f(zNorm[i])}`,
    `z̃ = γ·z_norm + β = ${gamma} × ${f(zNorm[i])} ${beta < 0 ? `− ${-beta}` : `+ ${beta}`} = ${f(zTilde[i])}`,
  ])),
}], {
  xaxis: { title: { text: label({ en: 'z (before)', zh: 'z（归一化前）' }) } },
  yaxis: { title: { text: label({ en: 'z̃ (after)', zh: 'z̃（之后）' }) } },
  height: 300, showlegend: false,
});
