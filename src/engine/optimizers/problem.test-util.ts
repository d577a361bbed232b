/**
 * A fixed problem for optimizer trajectory tests (not part of the engine):
 * cost = Σ ½·a_i·(w_i − target_i)² over a W [2,3] and a b [2], with very
 * different curvatures a_i so the steps are not all alike.
 */
import type { Parameter } from '../parameter';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';

export const curvature = { W: [1, 4, 0.25, 9, 0.5, 2], b: [3, 0.1] };
export const target = { W: [1, -2, 0.5, 3, -1, 0], b: [-0.5, 2] };
export const start = { W: [0.3, 0.1, -0.4, 0.2, 0.6, -0.7], b: [0.05, -0.1] };

/** dCost/dw for one named block at the given values. */
export function gradientOf(name: 'W' | 'b', w: readonly number[]): number[] {
  return w.map((wi, i) => curvature[name][i] * (wi - target[name][i]));
}

export function makeParams(): Parameter[] {
  return [
    { name: 'W', shape: [2, 3], value: Float64Array.from(start.W), grad: new Float64Array(6) },
    { name: 'b', shape: [2], value: Float64Array.from(start.b), grad: new Float64Array(2) },
  ];
}

/** Fills each parameter's grad from its current value. */
export function computeGrads(params: Parameter[]): void {
  for (const p of params) p.grad.set(gradientOf(p.name as 'W' | 'b', Array.from(p.value)));
}

/** Runs `steps` updates of `step` and returns all values after each step; `grads` collects the gradients used. */
export function trajectory(step: (params: Parameter[]) => void, steps: number, grads: number[][] = []): number[][] {
  const params = makeParams();
  const out: number[][] = [];
  for (let k = 0; k < steps; k++) {
    computeGrads(params);
    grads.push([...params[0].grad, ...params[1].grad]);
    step(params);
    out.push([...params[0].value, ...params[1].value]);
  }
  return out;
}

/**
 * The same problem through a TensorFlow.js optimizer (float32). Given the
 * gradient sequence of our run, tfjs is fed those exact gradients, so float32
 * rounding does not compound through the gradients and 1e-5 is a fair bound.
 */
export function tfTrajectory(optimizer: tf.Optimizer, steps: number, grads?: number[][]): number[][] {
  tf.setBackend('cpu');
  const W = tf.variable(tf.tensor1d(start.W), true, 'W');
  const b = tf.variable(tf.tensor1d(start.b), true, 'b');
  const out: number[][] = [];
  for (let k = 0; k < steps; k++) {
    const gW = tf.tensor1d(grads ? grads[k].slice(0, 6) : gradientOf('W', Array.from(W.dataSync())));
    const gb = tf.tensor1d(grads ? grads[k].slice(6) : gradientOf('b', Array.from(b.dataSync())));
    optimizer.applyGradients({ W: gW, b: gb });
    gW.dispose(); gb.dispose();
    out.push([...W.dataSync(), ...b.dataSync()]);
  }
  W.dispose(); b.dispose(); optimizer.dispose();
  return out;
}

/**
 * Largest |a − b| / max(|b|, floor) over two trajectories. Float32 (tfjs)
 * comparisons use floor 1: rounding is relative to the largest term, not to
 * a coordinate that happens to pass near 0.
 */
export function maxRelativeError(a: number[][], b: number[][], floor = 1e-3): number {
  let worst = 0;
  a.forEach((row, k) => row.forEach((v, i) => {
    worst = Math.max(worst, Math.abs(v - b[k][i]) / Math.max(Math.abs(b[k][i]), floor));
  }));
  return worst;
}

export { tf };
