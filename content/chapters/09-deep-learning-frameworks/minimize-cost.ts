import { minimize, variable } from '@engine';
import { knob, label, plot } from '@snippet';

const learningRate = knob('learningRate', 0.1, { min: 0.001, max: 1.2, log: true, label: 'α' });
const steps = knob('steps', 100, { min: 1, max: 1000, step: 1, label: label({ en: 'steps', zh: '步数' }) });

// The parameter we want to learn, starting at 0.
const w = variable(0, 'w');

// All we write is the forward cost, J(w) = w² − 10w + 25 = (w − 5)².
const cost = () => w.mul(w).sub(w.mul(10)).add(25);

// minimize() rebuilds the graph, runs backward() for dJ/dw and steps w := w − α·dJ/dw.
// One step at a time here, to record the path.
const path = [w.item()];
const costs: number[] = [];
for (let step = 0; step < steps; step++) {
  costs.push(...minimize(cost, [w], { learningRate, steps: 1 }));
  path.push(w.item());
}

/** w after the last step (5 is the minimum), and the cost there. */
export const finalW = w.item();
export const finalCost = cost().item();
/** The first values of w, to see how it approaches 5. */
export const firstSteps = path.slice(0, 6);

const stepTitle = label({ en: 'step', zh: '步数' });
plot('w', [{ y: path, name: 'w' }, { x: [0, steps], y: [5, 5], name: label({ en: 'minimum w = 5', zh: '最小值点 w = 5' }), line: { dash: 'dash' } }], {
  xaxis: { title: { text: stepTitle } }, yaxis: { title: { text: 'w' } },
});
plot('cost', [{ y: costs, name: 'J(w)' }], { xaxis: { title: { text: stepTitle } }, yaxis: { title: { text: 'J(w) = w² − 10w + 25' }, type: 'log' } });
console.log(label({
  en: `after ${steps} steps: w = ${finalW.toFixed(6)}, J = ${finalCost.toExponential(2)}`,
  zh: `${steps} 步之后：w = ${finalW.toFixed(6)}，J = ${finalCost.toExponential(2)}`,
}));
