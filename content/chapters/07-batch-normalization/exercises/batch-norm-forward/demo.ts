import type { DemoFigure, DemoText, EngineModule } from '../../../../../src/exercises/demo';
import type { batchNormForward } from './solution';

/** Mini-batches in the stream, and examples in each. */
export const BATCHES = 60;
const BATCH_SIZE = 16;
/** The unit's true mean and spread, which the running averages should approach. */
const TRUE_MEAN = 3;
const TRUE_STD = 2;

/**
 * A stream of mini-batches of one unit (true mean 3, spread 2) goes through the reader's batchNormForward in
 * training mode and through the engine's batchNorm layer: their running means are drawn step by step, over the
 * noisy batch means, from the start at 0 (no bias correction, so the first steps lag behind).
 */
export default function demo(readerBatchNorm: typeof batchNormForward, engine: EngineModule, text: DemoText): DemoFigure {
  const rng = new engine.Rng(5);
  const layer = engine.batchNorm(1, { momentum: 0.9 });
  let running = { mean: [0], variance: [1] };
  const batchMeans: number[] = [], readerRunning: number[] = [], engineRunning: number[] = [];
  for (let t = 0; t < BATCHES; t++) {
    const Z = Array.from({ length: BATCH_SIZE }, () => [rng.normal(TRUE_MEAN, TRUE_STD)]);
    running = readerBatchNorm(Z.map((row) => [...row]), [1], [0], running, true, 1e-5, 0.9).running;
    layer.forward(engine.Tensor.from(Z), true);
    batchMeans.push(layer.batchMean[0]);
    readerRunning.push(Number(running.mean[0]));
    engineRunning.push(layer.runningMean[0]);
  }
  const apart = Math.max(...readerRunning.map((v, t) => Math.abs(v - engineRunning[t])));
  const steps = batchMeans.map((_, t) => t + 1);
  return {
    data: [
      { x: steps, y: batchMeans, mode: 'markers', marker: { size: 5 }, name: text({ en: 'each mini-batch’s μ', zh: '每个小批量的 μ' }) },
      { x: steps, y: engineRunning, mode: 'lines', line: { color: '#d62728', width: 6 }, opacity: 0.45, name: text({ en: 'the engine’s running mean', zh: '引擎的均值滑动平均' }) },
      { x: steps, y: readerRunning, mode: 'lines', line: { dash: 'dot' }, name: text({ en: 'your running mean', zh: '你的均值滑动平均' }) },
    ],
    layout: {
      xaxis: { title: { text: text({ en: 'mini-batch', zh: '小批量' }) } },
      yaxis: { title: { text: text({ en: 'μ of the unit', zh: '该单元的 μ' }) } },
      legend: { orientation: 'h', y: 1.12 },
      margin: { t: 30 },
    },
    caption: Number.isFinite(apart)
      ? text({
        en: `Your running mean and the engine's, over ${BATCHES} mini-batches of ${BATCH_SIZE} from a unit whose true mean is ${TRUE_MEAN}: never more than ${apart.toPrecision(2)} apart${apart < 1e-9 ? ' (the same, up to rounding)' : ''}; both start at 0 and lag behind for the first ten or so batches.`,
        zh: `某个单元的真实均值是 ${TRUE_MEAN}，从它取 ${BATCHES} 个小批量，每个 ${BATCH_SIZE} 个样本：你的均值滑动平均与引擎的相差始终不超过 ${apart.toPrecision(2)}${apart < 1e-9 ? '（除舍入误差外完全相同）' : ''}；两者都从 0 出发，在最初十来个小批量里落在后面。`,
      })
      : text({ en: 'Your running mean became NaN or infinite along the way.', zh: '你的均值滑动平均在途中变成了 NaN 或无穷大。' }),
  };
}
