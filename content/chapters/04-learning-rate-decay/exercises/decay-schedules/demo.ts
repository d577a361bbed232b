import type { DemoFigure, EngineModule } from '../../../../../src/exercises/demo';
import type { DecaySchedule, learningRate } from './solution';

/** Epochs drawn: 0 to EPOCHS, counted from 0 as in the engine. */
export const EPOCHS = 50;

/**
 * The reader's learningRate for the four schedules, drawn over the engine's own schedule functions with the same
 * hyperparameters: when the reader's formulas are right, each dotted curve lies on its wide one.
 */
export default function demo(readerLearningRate: typeof learningRate, engine: EngineModule): DemoFigure {
  const alpha0 = 0.2;
  const pairs: [string, DecaySchedule, (epoch: number) => number][] = [
    ['α₀ / (1 + epochNum)', { kind: 'inverseTime', alpha0, decayRate: 1 }, engine.inverseTimeDecay(alpha0, 1)],
    ['0.95^epochNum · α₀', { kind: 'exponential', alpha0, base: 0.95 }, engine.exponentialDecay(alpha0, 0.95)],
    ['1 / √(epochNum + 1) · α₀', { kind: 'inverseSqrt', alpha0, k: 1 }, engine.inverseSqrtDecay(alpha0, 1)],
    ['α₀ / (1 + ⌊epochNum / 10⌋)', { kind: 'fixedInterval', alpha0, decayRate: 1, interval: 10 }, engine.fixedIntervalDecay(alpha0, 1, 10)],
  ];
  const epochs = Array.from({ length: EPOCHS + 1 }, (_, e) => e);
  const colors = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728'];
  let apart = 0;
  const data = pairs.flatMap(([name, schedule, reference], k) => {
    const ours = epochs.map(reference);
    const yours = epochs.map((e) => Number(readerLearningRate(schedule, e)));
    apart = Math.max(apart, ...yours.map((a, e) => Math.abs(a - ours[e])));
    return [
      { x: epochs, y: ours, mode: 'lines' as const, line: { color: colors[k], width: 6 }, opacity: 0.35, name: `engine: ${name}` },
      { x: epochs, y: yours, mode: 'lines' as const, line: { color: colors[k], width: 1.5, dash: 'dot' as const }, name: `yours: ${name}` },
    ];
  });
  return {
    data,
    layout: { xaxis: { title: { text: 'epochNum (from 0)' } }, yaxis: { title: { text: 'learning rate α' } }, margin: { t: 30 } },
    caption: `Your learningRate and the engine's schedules, α₀ = ${alpha0}, epochs 0 to ${EPOCHS}: `
      + (Number.isFinite(apart) ? `they never differ by more than ${apart.toPrecision(2)}.` : 'one of yours is not a finite number somewhere.'),
  };
}
