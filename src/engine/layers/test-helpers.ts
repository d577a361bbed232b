/** Test helpers shared by the layer and loss tests (not part of the public API). */
import { Tensor } from '../tensor';
import { Rng } from '../random';
import { gradientCheck, type GradientCheckResult } from '../gradcheck';
import type { Layer } from '../model';

/** A `[rows, cols]` tensor of N(0, scale²) values. */
export function randomTensor(rows: number, cols: number, seed: number, scale = 1): Tensor {
  const rng = new Rng(seed);
  return new Tensor(Float64Array.from({ length: rows * cols }, () => rng.normal() * scale), [rows, cols]);
}

/**
 * Gradient check of one layer: the cost Σ r ⊙ layer(x) with fixed random r has
 * dCost/dOutput = r, so backward(r) must match finite differences in x and in every parameter.
 */
export function checkLayer(layer: Layer, x: Tensor, training = true, seed = 99): GradientCheckResult {
  const out = layer.forward(x, training);
  const r = randomTensor(out.shape[0], out.shape[1], seed);
  const cost = () => {
    const o = layer.forward(x, training).data;
    let s = 0;
    for (let i = 0; i < o.length; i++) s += r.data[i] * o[i];
    return s;
  };
  cost();
  const dx = layer.backward(r).clone();
  return gradientCheck(cost, [{ name: 'x', value: x.data, grad: dx.data }, ...layer.parameters()], { tolerance: 1e-7 });
}
