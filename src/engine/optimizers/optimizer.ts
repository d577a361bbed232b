/**
 * What every optimizer shares: a learning rate a schedule may change, one
 * `step` per mini-batch, hyperparameters as a config, and per-parameter state
 * ("slots") keyed by parameter name so a saved state survives reordering.
 */
import type { Parameter } from '../parameter';
import { InputError } from '../errors';
import { checkPositive } from '../validate';

/** Hyperparameters only (no state), e.g. `{ learningRate: 0.01, beta1: 0.9 }`. */
export type OptimizerConfig = Record<string, number | boolean | string>;

/**
 * Everything an optimizer has learned, as plain JSON: scalars such as the
 * update count `t`, and slots such as `velocity` or `firstMoment`, each a map
 * from parameter name to values.
 */
export interface OptimizerState {
  readonly scalars: Record<string, number>;
  readonly slots: Record<string, Record<string, number[]>>;
}

/**
 * An update rule. `step(params)` reads each parameter's `grad` (dW) and
 * changes its `value` (W) in place; call it once per mini-batch.
 *
 * ```ts
 * const opt = adam(0.01);
 * model.backward(loss.grad(yHat, y)); opt.step(model.parameters());
 * ```
 */
export interface Optimizer {
  /** α. Schedules set it between epochs. */
  learningRate: number;
  step(params: readonly Parameter[]): void;
  getConfig(): OptimizerConfig;
  getState(): OptimizerState;
  setState(state: OptimizerState): void;
}

/** Base class: learning-rate validation, lazily created slots, state (de)serialisation. */
export abstract class SlotOptimizer implements Optimizer {
  private alpha = 0;
  /** slot name -> parameter name -> values, e.g. `velocity` -> `dense1/W` -> [...]. */
  private readonly slotMaps = new Map<string, Map<string, Float64Array>>();

  protected constructor(protected readonly className: string, learningRate: number) {
    this.learningRate = learningRate;
  }

  get learningRate(): number {
    return this.alpha;
  }

  set learningRate(value: number) {
    checkPositive(this.className, 'learningRate', value);
    this.alpha = value;
  }

  abstract step(params: readonly Parameter[]): void;
  abstract getConfig(): OptimizerConfig;

  /** The slot `slotName` of parameter `p`, zeros the first time it is asked for. */
  protected slot(slotName: string, p: Parameter): Float64Array {
    let byParam = this.slotMaps.get(slotName);
    if (!byParam) this.slotMaps.set(slotName, (byParam = new Map()));
    let values = byParam.get(p.name);
    if (!values) byParam.set(p.name, (values = new Float64Array(p.value.length)));
    if (values.length !== p.value.length) {
      throw new InputError(`${this.className}: parameter '${p.name}' has ${p.value.length} values but its ${slotName} has ${values.length}.`);
    }
    return values;
  }

  /** Rejects parameters the update cannot handle, before anything changes. */
  protected checkParams(params: readonly Parameter[]): void {
    // Names compared pairwise up to a few dozen parameters (a model's usual handful): step runs once
    // per mini-batch, and building a Set cost more than the comparisons.
    const seen = params.length > 32 ? new Set<string>() : null;
    for (let i = 0; i < params.length; i++) {
      const p = params[i], name = p.name;
      let repeated = false;
      if (seen !== null) repeated = seen.has(name), seen.add(name);
      else for (let j = 0; j < i && !repeated; j++) repeated = params[j].name === name;
      if (repeated) throw new InputError(`${this.className}.step: two parameters are named '${name}'; names key the optimizer state.`);
      if (p.grad.length !== p.value.length) {
        throw new InputError(`${this.className}.step: parameter '${p.name}' has ${p.value.length} values but ${p.grad.length} gradients.`);
      }
    }
  }

  /** Scalars to save, e.g. `{ t, beta1Power }`; none by default. */
  protected getScalars(): Record<string, number> {
    return {};
  }

  protected setScalars(_scalars: Record<string, number>): void {}

  getState(): OptimizerState {
    const slots: Record<string, Record<string, number[]>> = {};
    for (const [slotName, byParam] of this.slotMaps) {
      slots[slotName] = {};
      for (const [name, values] of byParam) slots[slotName][name] = Array.from(values);
    }
    return { scalars: this.getScalars(), slots };
  }

  setState(state: OptimizerState): void {
    this.slotMaps.clear();
    for (const [slotName, byParam] of Object.entries(state.slots)) {
      const map = new Map<string, Float64Array>();
      for (const [name, values] of Object.entries(byParam)) map.set(name, Float64Array.from(values));
      this.slotMaps.set(slotName, map);
    }
    this.setScalars(state.scalars);
  }
}
