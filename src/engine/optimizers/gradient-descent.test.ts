import { describe, expect, it } from 'vitest';
import type { Parameter } from '../parameter';
import { GradientDescent, sgd } from './gradient-descent';
import { gradientOf, maxRelativeError, start, tf, tfTrajectory, trajectory } from './problem.test-util';

const scalar = (w: number): Parameter => ({ name: 'w', shape: [1], value: Float64Array.of(w), grad: new Float64Array(1) });

describe('GradientDescent', () => {
  it('matches a two-step hand trace on cost = w²', () => {
    // α = 0.1, w = 1.  step 1: dW = 2w = 2, w = 1 − 0.1·2 = 0.8
    //                   step 2: dW = 1.6,    w = 0.8 − 0.16 = 0.64
    const p = scalar(1), opt = sgd(0.1);
    p.grad[0] = 2; opt.step([p]);
    expect(p.value[0]).toBeCloseTo(0.8, 12);
    p.grad[0] = 2 * p.value[0]; opt.step([p]);
    expect(p.value[0]).toBeCloseTo(0.64, 12);
  });

  it('follows W := W − α·dW for 25 steps (independent loop, 1e-6 relative)', () => {
    const alpha = 0.07;
    const opt = new GradientDescent({ learningRate: alpha });
    const ours = trajectory((p) => opt.step(p), 25);
    let W = [...start.W], b = [...start.b];
    const reference: number[][] = [];
    for (let k = 0; k < 25; k++) {
      const dW = gradientOf('W', W), db = gradientOf('b', b);
      W = W.map((w, i) => w - alpha * dW[i]);
      b = b.map((v, i) => v - alpha * db[i]);
      reference.push([...W, ...b]);
    }
    expect(maxRelativeError(ours, reference)).toBeLessThan(1e-6);
  });

  it('matches tf.train.sgd (float32: |Δ| ≤ 1e-5·max(|w|, 1))', () => {
    const opt = sgd(0.07);
    const grads: number[][] = [], ours = trajectory((p) => opt.step(p), 25, grads);
    expect(maxRelativeError(ours, tfTrajectory(tf.train.sgd(0.07), 25, grads), 1)).toBeLessThan(1e-5);
  });
});
