import type { DemoFigure, EngineModule } from '../../../../../src/exercises/demo';
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
export default function demo(readerBatchNorm: typeof batchNormForward, engine: EngineModule): DemoFigure {
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
      { x: steps, y: batchMeans, mode: 'markers', marker: { size: 5 }, name: 'each mini-batch’s μ' },
      { x: steps, y: engineRunning, mode: 'lines', line: { color: '#d62728', width: 6 }, opacity: 0.45, name: 'the engine’s running mean' },
      { x: steps, y: readerRunning, mode: 'lines', line: { dash: 'dot' }, name: 'your running mean' },
    ],
    layout: { xaxis: { title: { text: 'mini-batch' } }, yaxis: { title: { text: 'μ of the unit' } }, legend: { orientation: 'h', y: 1.12 }, margin: { t: 30 } },
    caption: Number.isFinite(apart)
      ? `Your running mean and the engine's, over ${BATCHES} mini-batches of ${BATCH_SIZE} from a unit whose true mean is ${TRUE_MEAN}: never more than ${apart.toPrecision(2)} apart${apart < 1e-9 ? ' (the same, up to rounding)' : ''}; both start at 0 and lag behind for the first ten or so batches.`
      : 'Your running mean became NaN or infinite along the way.',
  };
}
