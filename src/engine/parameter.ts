/**
 * A trainable array and the gradient of the cost with respect to it. Layers
 * own their parameters; optimizers read `grad` and update `value` in place.
 * Both arrays are open, so a reader can write an update rule in a few lines:
 *
 * ```ts
 * for (const p of model.parameters()) for (let i = 0; i < p.value.length; i++) p.value[i] -= 0.01 * p.grad[i];
 * ```
 */
export interface Parameter {
  /** Unique and stable within a model, e.g. `'dense1/W'`; optimizers key their state by it. */
  readonly name: string;
  /** Row-major shape, e.g. `[nOut, nIn]` for a dense layer's W. */
  readonly shape: readonly number[];
  readonly value: Float64Array;
  /** dCost/dValue from the last backward pass, same length as `value`. */
  readonly grad: Float64Array;
}
