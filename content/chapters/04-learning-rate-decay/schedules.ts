import { exponentialDecay, fixedIntervalDecay, inverseSqrtDecay, inverseTimeDecay, manual, staircase, type Schedule } from '@engine';
import { formulaHover, knob, label, plot, toggle } from '@snippet';

const alpha0 = knob('alpha0', 0.2, { min: 0.001, max: 1, log: true, label: 'α0' });
const decayRate = knob('decayRate', 1, { min: 0.01, max: 10, log: true, label: label({ en: 'decay rate', zh: '衰减率' }) });
const epochs = knob('epochs', 50, { min: 10, max: 200, step: 10, label: label({ en: 'epochs', zh: '轮数' }) });
const logScale = toggle('logScale', false, label({ en: 'log scale for α', zh: 'α 用对数坐标' }));

// Every schedule is a plain function from the epoch number (0, 1, 2, ...) to α; `steps` ones are drawn as stairs.
const schedules: [string, Schedule, { steps: boolean }][] = [
  [label({ en: 'α0 / (1 + decay rate · epoch)', zh: 'α0 / (1 + 衰减率 · 轮次)' }), inverseTimeDecay(alpha0, decayRate), { steps: false }],
  [label({ en: '0.95^epoch · α0', zh: '0.95^轮次 · α0' }), exponentialDecay(alpha0, 0.95), { steps: false }],
  [label({ en: 'k / √(epoch + 1) · α0, k = 1', zh: 'k / √(轮次 + 1) · α0，k = 1' }), inverseSqrtDecay(alpha0, 1), { steps: false }],
  [label({ en: 'staircase: halve every 10 epochs', zh: '阶梯：每 10 轮减半' }), staircase(alpha0, 0.5, 10), { steps: true }],
  [label({ en: 'fixed interval: α0 / (1 + decay rate · ⌊epoch / 10⌋)', zh: '固定间隔：α0 / (1 + 衰减率 · ⌊轮次 / 10⌋)' }), fixedIntervalDecay(alpha0, decayRate, 10), { steps: true }],
  [label({ en: 'manual: α0, then α0/4 at 20, α0/20 at 35', zh: '手动：先用 α0，第 20 轮起 α0/4，第 35 轮起 α0/20' }), manual({ 0: alpha0, 20: alpha0 / 4, 35: alpha0 / 20 }), { steps: true }],
];
const epochAxis = Array.from({ length: epochs + 1 }, (_, e) => e);

// Hover a point to see its schedule's rule with that epoch's numbers.
const n = (x: number) => String(Number(x.toPrecision(4)));
const a0 = n(alpha0), d = n(decayRate);
const rules: ((e: number, alpha: number) => string)[] = [
  (e, alpha) => `α = α0 / (1 + ${d} · ${e}) = ${a0} / ${n(1 + decayRate * e)} = ${n(alpha)}`,
  (e, alpha) => `α = 0.95^${e} · α0 = ${n(0.95 ** e)} × ${a0} = ${n(alpha)}`,
  (e, alpha) => `α = α0 / √(${e} + 1) = ${a0} / ${n(Math.sqrt(e + 1))} = ${n(alpha)}`,
  (e, alpha) => `α = 0.5^⌊${e}/10⌋ · α0 = ${n(0.5 ** Math.floor(e / 10))} × ${a0} = ${n(alpha)}`,
  (e, alpha) => `α = α0 / (1 + ${d} · ⌊${e}/10⌋) = ${a0} / ${n(1 + decayRate * Math.floor(e / 10))} = ${n(alpha)}`,
  (e, alpha) => `α = ${e < 20 ? 'α0' : e < 35 ? 'α0 / 4' : 'α0 / 20'} = ${n(alpha)}`,
];
plot('schedules', schedules.map(([name, s, { steps }], k) => ({
  x: epochAxis, y: epochAxis.map(s), name, mode: 'lines' as const, line: { shape: steps ? 'hv' as const : 'linear' as const },
  ...formulaHover(epochAxis.map((e) => [`${label({ en: 'epoch', zh: '轮次' })} ${e}`, rules[k](e, s(e))])),
})), {
  xaxis: { title: { text: label({ en: 'epoch', zh: '轮次' }) } },
  yaxis: { title: { text: label({ en: 'learning rate α', zh: '学习率 α' }) }, type: logScale ? 'log' : 'linear' }, height: 420,
});

/**
 * The lecture's table: α0 = 0.2, decay rate 1, its epoch_num 1-4 (0.1, 0.067, 0.05, 0.04). The lecture counts
 * epoch_num from 1 and the engine from 0, so these are the engine's epochs 1-4: the second to the fifth.
 */
export const lectureTable = [1, 2, 3, 4].map(inverseTimeDecay(0.2, 1));
/** α of the engine's first epoch, epoch 0: the full α0 (the lecture's first epoch already has α0/2). */
export const firstEpochAlpha = inverseTimeDecay(0.2, 1)(0);
/** α of each schedule at the last epoch shown, in the order of the legend. */
export const finalAlphas = schedules.map(([, s]) => s(epochs));
/** α of each schedule at epoch 10. */
export const alphasAt10 = schedules.map(([, s]) => s(10));
console.log(label({ en: 'lecture table, α0 = 0.2, decay rate 1:', zh: '课程中的表格，α0 = 0.2，衰减率 1：' }), lectureTable.map((a) => a.toFixed(3)).join(', '));
