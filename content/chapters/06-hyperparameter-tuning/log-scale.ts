import { Rng } from '@engine';
import { knob, label, plot } from '@snippet';

// Sampling α in [1e-4, 1] and β in [0.9, 0.999], uniformly and on a log scale.
const samples = knob('samples', 2000, { min: 100, max: 20000, step: 100, label: label({ en: 'samples', zh: '样本数' }) });
const rng = new Rng(11);
const draw = (f: () => number) => Array.from({ length: samples }, f);

// Uniform: most samples land in the top decade. Log scale: r uniform in [−4, 0], α = 10^r.
const alphaUniform = draw(() => rng.between(1e-4, 1));
const alphaLog = draw(() => 10 ** rng.between(-4, 0));
// For β, put the log scale on 1 − β ∈ [0.001, 0.1]: r uniform in [−3, −1], β = 1 − 10^r.
const betaUniform = draw(() => rng.between(0.9, 0.999));
const betaLog = draw(() => 1 - 10 ** rng.between(-3, -1));

/** How many values fall in each decade [10^k, 10^(k+1)) for k = from..to−1. */
const perDecade = (values: number[], from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => values.filter((v) => v >= 10 ** (from + i) && v < 10 ** (from + i + 1)).length);

const sampleCount = label({ en: 'samples', zh: '样本数' });
const histogram = (values: number[], name: string) => ({
  type: 'histogram' as const, x: values.map(Math.log10), name, opacity: 0.6, xbins: { start: -4, end: 0, size: 0.25 },
});
plot('alpha', [histogram(alphaUniform, label({ en: 'uniform in [1e-4, 1]', zh: '在 [1e-4, 1] 上均匀取样' })), histogram(alphaLog, label({ en: 'log scale: α = 10^r', zh: '对数尺度：α = 10^r' }))], {
  barmode: 'overlay', xaxis: { title: { text: 'log₁₀ α' } }, yaxis: { title: { text: sampleCount } },
});
plot('beta', [
  { ...histogram(betaUniform.map((b) => 1 - b), label({ en: 'β uniform in [0.9, 0.999]', zh: 'β 在 [0.9, 0.999] 上均匀取样' })), xbins: { start: -3, end: -1, size: 0.125 } },
  { ...histogram(betaLog.map((b) => 1 - b), label({ en: 'log scale: β = 1 − 10^r', zh: '对数尺度：β = 1 − 10^r' })), xbins: { start: -3, end: -1, size: 0.125 } },
], { barmode: 'overlay', xaxis: { title: { text: 'log₁₀ (1 − β)' } }, yaxis: { title: { text: sampleCount } } });

/** Counts per decade of α: [1e-4, 1e-3), [1e-3, 1e-2), [1e-2, 0.1), [0.1, 1). */
export const alphaUniformPerDecade = perDecade(alphaUniform, -4, 0);
export const alphaLogPerDecade = perDecade(alphaLog, -4, 0);
/** Counts per decade of 1 − β: [0.001, 0.01) (β above 0.99) and [0.01, 0.1) (β below 0.99). */
export const betaUniformPerDecade = perDecade(betaUniform.map((b) => 1 - b), -3, -1);
export const betaLogPerDecade = perDecade(betaLog.map((b) => 1 - b), -3, -1);
export const uniformTopDecadeShare = alphaUniformPerDecade[3] / samples;

// Why β needs it: the average spans about 1/(1 − β) values, which is touchy only near 1.
const span = (beta: number) => 1 / (1 - beta);
export const spanChangeNear0_9 = span(0.9005) - span(0.9);    // 10 → 10.05 values
export const spanChangeNear0_999 = span(0.9995) - span(0.999); // 1000 → 2000 values
