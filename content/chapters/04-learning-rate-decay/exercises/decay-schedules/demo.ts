import type { DemoFigure, DemoText, EngineModule } from '../../../../../src/exercises/demo';
import type { DecaySchedule, learningRate } from './solution';

/** Epochs drawn: 0 to EPOCHS, counted from 0 as in the engine. */
export const EPOCHS = 50;

/**
 * The reader's learningRate for the four schedules, drawn over the engine's own schedule functions with the same
 * hyperparameters: when the reader's formulas are right, each dotted curve lies on its wide one.
 */
export default function demo(readerLearningRate: typeof learningRate, engine: EngineModule, text: DemoText): DemoFigure {
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
      { x: epochs, y: ours, mode: 'lines' as const, line: { color: colors[k], width: 6 }, opacity: 0.35, name: text({ en: `engine: ${name}`, zh: `引擎：${name}` }) },
      { x: epochs, y: yours, mode: 'lines' as const, line: { color: colors[k], width: 1.5, dash: 'dot' as const }, name: text({ en: `yours: ${name}`, zh: `你的：${name}` }) },
    ];
  });
  return {
    data,
    layout: {
      xaxis: { title: { text: text({ en: 'epochNum (from 0)', zh: 'epochNum（从 0 起）' }) } },
      yaxis: { title: { text: text({ en: 'learning rate α', zh: '学习率 α' }) } },
      margin: { t: 30 },
    },
    caption: text({
      en: `Your learningRate and the engine's schedules, α₀ = ${alpha0}, epochs 0 to ${EPOCHS}: `,
      zh: `你的 learningRate 与引擎的衰减方案，α₀ = ${alpha0}，第 0 到第 ${EPOCHS} 轮：`,
    }) + (Number.isFinite(apart)
      ? text({ en: `they never differ by more than ${apart.toPrecision(2)}.`, zh: `两者之差始终不超过 ${apart.toPrecision(2)}。` })
      : text({ en: 'one of yours is not a finite number somewhere.', zh: '你的某条曲线在某处不是有限数。' })),
  };
}
