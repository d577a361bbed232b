import { describe, expect, it } from 'vitest';
import type { Parameter } from '../parameter';
import { nesterov } from './nesterov';
import { gradientOf, maxRelativeError, start, tf, tfTrajectory, trajectory } from './problem.test-util';

describe('Nesterov', () => {
  it('matches a two-step hand trace on cost = w²', () => {
    // α = 0.1, β = 0.9, w = 1, v = 0
    // step 1: dW = 2,    v = 2,                   w = 1 − 0.1·(2 + 0.9·2) = 0.62
    // step 2: dW = 1.24, v = 0.9·2 + 1.24 = 3.04, w = 0.62 − 0.1·(1.24 + 0.9·3.04) = 0.2224
    const p: Parameter = { name: 'w', shape: [1], value: Float64Array.of(1), grad: new Float64Array(1) };
    const opt = nesterov(0.1, 0.9);
    p.grad[0] = 2; opt.step([p]);
    expect(p.value[0]).toBeCloseTo(0.62, 12);
    p.grad[0] = 2 * p.value[0]; opt.step([p]);
    expect(p.value[0]).toBeCloseTo(0.2224, 12);
  });

  it('follows v := βv + dW, W := W − α(dW + βv) for 25 steps (1e-6 relative)', () => {
    const alpha = 0.03, beta = 0.85, opt = nesterov(alpha, beta);
    let W = [...start.W], b = [...start.b], vW = W.map(() => 0), vb = b.map(() => 0);
    const reference: number[][] = [];
    for (let k = 0; k < 25; k++) {
      const dW = gradientOf('W', W), db = gradientOf('b', b);
      vW = vW.map((v, i) => beta * v + dW[i]);
      vb = vb.map((v, i) => beta * v + db[i]);
      W = W.map((w, i) => w - alpha * (dW[i] + beta * vW[i]));
      b = b.map((w, i) => w - alpha * (db[i] + beta * vb[i]));
      reference.push([...W, ...b]);
    }
    expect(maxRelativeError(trajectory((p) => opt.step(p), 25), reference)).toBeLessThan(1e-6);
  });

  it('matches tf.train.momentum with useNesterov (float32: |Δ| ≤ 1e-5·max(|w|, 1))', () => {
    const opt = nesterov(0.03, 0.85);
    const grads: number[][] = [], ours = trajectory((p) => opt.step(p), 25, grads);
    expect(maxRelativeError(ours, tfTrajectory(tf.train.momentum(0.03, 0.85, true), 25, grads), 1)).toBeLessThan(1e-5);
  });
});
