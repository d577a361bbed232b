import { Tensor, softmax } from '@engine';
import { formulaHover, knob, label, plot } from '@snippet';

const z3 = knob('z3', 3, { min: -5, max: 10, step: 0.5, label: label({ en: 'z₃ (the last score)', zh: 'z₃（最后一个得分）' }) });
const scale = knob('scale', 1, { min: 0.1, max: 5, step: 0.1, label: label({ en: 'multiply every z by', zh: '每个 z 乘以' }) });

// The course's example: scores z^[L] of the last layer for C = 4 classes.
const z = [5, 2, -1, z3].map((v) => v * scale);

// Softmax in two steps: exponentiate, then normalize so the entries sum to 1.
const t = z.map((v) => Math.exp(v));               // t = e^z, every entry > 0
const total = t.reduce((s, v) => s + v, 0);
const yHat = t.map((v) => v / total);               // ŷ_i = t_i / Σ_j t_j

// The engine's softmax layer computes the same (as e^(z - max z), so large z cannot overflow).
const fromEngine = Array.from(softmax().forward(Tensor.from([z]), true).data);

/** Exponentials t = e^z and probabilities ŷ = t / Σt. */
export const exponentials = t;
export const probabilities = yHat;
/** Σt, the normalizer. */
export const expSum = total;
/** Σ ŷ (1 up to rounding). */
export const sum = yHat.reduce((s, v) => s + v, 0);
/** Largest gap between the two-line softmax and the engine's layer. */
export const engineGap = Math.max(...yHat.map((v, i) => Math.abs(v - fromEngine[i])));
/** Index of the largest probability: softmax keeps the order of the scores. */
export const predicted = yHat.indexOf(Math.max(...yHat));
/** "Hard max" for comparison: 1 at the largest score, 0 elsewhere. */
export const hardMax = z.map((v) => (v === Math.max(...z) ? 1 : 0));

const classes = [0, 1, 2, 3].map((c) => label({ en: `class ${c}`, zh: `类别 ${c}` }));
plot('softmax', [
  { type: 'bar', x: classes, y: z, name: label({ en: 'score z', zh: '得分 z' }) },
  {
    type: 'bar', x: classes, y: yHat, name: label({ en: 'softmax ŷ', zh: 'softmax 概率 ŷ' }), yaxis: 'y2',
    // Hover a probability bar for its share of Σ e^z, with the numbers.
    ...formulaHover(yHat.map((p, i) => [
      `ŷ${i} = e^z${i} / Σ e^z = e^${Number(z[i].toFixed(2))} / ${total.toFixed(2)} = ${t[i].toFixed(2)} / ${total.toFixed(2)} = ${p.toFixed(3)}`,
    ])),
  },
], {
  barmode: 'group', xaxis: { title: { text: label({ en: 'class', zh: '类别' }) } },
  yaxis: { title: { text: 'z' } }, yaxis2: { title: { text: 'ŷ' }, overlaying: 'y', side: 'right', range: [0, 1] },
});
const tText = t.map((v) => v.toFixed(1)).join(', '), yHatText = yHat.map((v) => v.toFixed(3)).join(', ');
console.log(label({
  en: `t = [${tText}], Σt = ${total.toFixed(1)}, ŷ = [${yHatText}]`,
  zh: `指数 t = [${tText}]，总和 Σt = ${total.toFixed(1)}，概率 ŷ = [${yHatText}]`,
}));
