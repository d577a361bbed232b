/**
 * Reverse-mode automatic differentiation on tensors, micrograd style: every op
 * computes its output and, right beside it, the local derivative that
 * backward() multiplies by the incoming gradient (the chain rule).
 * @module
 */
import { Tensor } from '../tensor';
import { formatShape, InputError, ShapeError } from '../errors';
import { checkFinite } from '../validate';
import { matmulInto, matmulTransAInto, matmulTransBInto, transposeInto } from '../ops/matmul';
import { sigmoidValue } from '../layers/sigmoid';
import { broadcastIndex, broadcastShape } from './broadcast';

/** What `variable` and `constant` accept: a number, a list, rows, or a Tensor. */
export type VarInput = number | readonly number[] | readonly (readonly number[])[] | Tensor;

function toTensor(where: string, v: VarInput): Tensor {
  const t = v instanceof Tensor ? v.clone() : Tensor.from(v);
  checkFinite(where, 'value', t.data);
  return t;
}

/**
 * A node of the computation graph: a value (a Tensor, shape [] for a scalar),
 * the op that made it and its inputs. After `cost.backward()`, `grad` holds
 * dCost/dNode with the node's shape.
 *
 * ```ts
 * const w = variable(0, 'w');
 * const cost = w.mul(w).sub(w.mul(10)).add(25); // w² - 10w + 25
 * cost.backward();
 * w.grad.item(); // dCost/dw = 2w - 10 = -10
 * ```
 */
export class Var {
  /** dCost/dThis after the last backward() through this node (zeros before; always zeros for a constant). */
  grad: Tensor;
  /** @internal Adds this node's share of the gradient to its inputs' grads. */
  backwardStep: (() => void) | null = null;

  constructor(
    /** The forward value. */
    readonly value: Tensor,
    /** `'variable'`, `'constant'`, or the op that made it (`'mul'`, `'matmul'`, ...). */
    readonly op: string,
    /** Inputs of the op, in order. */
    readonly inputs: readonly Var[] = [],
    /** A name for graph drawings: the variable's name, or the op's symbol. */
    readonly label: string = op,
  ) {
    this.grad = Tensor.zeros(value.shape);
  }

  /** Shape of the value. */
  get shape(): readonly number[] {
    return this.value.shape;
  }

  /** The value of a one-element node as a number. */
  item(): number {
    return this.value.item();
  }

  /** Whether gradients flow into this node (everything but constants). */
  get requiresGrad(): boolean {
    return this.op !== 'constant';
  }

  /** a + b, element-wise with broadcasting; ∂/∂a = 1, ∂/∂b = 1. */
  add(other: Var | number): Var {
    return binary('add', '+', this, other, (a, b) => a + b, () => 1, () => 1);
  }
  /** a - b; ∂/∂a = 1, ∂/∂b = -1. */
  sub(other: Var | number): Var {
    return binary('sub', '−', this, other, (a, b) => a - b, () => 1, () => -1);
  }
  /** a · b (element-wise); ∂/∂a = b, ∂/∂b = a. */
  mul(other: Var | number): Var {
    return binary('mul', '×', this, other, (a, b) => a * b, (_a, b) => b, (a) => a);
  }
  /** a / b; ∂/∂a = 1/b, ∂/∂b = -a/b². */
  div(other: Var | number): Var {
    return binary('div', '÷', this, other, (a, b) => a / b, (_a, b) => 1 / b, (a, b) => -a / (b * b));
  }
  /** -a; ∂/∂a = -1. */
  neg(): Var {
    return unary('neg', '−', this, (a) => -a, () => -1);
  }
  /** aᵖ for a constant exponent p; ∂/∂a = p·aᵖ⁻¹. */
  pow(p: number): Var {
    return unary('pow', `^${p}`, this, (a) => a ** p, (a) => p * a ** (p - 1));
  }
  /** eᵃ; ∂/∂a = eᵃ (the output itself). */
  exp(): Var {
    return unary('exp', 'exp', this, Math.exp, (_a, out) => out);
  }
  /** ln a; ∂/∂a = 1/a. */
  log(): Var {
    return unary('log', 'log', this, Math.log, (a) => 1 / a);
  }
  /** max(0, a); ∂/∂a = 1 if a > 0 else 0. */
  relu(): Var {
    return unary('relu', 'relu', this, (a) => (a > 0 ? a : 0), (a) => (a > 0 ? 1 : 0));
  }
  /** σ(a) = 1/(1 + e⁻ᵃ); ∂/∂a = σ(a)(1 - σ(a)). */
  sigmoid(): Var {
    return unary('sigmoid', 'σ', this, sigmoidValue, (_a, out) => out * (1 - out));
  }
  /** tanh a; ∂/∂a = 1 - tanh²a. */
  tanh(): Var {
    return unary('tanh', 'tanh', this, Math.tanh, (_a, out) => 1 - out * out);
  }

  /** Sum of all values, a scalar; ∂/∂aᵢ = 1. */
  sum(): Var {
    let s = 0;
    for (const v of this.value.data) s += v;
    const out = new Var(Tensor.from(s), 'sum', [this], 'Σ');
    out.backwardStep = () => {
      if (!this.requiresGrad) return;
      const g = out.grad.data[0], ga = this.grad.data;
      for (let i = 0; i < ga.length; i++) ga[i] += g;
    };
    return out;
  }

  /** Mean of all values, a scalar; ∂/∂aᵢ = 1/n. */
  mean(): Var {
    const n = this.value.size;
    if (n === 0) throw new InputError('mean: the tensor is empty.');
    let s = 0;
    for (const v of this.value.data) s += v;
    const out = new Var(Tensor.from(s / n), 'mean', [this], 'mean');
    out.backwardStep = () => {
      if (!this.requiresGrad) return;
      const g = out.grad.data[0] / n, ga = this.grad.data;
      for (let i = 0; i < ga.length; i++) ga[i] += g;
    };
    return out;
  }

  /** Matrix product A·B of `[m,k]` and `[k,n]`; ∂/∂A = G·Bᵀ, ∂/∂B = Aᵀ·G. */
  matmul(other: Var): Var {
    const [a, b] = [this.value, other.value];
    if (a.shape.length !== 2 || b.shape.length !== 2 || a.shape[1] !== b.shape[0]) {
      throw new ShapeError(`matmul: shapes ${formatShape(a.shape)} and ${formatShape(b.shape)} do not fit ([m,k]·[k,n]).`);
    }
    const [m, k] = a.shape, n = b.shape[1];
    const z = Tensor.zeros([m, n]);
    matmulInto(a.data, b.data, z.data, m, k, n);
    const out = new Var(z, 'matmul', [this, other], '·');
    out.backwardStep = () => {
      const g = out.grad.data;
      if (this.requiresGrad) {
        const gA = new Float64Array(m * k);
        matmulTransBInto(g, b.data, gA, m, n, k); // G·Bᵀ
        addInto(this.grad.data, gA);
      }
      if (other.requiresGrad) {
        const gB = new Float64Array(k * n);
        matmulTransAInto(a.data, g, gB, m, k, n); // Aᵀ·G
        addInto(other.grad.data, gB);
      }
    };
    return out;
  }

  /**
   * One element as a scalar: `x.get(i)` of a vector, `x.get(i, j)` of a matrix;
   * the gradient goes back to that element only.
   */
  get(i: number, j?: number): Var {
    const cols = this.shape.length === 2 ? this.shape[1] : 1;
    const rows = this.shape.length === 0 ? 1 : this.shape[0];
    const flat = j === undefined ? i : i * cols + j;
    const ok = Number.isInteger(flat) && flat >= 0 && flat < this.value.size && (j === undefined ? this.shape.length <= 1 : this.shape.length === 2 && j >= 0 && j < cols && i < rows);
    if (!ok) throw new ShapeError(`get(${j === undefined ? i : `${i}, ${j}`}): outside a value of shape ${formatShape(this.shape)}.`);
    const out = new Var(Tensor.from(this.value.data[flat]), 'get', [this], j === undefined ? `[${i}]` : `[${i},${j}]`);
    out.backwardStep = () => {
      if (this.requiresGrad) this.grad.data[flat] += out.grad.data[0];
    };
    return out;
  }

  /** Transpose of a 2-D value; the gradient is transposed back. */
  transpose(): Var {
    if (this.shape.length !== 2) throw new ShapeError(`transpose: needs a 2-D value, got shape ${formatShape(this.shape)}.`);
    const [r, c] = this.shape;
    const t = Tensor.zeros([c, r]);
    transposeInto(this.value.data, t.data, r, c);
    const out = new Var(t, 'transpose', [this], 'ᵀ');
    out.backwardStep = () => {
      if (!this.requiresGrad) return;
      const back = new Float64Array(r * c);
      transposeInto(out.grad.data, back, c, r);
      addInto(this.grad.data, back);
    };
    return out;
  }

  /**
   * Fills `grad` of every node that this one depends on with dThis/dNode
   * (overwriting earlier gradients), by walking the graph from this node back
   * to the variables in reverse topological order. This node must be a scalar.
   */
  backward(): void {
    if (this.value.size !== 1) {
      throw new ShapeError(`backward: start from a scalar cost, got shape ${formatShape(this.shape)} (try .sum() or .mean()).`);
    }
    const order = topologicalOrder(this);
    for (const node of order) node.grad = Tensor.zeros(node.shape);
    this.grad.data[0] = 1;
    for (let i = order.length - 1; i >= 0; i--) order[i].backwardStep?.();
  }

  toString(): string {
    const v = this.value.size === 1 ? ` = ${this.item()}` : formatShape(this.shape);
    return `Var ${this.label}${v} (${this.op})`;
  }
}

/** Every node `root` depends on, inputs before the nodes that use them, `root` last. */
export function topologicalOrder(root: Var): Var[] {
  const order: Var[] = [];
  const seen = new Set<Var>();
  const visit = (node: Var): void => {
    if (seen.has(node)) return;
    seen.add(node);
    for (const input of node.inputs) visit(input);
    order.push(node);
  };
  visit(root);
  return order;
}

function addInto(target: Float64Array, source: Float64Array): void {
  for (let i = 0; i < target.length; i++) target[i] += source[i];
}

function asVar(v: Var | number): Var {
  return v instanceof Var ? v : new Var(Tensor.from(v), 'constant', [], String(v));
}

/** An element-wise op of one input; `local(a, out)` is ∂out/∂a. */
function unary(op: string, label: string, a: Var, f: (a: number) => number, local: (a: number, out: number) => number): Var {
  const x = a.value.data;
  const z = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) z[i] = f(x[i]);
  const out = new Var(new Tensor(z, a.shape), op, [a], label);
  out.backwardStep = () => {
    if (!a.requiresGrad) return;
    const g = out.grad.data, ga = a.grad.data;
    for (let i = 0; i < x.length; i++) ga[i] += g[i] * local(x[i], z[i]);
  };
  return out;
}

/** An element-wise op of two broadcast inputs; `localA`, `localB` are ∂out/∂a, ∂out/∂b. */
function binary(
  op: string,
  label: string,
  left: Var,
  right: Var | number,
  f: (a: number, b: number) => number,
  localA: (a: number, b: number) => number,
  localB: (a: number, b: number) => number,
): Var {
  const a = left, b = asVar(right);
  const shape = broadcastShape(op, a.shape, b.shape);
  const ia = broadcastIndex(a.shape, shape), ib = broadcastIndex(b.shape, shape);
  const x = a.value.data, y = b.value.data;
  const size = shape.reduce((p, d) => p * d, 1);
  const z = new Float64Array(size);
  for (let o = 0; o < size; o++) z[o] = f(x[ia ? ia[o] : o], y[ib ? ib[o] : o]);
  const out = new Var(new Tensor(z, shape), op, [a, b], label);
  out.backwardStep = () => {
    const g = out.grad.data, ga = a.grad.data, gb = b.grad.data;
    for (let o = 0; o < size; o++) {
      const i = ia ? ia[o] : o, j = ib ? ib[o] : o;
      // A broadcast input fed several outputs: its gradient is the sum over them.
      if (a.requiresGrad) ga[i] += g[o] * localA(x[i], y[j]);
      if (b.requiresGrad) gb[j] += g[o] * localB(x[i], y[j]);
    }
  };
  return out;
}

/**
 * A leaf of the graph whose gradient you want: a number, a list, rows, or a Tensor
 * (copied). `label` names it in `graphOf` drawings.
 *
 * ```ts
 * const w = variable(0, 'w');
 * const W = variable([[0.1, 0.2], [0.3, 0.4]], 'W');
 * ```
 */
export function variable(value: VarInput, label = 'variable'): Var {
  return new Var(toTensor('variable', value), 'variable', [], label);
}

/**
 * A leaf that holds data (inputs, labels, coefficients): no gradient flows into
 * it, so its `grad` stays zeros after `backward()` (and no work is spent on it).
 *
 * ```ts
 * const x = constant([[1], [-10], [25]], 'x'); // the course's coefficients as data
 * ```
 */
export function constant(value: VarInput, label = 'constant'): Var {
  return new Var(toTensor('constant', value), 'constant', [], label);
}
