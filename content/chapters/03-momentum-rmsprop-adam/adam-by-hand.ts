import { adam, binaryCrossEntropy, makeMoons, miniBatches, mlp, Rng, type Parameter } from '@engine';
import { knob, label, plot, toggle } from '@snippet';

const learningRate = knob('learningRate', 0.01, { min: 0.0001, max: 0.1, log: true, label: 'α' });
const correct = toggle('biasCorrection', true, label({ en: 'bias correction in my Adam', zh: '我的 Adam 做偏差修正' }));

/** Adam written by hand from each parameter's value (W) and grad (dW). Edit it and watch the check below. */
function myAdam(alpha: number, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8) {
  const m = new Map<string, Float64Array>(), v = new Map<string, Float64Array>();
  let t = 0; // counts updates (mini-batches), not epochs
  return (params: Parameter[]) => {
    t += 1;
    for (const p of params) {
      if (!m.has(p.name)) { m.set(p.name, new Float64Array(p.value.length)); v.set(p.name, new Float64Array(p.value.length)); }
      const mp = m.get(p.name)!, vp = v.get(p.name)!;
      for (let i = 0; i < p.value.length; i++) {
        mp[i] = beta1 * mp[i] + (1 - beta1) * p.grad[i];              // momentum's average of dW
        vp[i] = beta2 * vp[i] + (1 - beta2) * p.grad[i] * p.grad[i];  // RMSprop's average of dW²
        const mHat = correct ? mp[i] / (1 - beta1 ** t) : mp[i];
        const vHat = correct ? vp[i] / (1 - beta2 ** t) : vp[i];
        p.value[i] -= (alpha * mHat) / (Math.sqrt(vHat) + epsilon);
      }
    }
  };
}

// Two identical networks on the same mini-batches: one updated by myAdam, one by the engine's adam.
const { x, y } = makeMoons({ n: 300, noise: 0.2, seed: 3 });
const mine = mlp([2, 5, 2, 1], { seed: 3 }), theirs = mlp([2, 5, 2, 1], { seed: 3 });
const myStep = myAdam(learningRate), engineAdam = adam(learningRate);
const shuffle = new Rng(10);
const gap: number[] = [], costMine: number[] = [], costTheirs: number[] = [];
for (let epoch = 0; epoch < 100; epoch++) {
  for (const b of miniBatches(x, y, 64, shuffle)) {
    mine.backward(binaryCrossEntropy.grad(mine.forward(b.x), b.y)); myStep(mine.parameters());
    theirs.backward(binaryCrossEntropy.grad(theirs.forward(b.x), b.y)); engineAdam.step(theirs.parameters());
  }
  const a = mine.parameters(), b = theirs.parameters();
  gap.push(Math.max(...a.flatMap((p, k) => Array.from(p.value, (w, i) => Math.abs(w - b[k].value[i])))));
  costMine.push(binaryCrossEntropy.value(mine.predict(x), y)); costTheirs.push(binaryCrossEntropy.value(theirs.predict(x), y));
}

plot('check', [{ y: gap.map((g) => Math.max(g, 1e-18)), name: label({ en: 'max |W_mine − W_engine|', zh: 'max |W_我的 − W_引擎|' }) }], {
  xaxis: { title: { text: label({ en: 'epoch', zh: '轮次' }) } }, yaxis: { title: { text: label({ en: 'largest weight difference', zh: '权重的最大差异' }) }, type: 'log' },
});
plot('cost', [
  { y: costTheirs, name: label({ en: "engine's Adam", zh: '引擎的 Adam' }), line: { width: 5 } },
  { y: costMine, name: label({ en: 'my Adam', zh: '我的 Adam' }), line: { dash: 'dot' } },
], { xaxis: { title: { text: label({ en: 'epoch', zh: '轮次' }) } }, yaxis: { title: { text: label({ en: 'cost J', zh: '代价 J' }) } } });

/** Largest difference between any weight of the two networks, over all epochs. */
export const maxDifference = Math.max(...gap);
/** Largest difference after the first epoch only (5 updates), where bias correction matters most. */
export const firstEpochDifference = gap[0];
console.log(label({
  en: `largest difference from the engine's Adam: ${maxDifference.toExponential(2)}`,
  zh: `与引擎的 Adam 的最大差异：${maxDifference.toExponential(2)}`,
}));
