/**
 * TensorFlow.js for snippets, in one self-contained module: tfjs-core, its cpu
 * backend, the gradient of every op (which `minimize` needs) and the chained
 * form of the ops (`w.square().sub(...)`). Never import it directly:
 * `loadTensorflow()` in ./tensorflow.ts loads it on demand.
 * @module
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
// tfjs-core registers the backward pass of each op and the chained ops only through these
// side-effect modules (the full @tensorflow/tfjs package imports them for you).
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';

// PROD silences the "install tfjs-node" banner in Node and skips debug-only checks.
tf.env().set('PROD', true);
/** Resolves once the cpu backend is in place (a promise, not top-level await, for older build targets). */
export const backendReady: Promise<boolean> = tf.setBackend('cpu');

export const { variable, scalar, tensor, tensor1d, unstack, tidy, dispose, memory, train } = tf;
export type { Optimizer, Scalar, Tensor, Variable } from '@tensorflow/tfjs-core';
