import { describe, expect, it } from 'vitest';
import { Tensor } from '../tensor';
import { gradientCheck } from '../gradcheck';
import { mlp } from '../layers/mlp';
import { binaryCrossEntropy } from '../losses/binary-cross-entropy';
import { randomTensor } from '../layers/test-helpers';
import { constant, variable, type Var } from './var';
import { graphOf } from './graph';
import { minimize } from './minimize';
import { adam } from '../optimizers/adam';
import { sgd } from '../optimizers/gradient-descent';
import { InputError, ShapeError } from '../errors';

/** Backward once, then compare every variable's grad with central differences of the scalar f. */
function check(f: () => Var, vars: Var[]): number {
  f().backward();
  const checked = vars.map((v) => ({ name: v.label, value: v.value.data, grad: v.grad.data.slice() }));
  const result = gradientCheck(() => f().item(), checked);
  expect(result.count).toBeGreaterThan(0);
  return result.difference;
}

describe('the course example: cost = w² - 10w + 25', () => {
  it('backward gives dcost/dw = 2w - 10', () => {
    const w = variable(0, 'w');
    const cost = w.mul(w).sub(w.mul(10)).add(25);
    expect(cost.item()).toBe(25);
    cost.backward();
    expect(w.grad.item()).toBe(-10);
    w.value.data[0] = 3;
    const again = w.mul(w).sub(w.mul(10)).add(25);
    again.backward();
    expect(w.grad.item()).toBe(-4); // overwritten, not accumulated
  });

  it('minimize finds w ≈ 5 following w := w - α(2w - 10) exactly', () => {
    const w = variable(0, 'w');
    const costs = minimize(() => w.mul(w).sub(w.mul(10)).add(25), [w], { learningRate: 0.1, steps: 100 });
    let expected = 0;
    for (let t = 0; t < 100; t++) expected -= 0.1 * (2 * expected - 10);
    expect(w.item()).toBeCloseTo(expected, 12);
    expect(w.item()).toBeCloseTo(5, 8);
    expect(costs[0]).toBe(25);
    expect(costs[99]).toBeLessThan(1e-15);
  });

  it('works with the coefficients as data', () => {
    const x = constant([1, -10, 25], 'x');
    const w = variable(0, 'w');
    minimize(() => x.get(0).mul(w.pow(2)).add(x.get(1).mul(w)).add(x.get(2)), [w], { learningRate: 0.05, steps: 400 });
    expect(w.item()).toBeCloseTo(5, 6);
    x.value.data.set([1, -4, 4]); // new data, same program: minimum at w = 2
    minimize(() => x.get(0).mul(w.pow(2)).add(x.get(1).mul(w)).add(x.get(2)), [w], { learningRate: 0.05, steps: 400 });
    expect(w.item()).toBeCloseTo(2, 6);
  });
});

describe('every op passes a gradient check', () => {
  const A = () => variable(randomTensor(3, 4, 1), 'A');
  const B = () => variable(randomTensor(3, 4, 2), 'B');
  const pos = () => variable(new Tensor(randomTensor(3, 4, 3).data.map((v) => 0.5 + Math.abs(v)), [3, 4]), 'P');
  const row = () => variable(randomTensor(1, 4, 4), 'row');
  const vec = () => variable([0.3, -0.2, 0.5, 1.1], 'vec');
  const s = () => variable(1.7, 's');
  const cases: [string, (vars: Var[]) => Var, () => Var[]][] = [
    ['add', ([a, b]) => a.add(b).mul(a).sum(), () => [A(), B()]],
    ['sub', ([a, b]) => a.sub(b).pow(2).sum(), () => [A(), B()]],
    ['mul', ([a, b]) => a.mul(b).sum(), () => [A(), B()]],
    ['div', ([a, p]) => a.div(p).sum(), () => [A(), pos()]],
    ['neg', ([a]) => a.neg().mul(a).sum(), () => [A()]],
    ['pow', ([p]) => p.pow(3).add(p.pow(-0.5)).sum(), () => [pos()]],
    ['exp', ([a]) => a.exp().sum(), () => [A()]],
    ['log', ([p]) => p.log().mul(p).sum(), () => [pos()]],
    ['relu', ([a, b]) => a.relu().mul(b).sum(), () => [A(), B()]],
    ['sigmoid', ([a, b]) => a.sigmoid().mul(b).sum(), () => [A(), B()]],
    ['tanh', ([a, b]) => a.tanh().mul(b).sum(), () => [A(), B()]],
    ['mean', ([a]) => a.mul(a).mean(), () => [A()]],
    ['matmul', ([a, b]) => a.matmul(b.transpose()).tanh().sum(), () => [A(), B()]],
    ['broadcast row [1,4]', ([a, r]) => a.add(r).mul(r).sum(), () => [A(), row()]],
    ['broadcast vector [4]', ([a, v]) => a.mul(v).sub(v).pow(2).sum(), () => [A(), vec()]],
    ['broadcast scalar', ([a, x]) => a.div(x).add(x.mul(x)).sum(), () => [A(), s()]],
    ['get', ([a]) => a.get(1, 2).mul(a.get(0, 0)), () => [A()]],
  ];
  it.each(cases)('%s', (_name, f, make) => {
    const vars = make();
    expect(check(() => f(vars), vars)).toBeLessThan(1e-7);
  });

  it('a node used twice sums both gradients', () => {
    const w = variable(3, 'w');
    const c = w.mul(w).add(w);
    c.backward();
    expect(w.grad.item()).toBe(7);
  });

  it('agrees with the layers’ hand-written backward on a dense network with BCE', () => {
    const model = mlp([3, 4, 1], { hidden: 'tanh', seed: 9 });
    const x = randomTensor(5, 3, 10);
    const y = Tensor.from([[1], [0], [0], [1], [1]]);
    model.backward(binaryCrossEntropy.grad(model.forward(x), y));
    const [W1, b1, W2, b2] = model.parameters().map((p) => variable(new Tensor(p.value, p.shape), p.name));
    const X = constant(x), Y = constant(y);
    const a1 = X.matmul(W1.transpose()).add(b1).tanh();
    const yHat = a1.matmul(W2.transpose()).add(b2).sigmoid();
    const cost = Y.mul(yHat.log()).add(Y.neg().add(1).mul(yHat.neg().add(1).log())).mean().neg();
    expect(cost.item()).toBeCloseTo(binaryCrossEntropy.value(model.forward(x), y), 12);
    cost.backward();
    model.parameters().forEach((p, k) => {
      const auto = [W1, b1, W2, b2][k].grad.data;
      for (let i = 0; i < p.grad.length; i++) expect(auto[i]).toBeCloseTo(p.grad[i], 12);
    });
  });

  it('leaves the grad of constants at zero through every op, while variables get theirs', () => {
    const X = constant([[1, 2], [3, 4]], 'X'), W = variable([[0.5], [-1]], 'W');
    const c = constant([1, 2, 3], 'c'), w = variable(2, 'w');
    const cost = X.matmul(W).sum()                     // matmul, sum
      .add(X.transpose().mean())                       // transpose, mean
      .add(X.get(1, 0).mul(w))                         // get, mul
      .add(c.mul(w).relu().sum())                      // broadcast mul, unary
      .add(c.exp().sum());                             // a unary op of a constant alone
    cost.backward();
    for (const k of [X, c]) expect(Array.from(k.grad.data).every((g) => g === 0)).toBe(true);
    expect(Array.from(W.grad.data)).toEqual([4, 6]);   // dΣ(XW)/dW = column sums of X
    expect(w.grad.item()).toBe(3 + 6);                 // X[1,0] + Σc
  });
});

describe('graphOf', () => {
  it('lists nodes inputs-first and an edge per op input', () => {
    const w = variable(3, 'w');
    const out = w.mul(w).add(1);
    const before = graphOf(out);
    expect(before.nodes.map((n) => [n.label, n.op, n.value])).toEqual([['w', 'variable', 3], ['×', 'mul', 9], ['1', 'constant', 1], ['+', 'add', 10]]);
    expect(before.edges).toEqual([{ from: 'n0', to: 'n1' }, { from: 'n0', to: 'n1' }, { from: 'n1', to: 'n3' }, { from: 'n2', to: 'n3' }]);
    expect(before.nodes[0].grad).toBeNull();
    out.backward();
    expect(graphOf(out).nodes.map((n) => n.grad)).toEqual([6, 1, 0, 1]);
  });
});

describe('autodiff errors', () => {
  it('matmul and broadcasting name both shapes', () => {
    expect(() => variable(randomTensor(2, 3, 1)).matmul(variable(randomTensor(2, 3, 1)))).toThrow(/matmul: shapes \[2,3\] and \[2,3\]/);
    expect(() => variable(randomTensor(2, 3, 1)).add(variable(randomTensor(3, 2, 1)))).toThrow(ShapeError);
    expect(() => variable(randomTensor(2, 3, 1)).add(variable(randomTensor(3, 2, 1)))).toThrow(/\[2,3\] and \[3,2\]/);
  });
  it('backward needs a scalar; values must be finite', () => {
    expect(() => variable([1, 2]).mul(2).backward()).toThrow(/scalar cost, got shape \[2\]/);
    expect(() => variable([1, NaN])).toThrow(InputError);
  });
  it('minimize with an optimizer: sgd(α) takes the plain steps, adam keeps its state across calls', () => {
    const plain = variable(0), viaSgd = variable(0);
    const cost = (w: Var) => () => w.mul(w).sub(w.mul(10)).add(25);
    minimize(cost(plain), [plain], { learningRate: 0.1, steps: 30 });
    minimize(cost(viaSgd), [viaSgd], { optimizer: sgd(0.1), steps: 30 });
    expect(viaSgd.item()).toBe(plain.item());
    // 300 single steps with one Adam equal one call of 300 steps: the moments persist.
    const once = variable(0), stepwise = variable(0);
    minimize(cost(once), [once], { optimizer: adam(0.1), steps: 300 });
    const opt = adam(0.1);
    for (let k = 0; k < 300; k++) minimize(cost(stepwise), [stepwise], { optimizer: opt, steps: 1 });
    expect(stepwise.item()).toBe(once.item());
    expect(Math.abs(once.item() - 5)).toBeLessThan(1e-3);
  });
  it('minimize checks its options', () => {
    const w = variable(0);
    expect(() => minimize(() => w.mul(w), [w], { learningRate: 0 })).toThrow(/learningRate must be > 0/);
    expect(() => minimize(() => w.mul(w), [w], { lr: 0.1 } as never)).toThrow(/unknown option "lr" \(allowed: learningRate, steps, optimizer\)/);
    expect(() => minimize(() => w.mul(w), [w], { learningRate: 0.1, optimizer: sgd(0.1) })).toThrow(/either learningRate or an optimizer/);
    expect(() => minimize(() => w.mul(w), [constant(1)])).toThrow(/not a variable/);
  });
});
