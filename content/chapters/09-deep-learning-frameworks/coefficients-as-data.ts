import { constant, minimize, variable } from '@engine';
import { knob, label, plot } from '@snippet';

const b = knob('b', -10, { min: -20, max: 20, step: 1, label: label({ en: 'x₁ (coefficient of w)', zh: 'x₁（w 的系数）' }) });
const c = knob('c', 25, { min: -50, max: 100, step: 1, label: label({ en: 'x₂ (constant term)', zh: 'x₂（常数项）' }) });

// The coefficients are data now, x = [1, b, c]: a constant, so no gradient flows into it.
const x = constant([1, b, c], 'x');
const w = variable(0, 'w');

// The same code for any data: J(w) = x₀·w² + x₁·w + x₂.
const cost = () => x.get(0).mul(w.mul(w)).add(x.get(1).mul(w)).add(x.get(2));
const costs = minimize(cost, [w], { learningRate: 0.1, steps: 100 });

/** w after 100 steps, and where the minimum of x₀w² + x₁w + x₂ is: w = −x₁ / (2x₀). */
export const finalW = w.item();
export const exactMinimum = -b / 2;
export const finalCost = cost().item();
/** The data after training: unchanged, since minimize() only updates the variables it is given. */
export const dataAfter = Array.from(x.value.data);

const ws = Array.from({ length: 121 }, (_, i) => -15 + i * 0.25);
plot('cost', [
  { x: ws, y: ws.map((v) => v * v + b * v + c), name: `J(w) = w² ${b < 0 ? '−' : '+'} ${Math.abs(b)}w ${c < 0 ? '−' : '+'} ${Math.abs(c)}` },
  { x: [finalW], y: [finalCost], mode: 'markers', marker: { size: 10 }, name: label({ en: `after ${costs.length} steps`, zh: `${costs.length} 步之后` }) },
], { xaxis: { title: { text: 'w' } }, yaxis: { title: { text: 'J(w)' } } });
console.log(label({
  en: `x = [1, ${b}, ${c}]: w = ${finalW.toFixed(4)} (exact ${exactMinimum})`,
  zh: `数据 x = [1, ${b}, ${c}]：w = ${finalW.toFixed(4)}（精确值 ${exactMinimum}）`,
}));
