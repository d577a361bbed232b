import { adam, constant, minimize, momentum, sgd, variable } from '@engine';
import { choice, knob, label, loadTensorflow, plot } from '@snippet';

const optimizerName = choice('optimizer', 'adam', ['adam', 'sgd', 'momentum'], label({ en: 'optimizer', zh: '优化器' }));
const steps = knob('steps', 200, { min: 10, max: 1000, step: 10, label: label({ en: 'steps', zh: '步数' }) });
const learningRate = 0.1;

// The course's data: the coefficients of J(w) = x₀w² + x₁w + x₂ = w² − 10w + 25.
const coefficients = [1, -10, 25];

// ---- TensorFlow.js (float32), loaded only now that the snippet runs ----
const tf = await loadTensorflow();
const [tx0, tx1, tx2] = tf.unstack(tf.tensor1d(coefficients));
const tw = tf.variable(tf.scalar(0));
const tfCost = () => tx0.mul(tw.square()).add(tx1.mul(tw)).add(tx2).asScalar();
// Swapping the optimizer is this one line (tf.train.momentum sums gradients: v := βv + dw).
const tfOptimizer = { adam: () => tf.train.adam(learningRate), sgd: () => tf.train.sgd(learningRate), momentum: () => tf.train.momentum(learningRate, 0.9) }[optimizerName]();
const tfPath = [tw.dataSync()[0]];
for (let step = 0; step < steps; step++) {
  tfOptimizer.minimize(tfCost);
  tfPath.push(tw.dataSync()[0]);
}

// ---- The same program in our engine (float64) ----
const x = constant(coefficients, 'x');
const w = variable(0, 'w');
const cost = () => x.get(0).mul(w.mul(w)).add(x.get(1).mul(w)).add(x.get(2));
// ...and its one line: the same rules, momentum in the same (sum) form as TensorFlow's.
const optimizer = { adam: () => adam(learningRate), sgd: () => sgd(learningRate), momentum: () => momentum(learningRate, 0.9, { form: 'sum' }) }[optimizerName]();
const path = [w.item()];
for (let step = 0; step < steps; step++) {
  minimize(cost, [w], { optimizer, steps: 1 });
  path.push(w.item());
}

/** w after the last step, in TensorFlow.js and in the engine (5 is the minimum). */
export const tfFinalW = tfPath[steps];
export const engineFinalW = path[steps];
/** Largest |w_TensorFlow − w_engine| over all steps: float32 against float64 rounding. */
export const largestGap = Math.max(...path.map((v, k) => Math.abs(v - tfPath[k])));
/** Both paths, one value of w per step, starting at w = 0. */
export const tfWs = tfPath;
export const engineWs = path;

plot('w', [
  { y: tfPath, name: label({ en: `TensorFlow.js: tf.train.${optimizerName}`, zh: `TensorFlow.js 版：tf.train.${optimizerName}` }), line: { width: 6 }, opacity: 0.4 },
  { y: path, name: label({ en: `engine: ${optimizerName}`, zh: `引擎版：${optimizerName}` }), line: { dash: 'dash' } },
  { x: [0, steps], y: [5, 5], name: label({ en: 'minimum w = 5', zh: '最小值点 w = 5' }), line: { dash: 'dot', width: 1 } },
], { xaxis: { title: { text: label({ en: 'step', zh: '步数' }) } }, yaxis: { title: { text: 'w' } } });
console.log(label({
  en: `${optimizerName}, ${steps} steps: TensorFlow.js w = ${tfFinalW.toFixed(6)}, engine w = ${engineFinalW.toFixed(6)}, largest gap ${largestGap.toExponential(1)}`,
  zh: `${optimizerName}，${steps} 步：TensorFlow.js 得到 w = ${tfFinalW.toFixed(6)}，引擎得到 w = ${engineFinalW.toFixed(6)}，最大差距 ${largestGap.toExponential(1)}`,
}));
tf.dispose([tw, tx0, tx1, tx2]);
