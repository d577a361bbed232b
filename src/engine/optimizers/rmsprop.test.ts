import { describe, expect, it } from 'vitest';
import type { Parameter } from '../parameter';
import { rmsprop } from './rmsprop';
import { gradientOf, maxRelativeError, start, tf, tfTrajectory, trajectory } from './problem.test-util';

/** s := βs + (1 − β)dW², W := W − α dW/(√s + ε), or with ε inside the root as TensorFlow.js does. */
function referenceRmsprop(alpha: number, beta: number, epsilon: number, steps: number, epsilonInsideRoot = false): number[][] {
  let W = [...start.W], b = [...start.b], sW = W.map(() => 0), sb = b.map(() => 0);
  const denominator = (s: number) => (epsilonInsideRoot ? Math.sqrt(s + epsilon) : Math.sqrt(s) + epsilon);
  const out: number[][] = [];
  for (let k = 0; k < steps; k++) {
    const dW = gradientOf('W', W), db = gradientOf('b', b);
    sW = sW.map((s, i) => beta * s + (1 - beta) * dW[i] ** 2);
    sb = sb.map((s, i) => beta * s + (1 - beta) * db[i] ** 2);
    W = W.map((w, i) => w - (alpha * dW[i]) / denominator(sW[i]));
    b = b.map((w, i) => w - (alpha * db[i]) / denominator(sb[i]));
    out.push([...W, ...b]);
  }
  return out;
}

describe('RMSprop', () => {
  it('matches a two-step hand trace on cost = w²', () => {
    // α = 0.01, β = 0.9, ε = 1e-8, w = 1, s = 0
    // step 1: dW = 2, s = 0.1·4 = 0.4, w = 1 − 0.01·2/√0.4 = 0.96837722
    // step 2: dW = 1.93675445, s = 0.36 + 0.1·3.75101779 = 0.73510178, w = 0.96837722 − 0.01·1.93675445/0.85738077 = 0.94578803
    const p: Parameter = { name: 'w', shape: [1], value: Float64Array.of(1), grad: new Float64Array(1) };
    const opt = rmsprop(0.01, 0.9);
    p.grad[0] = 2; opt.step([p]);
    expect(p.value[0]).toBeCloseTo(0.9683772238983162, 12);
    p.grad[0] = 2 * p.value[0]; opt.step([p]);
    expect(p.value[0]).toBeCloseTo(0.9457880254881013, 12);
  });

  it('follows the course formula for 25 steps (1e-6 relative)', () => {
    const opt = rmsprop(0.02, 0.9, 1e-8);
    expect(maxRelativeError(trajectory((p) => opt.step(p), 25), referenceRmsprop(0.02, 0.9, 1e-8, 25))).toBeLessThan(1e-6);
  });

  it('matches tf.train.rmsprop where the rules agree (ε = 0)', () => {
    const opt = rmsprop(0.02, 0.9, 0);
    const grads: number[][] = [], ours = trajectory((p) => opt.step(p), 25, grads);
    expect(maxRelativeError(ours, tfTrajectory(tf.train.rmsprop(0.02, 0.9, 0, 0), 25, grads), 1)).toBeLessThan(1e-5);
  });

  it('differs from tf.train.rmsprop only by where ε goes (documented): theirs is dW/√(s + ε)', () => {
    const epsilon = 0.05; // large, so the difference is far above float32 noise
    const theirs = tfTrajectory(tf.train.rmsprop(0.02, 0.9, 0, epsilon), 25);
    expect(maxRelativeError(theirs, referenceRmsprop(0.02, 0.9, epsilon, 25, true), 1)).toBeLessThan(1e-5);
    const opt = rmsprop(0.02, 0.9, epsilon);
    expect(maxRelativeError(trajectory((p) => opt.step(p), 25), theirs)).toBeGreaterThan(1e-3);
  });
});
