import { exponentialDecay, fixedIntervalDecay, inverseSqrtDecay, inverseTimeDecay, manual, staircase, type Schedule } from '@engine';
import { knob, plot, toggle } from '@snippet';

const alpha0 = knob('alpha0', 0.2, { min: 0.001, max: 1, log: true, label: 'α0' });
const decayRate = knob('decayRate', 1, { min: 0.01, max: 10, log: true, label: 'decay rate' });
const epochs = knob('epochs', 50, { min: 10, max: 200, step: 10, label: 'epochs' });
const logScale = toggle('logScale', false, 'log scale for α');

// Every schedule is a plain function from the epoch number (0, 1, 2, ...) to α.
const schedules: [string, Schedule][] = [
  ['α0 / (1 + decay rate · epoch)', inverseTimeDecay(alpha0, decayRate)],
  ['0.95^epoch · α0', exponentialDecay(alpha0, 0.95)],
  ['k / √(epoch + 1) · α0, k = 1', inverseSqrtDecay(alpha0, 1)],
  ['staircase: halve every 10 epochs', staircase(alpha0, 0.5, 10)],
  ['fixed interval: α0 / (1 + decay rate · ⌊epoch / 10⌋)', fixedIntervalDecay(alpha0, decayRate, 10)],
  ['manual: α0, then α0/4 at 20, α0/20 at 35', manual({ 0: alpha0, 20: alpha0 / 4, 35: alpha0 / 20 })],
];
const epochAxis = Array.from({ length: epochs + 1 }, (_, e) => e);
plot('schedules', schedules.map(([name, s]) => ({
  x: epochAxis, y: epochAxis.map(s), name, mode: 'lines' as const, line: { shape: name.startsWith('staircase') || name.startsWith('fixed') || name.startsWith('manual') ? 'hv' as const : 'linear' as const },
})), { xaxis: { title: { text: 'epoch' } }, yaxis: { title: { text: 'learning rate α' }, type: logScale ? 'log' : 'linear' }, height: 420 });

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
console.log('lecture table, α0 = 0.2, decay rate 1:', lectureTable.map((a) => a.toFixed(3)).join(', '));
