import { describe, expect, it } from 'vitest';
import type { Parameter } from '../parameter';
import { Adam, adam } from './adam';
import { gradientOf, maxRelativeError, start, tf, tfTrajectory, trajectory } from './problem.test-util';

const scalar = (w: number): Parameter => ({ name: 'w', shape: [1], value: Float64Array.of(w), grad: new Float64Array(1) });

/** Algorithm 1 of Kingma & Ba, written out with Math.pow for βᵗ. */
function referenceAdam(alpha: number, beta1: number, beta2: number, epsilon: number, steps: number, biasCorrection = true): number[][] {
  const w = [...start.W, ...start.b], m = w.map(() => 0), v = w.map(() => 0);
  const out: number[][] = [];
  for (let t = 1; t <= steps; t++) {
    const g = [...gradientOf('W', w.slice(0, 6)), ...gradientOf('b', w.slice(6))];
    for (let i = 0; i < w.length; i++) {
      m[i] = beta1 * m[i] + (1 - beta1) * g[i];
      v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
      const mHat = biasCorrection ? m[i] / (1 - Math.pow(beta1, t)) : m[i];
      const vHat = biasCorrection ? v[i] / (1 - Math.pow(beta2, t)) : v[i];
      w[i] -= (alpha * mHat) / (Math.sqrt(vHat) + epsilon);
    }
    out.push([...w]);
  }
  return out;
}

describe('Adam', () => {
  it('matches a two-step hand trace on cost = w² (bias correction on)', () => {
    // α = 0.1, β1 = 0.9, β2 = 0.999, ε = 1e-8, w = 1
    // t = 1: dW = 2, m = 0.2, v = 0.004, m̂ = 0.2/0.1 = 2, v̂ = 0.004/0.001 = 4, w = 1 − 0.1·2/(2 + ε) = 0.9
    // t = 2: dW = 1.8, m = 0.36, v = 0.007236, m̂ = 0.36/0.19 = 1.894737, v̂ = 0.007236/0.001999 = 3.619810,
    //        w = 0.9 − 0.1·1.894737/(1.902580 + ε) = 0.800412
    const p = scalar(1), opt = adam(0.1);
    p.grad[0] = 2; opt.step([p]);
    expect(p.value[0]).toBeCloseTo(0.9000000005, 12);
    p.grad[0] = 2 * p.value[0]; opt.step([p]);
    expect(p.value[0]).toBeCloseTo(0.8004122286917927, 12);
    const state = opt.getState();
    expect(state.scalars.t).toBe(2);
    expect(state.slots.firstMoment.w[0]).toBeCloseTo(0.36, 9);
    expect(state.slots.secondMoment.w[0]).toBeCloseTo(0.007236, 9);
  });

  it('without bias correction takes the raw moments: first step 0.316, not α', () => {
    // t = 1: m = 0.2, v = 0.004, w = 1 − 0.1·0.2/√0.004 = 0.683772
    const p = scalar(1), opt = adam(0.1, { biasCorrection: false });
    p.grad[0] = 2; opt.step([p]);
    expect(p.value[0]).toBeCloseTo(0.683772283983154, 12);
  });

  it('without bias correction early steps are too long: 3.16α at t = 1, peak 6.57α at t = 12 (steady gradient)', () => {
    const p = scalar(0), opt = adam(0.001, { biasCorrection: false });
    const steps: number[] = [];
    for (let t = 1; t <= 200; t++) {
      const before = p.value[0];
      p.grad[0] = -1; // the same gradient every step
      opt.step([p]);
      steps.push((p.value[0] - before) / 0.001);
    }
    expect(steps[0]).toBeCloseTo(Math.sqrt(10), 5); // (1 − β1)/√(1 − β2) = 0.1/√0.001 (ε moves it by 1e-6)
    const peak = Math.max(...steps);
    expect(steps.indexOf(peak) + 1).toBe(12);
    expect(peak).toBeCloseTo(6.5685, 3);
    expect(steps[99]).toBeGreaterThan(3.2);
  });

  it.each([true, false])('follows Algorithm 1 for 25 steps, biasCorrection %s (1e-6 relative)', (biasCorrection) => {
    const opt = new Adam({ learningRate: 0.05, biasCorrection });
    const ours = trajectory((p) => opt.step(p), 25);
    expect(maxRelativeError(ours, referenceAdam(0.05, 0.9, 0.999, 1e-8, 25, biasCorrection))).toBeLessThan(1e-6);
  });

  it('matches tf.train.adam (float32: |Δ| ≤ 1e-5·max(|w|, 1))', () => {
    const opt = adam(0.05, { beta1: 0.8, beta2: 0.99, epsilon: 1e-6 });
    const grads: number[][] = [], ours = trajectory((p) => opt.step(p), 25, grads);
    expect(maxRelativeError(ours, tfTrajectory(tf.train.adam(0.05, 0.8, 0.99, 1e-6), 25, grads), 1)).toBeLessThan(1e-5);
  });

  it('counts updates, not examples: one step on a batch of 8 is t = 1 and moves each weight by α', () => {
    // convnetjs counted train() calls (examples) and multiplied by 1 − β1ᵗ; both would fail here.
    const examples = [0.5, -1, 2, 0.25, 1.5, -0.5, 3, 1];           // cost = mean over the batch of ½(w − xᵢ)²
    const p = scalar(0), opt = adam(0.01);
    for (let k = 1; k <= 3; k++) {
      const before = p.value[0];
      p.grad[0] = examples.reduce((sum, x) => sum + (p.value[0] - x), 0) / examples.length;
      opt.step([p]);
      expect(opt.updates).toBe(k);
      if (k === 1) expect(p.value[0] - before).toBeCloseTo(0.01, 8);   // m̂/√v̂ = sign(dW) at t = 1
    }
  });
});
