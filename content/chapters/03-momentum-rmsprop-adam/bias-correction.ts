import { adam, type Parameter } from '@engine';
import { knob, label, plot } from '@snippet';

// One weight whose gradient is always g = 1: every Adam step should then be exactly α long.
// How long are the steps with and without bias correction?
const beta1 = knob('beta1', 0.9, { min: 0.5, max: 0.99, step: 0.01, label: 'β1' });
const oneMinusBeta2 = knob('oneMinusBeta2', 0.001, { min: 0.0001, max: 0.5, log: true, label: '1 − β2' });
const beta2 = 1 - oneMinusBeta2;
const steps = 2000, alpha = 0.001;

function stepLengths(biasCorrection: boolean): number[] {
  const w: Parameter = { name: 'w', shape: [1], value: new Float64Array(1), grad: new Float64Array([1]) };
  const optimizer = adam(alpha, { beta1, beta2, biasCorrection });
  const lengths: number[] = [];
  for (let t = 1; t <= steps; t++) {
    const before = w.value[0];
    optimizer.step([w]);
    lengths.push((before - w.value[0]) / alpha); // step length in units of α
  }
  return lengths;
}

const corrected = stepLengths(true), raw = stepLengths(false);
const t = corrected.map((_, k) => k + 1);
plot('steps', [
  { x: t, y: raw, name: label({ en: 'without bias correction: m / (√v + ε)', zh: '不做偏差修正：m / (√v + ε)' }) },
  { x: t, y: corrected, name: label({ en: 'with bias correction: m̂ / (√v̂ + ε)', zh: '做偏差修正：m̂ / (√v̂ + ε)' }) },
], { xaxis: { title: { text: label({ en: 'update t', zh: '第 t 次更新' }) }, type: 'log' }, yaxis: { title: { text: label({ en: 'step length / α', zh: '步长 / α' }) } } });

/** Step length over α at t = 1 without correction: (1 − β1)/√(1 − β2), about 3.16 for the usual values. */
export const firstRawStep = raw[0];
/** The largest uncorrected step over α, and the update at which it happens. */
export const largestRawStep = Math.max(...raw);
export const largestRawStepAt = raw.indexOf(largestRawStep) + 1;
/** The corrected steps stay at α (up to ε): the largest deviation from 1. */
export const correctedDeviation = Math.max(...corrected.map((s) => Math.abs(s - 1)));
console.log(label({
  en: `without correction the first step is ${firstRawStep.toFixed(2)}·α and the largest ${largestRawStep.toFixed(2)}·α (at t = ${largestRawStepAt})`,
  zh: `不做修正时，第一步长 ${firstRawStep.toFixed(2)}·α，最长的一步 ${largestRawStep.toFixed(2)}·α（在 t = ${largestRawStepAt}）`,
}));
