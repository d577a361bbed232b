import { describe, expect, it } from 'vitest';
import type { Parameter } from '../parameter';
import { Momentum, momentum } from './momentum';
import { gradientOf, maxRelativeError, start, tf, tfTrajectory, trajectory } from './problem.test-util';

const scalar = (w: number): Parameter => ({ name: 'w', shape: [1], value: Float64Array.of(w), grad: new Float64Array(1) });

/** v := βv + scale·dW, W := W − αv, written out from the formulas. */
function referenceMomentum(alpha: number, beta: number, scale: number, steps: number): number[][] {
  let W = [...start.W], b = [...start.b];
  let vW = W.map(() => 0), vb = b.map(() => 0);
  const out: number[][] = [];
  for (let k = 0; k < steps; k++) {
    const dW = gradientOf('W', W), db = gradientOf('b', b);
    vW = vW.map((v, i) => beta * v + scale * dW[i]);
    vb = vb.map((v, i) => beta * v + scale * db[i]);
    W = W.map((w, i) => w - alpha * vW[i]);
    b = b.map((w, i) => w - alpha * vb[i]);
    out.push([...W, ...b]);
  }
  return out;
}

describe('Momentum', () => {
  it("form 'average': two-step hand trace on cost = w²", () => {
    // α = 0.1, β = 0.9, w = 1, v = 0
    // step 1: dW = 2,    v = 0.9·0 + 0.1·2 = 0.2,          w = 1 − 0.1·0.2 = 0.98
    // step 2: dW = 1.96, v = 0.9·0.2 + 0.1·1.96 = 0.376,   w = 0.98 − 0.0376 = 0.9424
    const p = scalar(1), opt = momentum(0.1, 0.9);
    p.grad[0] = 2; opt.step([p]);
    expect(p.value[0]).toBeCloseTo(0.98, 12);
    p.grad[0] = 2 * p.value[0]; opt.step([p]);
    expect(p.value[0]).toBeCloseTo(0.9424, 12);
    expect(opt.getState().slots.velocity.w[0]).toBeCloseTo(0.376, 12);
  });

  it("form 'sum': two-step hand trace on cost = w²", () => {
    // step 1: dW = 2,   v = 2,             w = 1 − 0.1·2 = 0.8
    // step 2: dW = 1.6, v = 0.9·2 + 1.6 = 3.4, w = 0.8 − 0.34 = 0.46
    const p = scalar(1), opt = momentum(0.1, 0.9, { form: 'sum' });
    p.grad[0] = 2; opt.step([p]);
    expect(p.value[0]).toBeCloseTo(0.8, 12);
    p.grad[0] = 2 * p.value[0]; opt.step([p]);
    expect(p.value[0]).toBeCloseTo(0.46, 12);
  });

  it.each([['average', 0.1], ['sum', 1]] as const)("form '%s' follows its formula for 25 steps (1e-6 relative)", (form, scale) => {
    const opt = new Momentum({ learningRate: 0.05, beta: 0.9, form });
    const ours = trajectory((p) => opt.step(p), 25);
    expect(maxRelativeError(ours, referenceMomentum(0.05, 0.9, scale, 25))).toBeLessThan(1e-6);
  });

  it('sum form with α equals average form with α/(1 − β)', () => {
    const sum = momentum(0.02, 0.8, { form: 'sum' }), average = momentum(0.02 / (1 - 0.8), 0.8);
    const a = trajectory((p) => sum.step(p), 30), b = trajectory((p) => average.step(p), 30);
    expect(maxRelativeError(a, b)).toBeLessThan(1e-12);
  });

  it("form 'sum' matches tf.train.momentum; 'average' matches it with α·(1 − β)", () => {
    const sum = momentum(0.05, 0.9, { form: 'sum' });
    const grads: number[][] = [], ours = trajectory((p) => sum.step(p), 25, grads);
    expect(maxRelativeError(ours, tfTrajectory(tf.train.momentum(0.05, 0.9), 25, grads), 1)).toBeLessThan(1e-5);
    const average = momentum(0.05, 0.9);
    const averageGrads: number[][] = [], oursAverage = trajectory((p) => average.step(p), 25, averageGrads);
    const tfAverage = tfTrajectory(tf.train.momentum(0.05 * (1 - 0.9), 0.9), 25, averageGrads);
    expect(maxRelativeError(oursAverage, tfAverage, 1)).toBeLessThan(1e-5);
  });

  it('rejects a β outside [0, 1) and an unknown form', () => {
    expect(() => momentum(0.1, 1)).toThrow(/beta must be in \[0, 1\)/);
    // @ts-expect-error not a form
    expect(() => new Momentum({ form: 'ewa' })).toThrow(/Momentum: unknown form "ewa" \(allowed: average, sum\)/);
  });
});
