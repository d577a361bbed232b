/**
 * The same workloads in @tensorflow/tfjs-core (float32) on its cpu backend and,
 * offline from node_modules, its wasm backend.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import path from 'node:path';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Rng } from '../src/engine/random';

/**
 * tfjs-core ships its gradient functions only as unbundled ES modules with
 * extensionless imports, which Node cannot load; `@tensorflow/tfjs` bundles them.
 * esbuild (already here for tsx) bundles them into a temp file once. The
 * gradient registry is global, so this copy serves the imported tfjs-core.
 */
export async function registerGradients(): Promise<void> {
  const outfile = path.join(os.tmpdir(), `tfjs-gradients-${process.pid}.mjs`);
  await build({ entryPoints: [path.resolve('node_modules/@tensorflow/tfjs-core/dist/register_all_gradients.js')], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
  await import(pathToFileURL(outfile).href);
}

/** Switches tfjs to `name`; false when the backend cannot start here. */
export async function useBackend(name: 'cpu' | 'wasm'): Promise<boolean> {
  if (name === 'wasm') setWasmPaths(path.resolve('node_modules/@tensorflow/tfjs-backend-wasm/dist') + path.sep);
  try {
    return await tf.setBackend(name);
  } catch {
    return false;
  }
}

export class TfNetwork {
  private W: tf.Variable[] = [];
  private b: tf.Variable[] = [];
  private optimizer: tf.Optimizer;

  constructor(
    readonly sizes: readonly number[],
    readonly output: 'sigmoid' | 'softmax',
    learningRate: number,
    seed: number,
  ) {
    for (let l = 1; l < sizes.length; l++) {
      this.W.push(tf.variable(tf.randomNormal([sizes[l - 1], sizes[l]], 0, Math.sqrt(2 / sizes[l - 1]), 'float32', seed + l)));
      this.b.push(tf.variable(tf.zeros([sizes[l]])));
    }
    this.optimizer = tf.train.adam(learningRate);
  }

  /** One Adam step on a batch. */
  step(x: tf.Tensor2D, y: tf.Tensor2D): void {
    const cost = this.optimizer.minimize(() => {
      let a: tf.Tensor2D = x;
      for (let l = 0; l < this.W.length; l++) {
        const z = tf.add(tf.matMul(a, this.W[l]), this.b[l]) as tf.Tensor2D;
        a = l < this.W.length - 1 ? tf.relu(z) : z;
      }
      return this.output === 'sigmoid' ? tf.losses.sigmoidCrossEntropy(y, a) : tf.losses.softmaxCrossEntropy(y, a);
    }, true);
    cost?.dispose();
  }

  /** One epoch of shuffled mini-batches. */
  epoch(x: tf.Tensor2D, y: tf.Tensor2D, m: number, batchSize: number, rng: Rng): void {
    const order = rng.permutation(m);
    for (let start = 0; start < m; start += batchSize) {
      tf.tidy(() => {
        const rows = tf.tensor1d(order.slice(start, start + batchSize), 'int32');
        this.step(tf.gather(x, rows), tf.gather(y, rows));
      });
    }
  }

  dispose(): void {
    for (const v of [...this.W, ...this.b]) v.dispose();
    this.optimizer.dispose();
  }
}

export { tf };
